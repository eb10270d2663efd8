#include "DeliveryRepository.h"

#include "AttemptRepository.h"
#include "Database.h"
#include "DeliveryColumns.h"
#include "PreparedStatements.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace relais {

namespace {

using deliverycolumns::idText;
using sqlvalue::setError;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString stateKey(DeliveryState s)
{
    return deliveryStateKey(s);
}

} // namespace

bool DeliveryRepository::insert(PreparedStatements &sql, const Delivery &d, bool rendered,
                                const QString &leaseOwner, const QDateTime &leaseExpiresAt,
                                const QDateTime &now, QString *error)
{
    QSqlQuery *q = sql.get(
        QStringLiteral("INSERT INTO deliveries (id, event_id, webhook_id, state, attempt_count, "
                       "next_attempt_at, request_method, request_url, request_headers, "
                       "request_body, test, last_error, lease_owner, lease_expires_at, "
                       "created_at, updated_at, next_trigger, rendered) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!q)
        return false;
    const bool leased = !leaseOwner.isEmpty();
    int i = 0;
    q->bindValue(i++, d.id);
    q->bindValue(i++, d.eventId);
    q->bindValue(i++, idText(d.webhookId));
    q->bindValue(i++, stateKey(leased ? DeliveryState::Delivering : d.state));
    q->bindValue(i++, d.attemptCount);
    q->bindValue(i++, sqlvalue::fromTime(d.nextAttemptAt));
    q->bindValue(i++, sqlvalue::text(d.request.method));
    q->bindValue(i++, sqlvalue::text(d.request.url));
    q->bindValue(i++, deliverycolumns::headersJson(d.request.headers));
    q->bindValue(i++, d.request.body);
    q->bindValue(i++, int(d.test));
    q->bindValue(i++, sqlvalue::text(d.lastError));
    q->bindValue(i++, leased ? QVariant(leaseOwner) : nullText());
    q->bindValue(i++, leased ? sqlvalue::fromTime(leaseExpiresAt) : nullInt());
    q->bindValue(i++, sqlvalue::fromTime(d.createdAt.isValid() ? d.createdAt : now));
    q->bindValue(i++, sqlvalue::fromTime(now));
    q->bindValue(i++, attemptTriggerKey(AttemptTrigger::Scheduled));
    q->bindValue(i++, int(rendered));
    if (!q->exec()) {
        setError(error, tr("Could not save the delivery %1: %2")
                            .arg(d.id, sqlvalue::errorText(q->lastError())));
        return false;
    }
    return true;
}

bool DeliveryRepository::applyOutcome(PreparedStatements &sql, const DeliveryOutcome &o,
                                      const QString &owner, const QDateTime &now, bool *applied,
                                      QString *error)
{
    QSqlQuery *q = sql.get(
        QStringLiteral("UPDATE deliveries SET state = ?, attempt_count = ?, next_attempt_at = ?, "
                       "last_error = ?, next_trigger = 'scheduled', lease_owner = NULL, "
                       "lease_expires_at = NULL, updated_at = ?, "
                       "last_status = COALESCE(?, last_status), "
                       "last_duration_ms = COALESCE(?, last_duration_ms), "
                       "last_attempt_at = COALESCE(?, last_attempt_at) "
                       "WHERE id = ? AND lease_owner = ?"),
        error);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, stateKey(o.state));
    q->bindValue(i++, o.attemptCount);
    q->bindValue(i++, sqlvalue::fromTime(o.nextAttemptAt));
    q->bindValue(i++, sqlvalue::text(o.lastError));
    q->bindValue(i++, sqlvalue::fromTime(now));
    q->bindValue(i++, o.attempted ? QVariant(o.lastStatus) : nullInt());
    q->bindValue(i++, o.attempted ? QVariant(o.lastDurationMs) : nullInt());
    q->bindValue(i++, o.attempted ? sqlvalue::fromTime(o.lastAttemptAt) : nullInt());
    q->bindValue(i++, o.deliveryId);
    q->bindValue(i++, owner);
    if (!q->exec()) {
        setError(error, tr("Could not save the outcome of delivery %1: %2")
                            .arg(o.deliveryId, sqlvalue::errorText(q->lastError())));
        return false;
    }
    *applied = q->numRowsAffected() > 0;
    return true;
}

QList<DeliverySummary> DeliveryRepository::list(const DeliveryFilter &filter, QString *error) const
{
    QStringList where;
    QVariantList values;
    if (!filter.webhookId.isNull()) {
        where << QStringLiteral("d.webhook_id = ?");
        values << idText(filter.webhookId);
    }
    if (!filter.eventId.isEmpty()) {
        where << QStringLiteral("d.event_id = ?");
        values << filter.eventId;
    }
    if (filter.state) {
        where << QStringLiteral("d.state = ?");
        values << stateKey(*filter.state);
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("d.created_at >= ?");
        values << sqlvalue::fromTime(filter.since);
    }
    if (!filter.includeTests)
        where << QStringLiteral("d.test = 0");
    QString sql = QLatin1String("SELECT ") + deliverycolumns::select(false) +
                  QLatin1String(", e.type, w.name FROM deliveries d "
                                "LEFT JOIN events e ON e.id = d.event_id "
                                "LEFT JOIN webhooks w ON w.id = d.webhook_id");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY d.created_at DESC, d.id DESC LIMIT ?");
    values << qMax(0, filter.limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the deliveries: %1").arg(sqlvalue::errorText(q.lastError())));
        return {};
    }
    QList<DeliverySummary> rows;
    while (q.next()) {
        DeliverySummary s;
        int column = 0;
        if (!deliverycolumns::readSummary(q, &column, false, &s, nullptr)) {
            setError(error, tr("The stored delivery %1 is damaged.").arg(s.delivery.id));
            return {};
        }
        s.eventType = q.value(column++).toString();
        s.webhookName = q.value(column++).toString();
        rows << s;
    }
    return rows;
}

std::optional<DeliveryDetail> DeliveryRepository::find(const QString &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT ") + deliverycolumns::select(true) +
              QLatin1String(", e.type, w.name FROM deliveries d "
                            "LEFT JOIN events e ON e.id = d.event_id "
                            "LEFT JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the delivery: %1").arg(sqlvalue::errorText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    DeliveryDetail detail;
    int column = 0;
    if (!deliverycolumns::readSummary(q, &column, true, &detail.summary, nullptr)) {
        setError(error, tr("The stored delivery %1 is damaged.").arg(id));
        return std::nullopt;
    }
    detail.summary.eventType = q.value(column++).toString();
    detail.summary.webhookName = q.value(column++).toString();
    q.finish();
    QString attemptsError;
    detail.attempts = AttemptRepository(m_db).listForDelivery(id, &attemptsError);
    if (!attemptsError.isEmpty()) {
        setError(error, attemptsError);
        return std::nullopt;
    }
    return detail;
}

QueueDepth DeliveryRepository::queueDepth(const QDateTime &now, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT "
        "SUM(CASE WHEN state <> 'delivering' AND next_attempt_at <= ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state <> 'delivering' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'delivering' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'secret-unavailable' THEN 1 ELSE 0 END) "
        "FROM deliveries WHERE state IN ('pending', 'secret-unavailable', 'delivering')"));
    q.bindValue(0, sqlvalue::fromTime(now));
    QueueDepth depth;
    if (!q.exec() || !q.next()) {
        setError(error, tr("Could not count the waiting deliveries: %1")
                            .arg(sqlvalue::errorText(q.lastError())));
        return depth;
    }
    depth.due = q.value(0).toLongLong();
    depth.waiting = q.value(1).toLongLong();
    depth.delivering = q.value(2).toLongLong();
    depth.secretUnavailable = q.value(3).toLongLong();
    return depth;
}

