#include "EventRepository.h"

#include "Database.h"
#include "PreparedStatements.h"
#include "SqlSupport.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace relais {

bool EventRepository::insertIfNew(PreparedStatements &sql, const Event &e, const QDateTime &now,
                                  bool *inserted, QString *error)
{
    QSqlQuery *q = sql.get(
        QStringLiteral("INSERT INTO events (id, type, resource, occurred_at, data, source, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        error);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, e.id);
    q->bindValue(i++, sqlvalue::text(e.type));
    q->bindValue(i++, sqlvalue::text(e.resource));
    q->bindValue(i++, sqlvalue::fromTime(e.occurredAt.isValid() ? e.occurredAt : now));
    q->bindValue(i++, sqlvalue::jsonText(e.data));
    q->bindValue(i++, sqlvalue::text(e.source));
    q->bindValue(i++, sqlvalue::fromTime(now));
    if (!q->exec()) {
        sqlvalue::setError(
            error,
            tr("Could not save the event %1: %2").arg(e.id, sqlvalue::errorText(q->lastError())));
        return false;
    }
    *inserted = q->numRowsAffected() > 0;
    return true;
}

std::optional<Event> EventRepository::find(const QString &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, type, resource, occurred_at, data, source FROM events WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        sqlvalue::setError(
            error, tr("Could not read the event: %1").arg(sqlvalue::errorText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Event e;
    e.id = q.value(0).toString();
    e.type = q.value(1).toString();
    e.resource = q.value(2).toString();
    e.occurredAt = sqlvalue::toTime(q.value(3));
    QJsonValue data;
    if (!sqlvalue::toJson(q.value(4), &data)) {
        sqlvalue::setError(error, tr("The stored event %1 is damaged.").arg(id));
        return std::nullopt;
    }
    e.data = data.toObject();
    e.source = q.value(5).toString();
    return e;
}

} // namespace relais
