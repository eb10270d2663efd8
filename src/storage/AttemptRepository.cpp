#include "AttemptRepository.h"

#include "Database.h"
#include "DeliveryColumns.h"
#include "PreparedStatements.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace relais {

namespace {

using sqlvalue::setError;

QString purgeSql()
{
    return QStringLiteral("DELETE FROM attempts WHERE id IN (SELECT id FROM attempts WHERE "
                          "started_at < ? ORDER BY started_at LIMIT ?)");
}

} // namespace

bool AttemptRepository::insert(PreparedStatements &sql, Attempt &a, const QUuid &webhookId,
                               const QString &dispatcherId, const QByteArray &snapshotBody,
                               QString *error)
{
    QSqlQuery *q = sql.get(
        QStringLiteral("INSERT INTO attempts (delivery_id, number, started_at, duration_ms, "
                       "request, request_body, response_status, response_headers, "
                       "response_body, response_truncated, error, triggered_by, dispatcher_id, "
                       "webhook_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        error);
    if (!q)
        return false;
    const bool sameBody = a.request.body == snapshotBody;
    int i = 0;
    q->bindValue(i++, a.deliveryId);
    q->bindValue(i++, a.number);
    q->bindValue(i++, sqlvalue::fromTime(a.startedAt));
    q->bindValue(i++, a.durationMs);
    q->bindValue(i++, deliverycolumns::requestJson(a.request));
    q->bindValue(i++,
                 sameBody ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(a.request.body));
    q->bindValue(i++, a.responseStatus);
    q->bindValue(i++, deliverycolumns::headersJson(a.responseHeaders));
    q->bindValue(i++, a.responseBody);
    q->bindValue(i++, int(a.responseTruncated));
    q->bindValue(i++, sqlvalue::text(a.error));
    q->bindValue(i++, attemptTriggerKey(a.trigger));
    q->bindValue(i++, sqlvalue::text(dispatcherId));
    q->bindValue(i++, webhookId.toString(QUuid::WithoutBraces));
    if (!q->exec()) {
        setError(error, tr("Could not record an attempt of delivery %1: %2")
                            .arg(a.deliveryId, sqlvalue::errorText(q->lastError())));
        return false;
    }
    // RETURNING rather than lastInsertId(): QPSQL's is an OID, not the id.
    a.id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return true;
}

bool AttemptRepository::purgeBatch(PreparedStatements &sql, const QDateTime &cutoff, int batchSize,
                                   int *deleted, QString *error)
{
    QSqlQuery *q = sql.get(purgeSql(), error);
    if (!q)
        return false;
    q->bindValue(0, sqlvalue::fromTime(cutoff));
    q->bindValue(1, qMax(1, batchSize));
    if (!q->exec()) {
        setError(error,
                 tr("Could not delete old attempts: %1").arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    *deleted = q->numRowsAffected();
    return true;
}

QList<StoredAttempt> AttemptRepository::listForDelivery(const QString &deliveryId,
                                                        QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.number, a.started_at, a.duration_ms, a.request, "
        "COALESCE(a.request_body, d.request_body), a.response_status, a.response_headers, "
        "a.response_body, a.response_truncated, a.error, a.triggered_by, a.dispatcher_id "
        "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id "
        "WHERE a.delivery_id = ? ORDER BY a.number, a.id"));
    q.bindValue(0, deliveryId);
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the attempts: %1").arg(sqlvalue::errorText(q.lastError())));
        return {};
    }
    QList<StoredAttempt> rows;
    while (q.next()) {
        StoredAttempt s;
        Attempt &a = s.attempt;
        int c = 0;
        a.id = q.value(c++).toLongLong();
        a.deliveryId = deliveryId;
        a.number = q.value(c++).toInt();
        a.startedAt = sqlvalue::toTime(q.value(c++));
        a.durationMs = q.value(c++).toLongLong();
        QJsonValue request;
        bool ok = sqlvalue::toJson(q.value(c++), &request);
        a.request = RequestSnapshot::fromJson(request.toObject());
        a.request.body = q.value(c++).toByteArray();
        a.responseStatus = q.value(c++).toInt();
        QJsonValue headers;
        ok = sqlvalue::toJson(q.value(c++), &headers) && ok;
        a.responseHeaders = headersFromJson(headers.toArray());
        a.responseBody = q.value(c++).toByteArray();
        a.responseTruncated = q.value(c++).toInt() != 0;
        a.error = q.value(c++).toString();
        ok = attemptTriggerFromKey(q.value(c++).toString(), &a.trigger) && ok;
        s.dispatcherId = q.value(c++).toString();
        if (!ok) {
            setError(error, tr("A stored attempt of delivery %1 is damaged.").arg(deliveryId));
            return {};
        }
        rows << s;
    }
    return rows;
}

qint64 AttemptRepository::purgeOlderThan(const QDateTime &cutoff, int batchSize,
                                         QString *error) const
{
    qint64 total = 0;
    for (;;) {
        int deleted = 0;
        const bool ok = m_db.write(
            [&](QSqlDatabase &db, QString *workError) {
                PreparedStatements sql(db);
                return purgeBatch(sql, cutoff, batchSize, &deleted, workError);
            },
            error);
        if (!ok)
            return -1;
        total += deleted;
        if (deleted < qMax(1, batchSize))
            return total;
    }
}

} // namespace relais
