#include "LeaseRepository.h"

#include "DeliveryColumns.h"
#include "PreparedStatements.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace relais {

namespace {

using sqlvalue::setError;

// Due deliveries in one state, oldest due first. The condition on a single
// state lets the (state, next_attempt_at) index return them in order.
QString dueSql(const QString &condition, const SqlDialect &dialect)
{
    QString s = QLatin1String("SELECT ") + deliverycolumns::select(true) +
                QLatin1String(", w.updated_at FROM deliveries d "
                              "JOIN webhooks w ON w.id = d.webhook_id "
                              "WHERE ") +
                condition +
                QLatin1String(" AND d.test = 0 AND w.enabled = 1 "
                              "ORDER BY d.next_attempt_at LIMIT ?") +
                dialect.claimRowsSuffix(QStringLiteral("d"));
    return s;
}

bool selectDue(PreparedStatements &sql, const QString &condition, const QDateTime &now, int limit,
               QList<ClaimedDelivery> *out, QString *error)
{
    QSqlQuery *q = sql.get(dueSql(condition, SqlDialect::of(sql.database())), error);
    if (!q)
        return false;
    q->bindValue(0, sqlvalue::fromTime(now));
    q->bindValue(1, limit);
    if (!q->exec()) {
        setError(error, LeaseRepository::tr("Could not look for due deliveries: %1")
                            .arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    while (q->next()) {
        ClaimedDelivery c;
        DeliverySummary s;
        int column = 0;
        if (!deliverycolumns::readSummary(*q, &column, true, &s, &c.trigger)) {
            qCWarning(lcStorage) << "Skipping the damaged delivery" << s.delivery.id;
            continue;
        }
        c.delivery = s.delivery;
        c.webhookUpdatedAt = sqlvalue::toTime(q->value(column));
        out->append(c);
    }
    q->finish();
    return true;
}

} // namespace

bool LeaseRepository::claimDue(PreparedStatements &sql, const QString &owner, const QDateTime &now,
                               const QDateTime &leaseUntil, int limit, QList<ClaimedDelivery> *out,
                               QString *error)
{
    // A test delivery is sent once, by the process that asked for it.
    QSqlQuery *stale =
        sql.get(QStringLiteral("UPDATE deliveries SET state = 'failed', lease_owner = NULL, "
                               "lease_expires_at = NULL, next_attempt_at = NULL, last_error = ?, "
                               "updated_at = ? WHERE state = 'delivering' AND test = 1 AND "
                               "lease_expires_at < ?"),
                error);
    if (!stale)
        return false;
    stale->bindValue(0, tr("Relais stopped before the test delivery finished."));
    stale->bindValue(1, sqlvalue::fromTime(now));
    stale->bindValue(2, sqlvalue::fromTime(now));
    if (!stale->exec()) {
        setError(error, tr("Could not look for due deliveries: %1")
                            .arg(sqlvalue::errorText(stale->lastError())));
        return false;
    }

    QList<ClaimedDelivery> claimed;
    const QString conditions[] = {
        QStringLiteral("d.state = 'delivering' AND d.lease_expires_at < ?"),
        QStringLiteral("d.state = 'pending' AND d.next_attempt_at <= ?"),
        QStringLiteral("d.state = 'secret-unavailable' AND d.next_attempt_at <= ?"),
    };
    for (const QString &condition : conditions) {
        const int wanted = limit - int(claimed.size());
        if (wanted <= 0)
            break;
        if (!selectDue(sql, condition, now, wanted, &claimed, error))
            return false;
    }
    if (claimed.isEmpty())
        return true;

    QSqlQuery *q = sql.get(QStringLiteral("UPDATE deliveries SET state = 'delivering', "
                                          "lease_owner = ?, lease_expires_at = ?, updated_at = ? "
                                          "WHERE id = ?"),
                           error);
    if (!q)
        return false;
    for (const ClaimedDelivery &c : std::as_const(claimed)) {
        q->bindValue(0, owner);
        q->bindValue(1, sqlvalue::fromTime(leaseUntil));
        q->bindValue(2, sqlvalue::fromTime(now));
        q->bindValue(3, c.delivery.id);
        if (!q->exec()) {
            setError(error, tr("Could not claim delivery %1: %2")
                                .arg(c.delivery.id, sqlvalue::errorText(q->lastError())));
            return false;
        }
    }
    for (ClaimedDelivery &c : claimed)
        c.delivery.state = DeliveryState::Delivering;
    out->append(claimed);
    return true;
}

bool LeaseRepository::renew(PreparedStatements &sql, const QString &owner,
                            const QDateTime &leaseUntil, int *count, QString *error)
{
    QSqlQuery *q = sql.get(QStringLiteral("UPDATE deliveries SET lease_expires_at = ? "
                                          "WHERE state = 'delivering' AND lease_owner = ?"),
                           error);
    if (!q)
        return false;
    q->bindValue(0, sqlvalue::fromTime(leaseUntil));
    q->bindValue(1, owner);
    if (!q->exec()) {
        setError(error,
                 tr("Could not renew the leases: %1").arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    *count = q->numRowsAffected();
    return true;
}

bool LeaseRepository::release(PreparedStatements &sql, const QString &owner, const QStringList &ids,
                              const QDateTime &now, int *count, QString *error)
{
    const QString base = QStringLiteral(
        "UPDATE deliveries SET state = CASE WHEN test = 1 THEN 'failed' ELSE 'pending' END, "
        "last_error = CASE WHEN test = 1 THEN ? ELSE last_error END, "
        "lease_owner = NULL, lease_expires_at = NULL, updated_at = ? "
        "WHERE state = 'delivering' AND lease_owner = ?");
    QSqlQuery *q = sql.get(ids.isEmpty() ? base : base + QLatin1String(" AND id = ?"), error);
    if (!q)
        return false;
    *count = 0;
    const QStringList all = ids.isEmpty() ? QStringList{QString()} : ids;
    for (const QString &id : all) {
        q->bindValue(0, tr("Relais stopped before the test delivery finished."));
        q->bindValue(1, sqlvalue::fromTime(now));
        q->bindValue(2, owner);
        if (!ids.isEmpty())
            q->bindValue(3, id);
        if (!q->exec()) {
            setError(
                error,
                tr("Could not release the leases: %1").arg(sqlvalue::errorText(q->lastError())));
            return false;
        }
        *count += q->numRowsAffected();
    }
    return true;
}

} // namespace relais
