#include "DispatcherRepository.h"

#include "Database.h"
#include "PreparedStatements.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace relais {

using sqlvalue::setError;

bool DispatcherInfo::isRunning(const QDateTime &now, std::chrono::milliseconds staleAfter) const
{
    return !stoppedAt.isValid() && heartbeatAt.isValid() &&
           heartbeatAt.msecsTo(now) <= staleAfter.count();
}

bool DispatcherRepository::beat(PreparedStatements &sql, const DispatcherInfo &info,
                                const QDateTime &now, QString *error)
{
    // An UPDATE first: the common case, and the same SQL on both databases.
    QSqlQuery *update = sql.get(QStringLiteral("UPDATE dispatchers SET heartbeat_at = ?, "
                                               "stopped_at = NULL WHERE id = ?"),
                                error);
    if (!update)
        return false;
    update->bindValue(0, sqlvalue::fromTime(now));
    update->bindValue(1, info.id);
    if (!update->exec()) {
        setError(error, tr("Could not record the dispatcher’s heartbeat: %1")
                            .arg(sqlvalue::errorText(update->lastError())));
        return false;
    }
    if (update->numRowsAffected() > 0)
        return true;

    QSqlQuery *insert =
        sql.get(QStringLiteral("INSERT INTO dispatchers (id, host, pid, version, "
                               "started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)"),
                error);
    QSqlQuery *prune =
        sql.get(QStringLiteral("DELETE FROM dispatchers WHERE heartbeat_at < ?"), error);
    if (!insert || !prune)
        return false;
    insert->bindValue(0, info.id);
    insert->bindValue(1, sqlvalue::text(info.host));
    insert->bindValue(2, info.pid);
    insert->bindValue(3, sqlvalue::text(info.version));
    insert->bindValue(4, sqlvalue::fromTime(now));
    insert->bindValue(5, sqlvalue::fromTime(now));
    prune->bindValue(0,
                     sqlvalue::fromTime(now.addMSecs(-std::chrono::milliseconds(keepFor).count())));
    if (!insert->exec() || !prune->exec()) {
        const QSqlQuery *failed = insert->lastError().isValid() ? insert : prune;
        setError(error, tr("Could not record the dispatcher’s heartbeat: %1")
                            .arg(sqlvalue::errorText(failed->lastError())));
        return false;
    }
    return true;
}

bool DispatcherRepository::markStopped(PreparedStatements &sql, const QString &id,
                                       const QDateTime &now, QString *error)
{
    QSqlQuery *q = sql.get(
        QStringLiteral("UPDATE dispatchers SET stopped_at = ?, heartbeat_at = ? WHERE id = ?"),
        error);
    if (!q)
        return false;
    q->bindValue(0, sqlvalue::fromTime(now));
    q->bindValue(1, sqlvalue::fromTime(now));
    q->bindValue(2, id);
    if (!q->exec()) {
        setError(error, tr("Could not record that the dispatcher stopped: %1")
                            .arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    return true;
}

QList<DispatcherInfo> DispatcherRepository::list(const Database &db, QString *error)
{
    QList<DispatcherInfo> all;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, host, pid, version, started_at, heartbeat_at, "
                               "stopped_at FROM dispatchers ORDER BY heartbeat_at DESC, id"))) {
        setError(error,
                 tr("Could not read the dispatchers: %1").arg(sqlvalue::errorText(q.lastError())));
        return all;
    }
    while (q.next()) {
        DispatcherInfo d;
        d.id = q.value(0).toString();
        d.host = q.value(1).toString();
        d.pid = q.value(2).toLongLong();
        d.version = q.value(3).toString();
        d.startedAt = sqlvalue::toTime(q.value(4));
        d.heartbeatAt = sqlvalue::toTime(q.value(5));
        d.stoppedAt = sqlvalue::toTime(q.value(6));
        all << d;
    }
    return all;
}

} // namespace relais