int DeliveryRepository::schedule(const QString &where, const QVariantList &values,
                                 const QDateTime &now, QString *error) const
{
    int changed = -1;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *workError) {
            QSqlQuery q(db);
            q.prepare(QLatin1String("UPDATE deliveries SET state = 'pending', next_attempt_at = ?, "
                                    "next_trigger = ?, updated_at = ? WHERE ") +
                      where);
            int i = 0;
            q.bindValue(i++, sqlvalue::fromTime(now));
            q.bindValue(i++, attemptTriggerKey(AttemptTrigger::Manual));
            q.bindValue(i++, sqlvalue::fromTime(now));
            for (const QVariant &v : values)
                q.bindValue(i++, v);
            if (!q.exec()) {
                setError(workError, tr("Could not schedule the redelivery: %1")
                                        .arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            changed = q.numRowsAffected();
            return true;
        },
        error);
    return ok ? changed : -1;
}

int DeliveryRepository::redeliver(const QString &id, const QDateTime &now, QString *error) const
{
    return schedule(
        QStringLiteral("id = ? AND rendered = 1 AND test = 0 AND state <> 'delivering'"), {id}, now,
        error);
}

int DeliveryRepository::redeliverFailed(const QUuid &webhookId, const QDateTime &since,
                                        const QDateTime &now, QString *error) const
{
    return schedule(
        QStringLiteral("webhook_id = ? AND state IN ('failed', 'exhausted') AND "
                       "rendered = 1 AND test = 0 AND created_at >= ?"),
        {idText(webhookId),
         sqlvalue::fromTime(since.isValid() ? since : QDateTime::fromMSecsSinceEpoch(0))},
        now, error);
}

int DeliveryRepository::retryWaitingForSecrets(const QDateTime &now, QString *error) const
{
    int changed = -1;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *workError) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE deliveries SET next_attempt_at = ?, updated_at = ? "
                                     "WHERE state = 'secret-unavailable'"));
            q.bindValue(0, sqlvalue::fromTime(now));
            q.bindValue(1, sqlvalue::fromTime(now));
            if (!q.exec()) {
                setError(workError, tr("Could not schedule the deliveries: %1")
                                        .arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            changed = q.numRowsAffected();
            return true;
        },
        error);
    return ok ? changed : -1;
}

} // namespace relais
