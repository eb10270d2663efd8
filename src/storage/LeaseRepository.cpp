#include "LeaseRepository.h"

#include "DeliveryColumns.h"
#include "PreparedStatements.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace relais {

namespace {

using sqlvalue::setError;

// Leases the due deliveries in one state, oldest due first, in one
// statement: the subquery picks them (the condition on a single state lets
// the (state, next_attempt_at) index return them in order; on PostgreSQL it
// skips rows another dispatcher is claiming), the update leases them and
// returns them with their webhook's version.
QString claimSql(const QString &condition, const SqlDialect &dialect)
{
    // SQLite's RETURNING knows the table by its name, not by an alias.
    return QLatin1String("UPDATE deliveries SET state = 'delivering', lease_owner = ?, "
                         "lease_expires_at = ?, updated_at = ? WHERE id IN ("
                         "SELECT d.id FROM deliveries d JOIN webhooks w ON w.id = d.webhook_id "
                         "WHERE ") +
           condition +
           QLatin1String(" AND d.test = 0 AND w.enabled = 1 ORDER BY d.next_attempt_at LIMIT ?") +
           dialect.claimRowsSuffix(QStringLiteral("d")) + QLatin1String(") RETURNING ") +
           deliverycolumns::select(true, QLatin1StringView("deliveries")) +
           QLatin1String(", (SELECT w.updated_at FROM webhooks w "
                         "WHERE w.id = deliveries.webhook_id)");
}

bool claimIn(PreparedStatements &sql, const QString &condition, const QString &owner,
             const QDateTime &now, const QDateTime &leaseUntil, int limit,
             QList<ClaimedDelivery> *out, QString *error)
{
    QSqlQuery *q = sql.get(claimSql(condition, SqlDialect::of(sql.database())), error);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, owner);
    q->bindValue(i++, sqlvalue::fromTime(leaseUntil));
    q->bindValue(i++, sqlvalue::fromTime(now));
    q->bindValue(i++, sqlvalue::fromTime(now));
    q->bindValue(i++, limit);
    if (!q->exec()) {
        setError(error, LeaseRepository::tr("Could not look for due deliveries: %1")
                            .arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    const qsizetype first = out->size();
    while (q->next()) {
        ClaimedDelivery c;
        DeliverySummary s;
        int column = 0;
        if (!deliverycolumns::readSummary(*q, &column, true, &s, &c.trigger)) {
            // Leased all the same: it comes back when the lease expires.
            qCWarning(lcStorage) << "Skipping the damaged delivery" << s.delivery.id;
            continue;
        }
        c.delivery = s.delivery;
        c.webhookUpdatedAt = sqlvalue::toTime(q->value(column));
        out->append(c);
    }
    q->finish();
    // RETURNING gives rows in no particular order: oldest due first.
    std::stable_sort(out->begin() + first, out->end(),
                     [](const ClaimedDelivery &a, const ClaimedDelivery &b) {
                         return a.delivery.nextAttemptAt < b.delivery.nextAttemptAt;
                     });
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

    const QString conditions[] = {
        QStringLiteral("d.state = 'delivering' AND d.lease_expires_at < ?"),
        QStringLiteral("d.state = 'pending' AND d.next_attempt_at <= ?"),
        QStringLiteral("d.state = 'secret-unavailable' AND d.next_attempt_at <= ?"),
    };
    const qsizetype before = out->size();
    for (const QString &condition : conditions) {
        const int wanted = limit - int(out->size() - before);
        if (wanted <= 0)
            break;
        if (!claimIn(sql, condition, owner, now, leaseUntil, wanted, out, error))
            return false;
    }
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
