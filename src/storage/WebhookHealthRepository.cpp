#include "WebhookHealthRepository.h"

#include "PreparedStatements.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace relais {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

bool WebhookHealthRepository::recordExhausted(PreparedStatements &sql, const QUuid &webhookId,
                                              const QDateTime &now, int *consecutive,
                                              QString *error)
{
    QSqlQuery *q =
        sql.get(QStringLiteral("INSERT INTO webhook_health (webhook_id, consecutive_exhausted, "
                               "updated_at) VALUES (?, 1, ?) ON CONFLICT (webhook_id) DO UPDATE "
                               "SET consecutive_exhausted = "
                               "webhook_health.consecutive_exhausted + 1, "
                               "updated_at = excluded.updated_at"),
                error);
    if (!q)
        return false;
    q->bindValue(0, idText(webhookId));
    q->bindValue(1, sqlvalue::fromTime(now));
    if (!q->exec()) {
        sqlvalue::setError(error, tr("Could not update the webhook's health: %1")
                                      .arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    QSqlQuery *read = sql.get(
        QStringLiteral("SELECT consecutive_exhausted FROM webhook_health WHERE webhook_id = ?"),
        error);
    if (!read)
        return false;
    read->bindValue(0, idText(webhookId));
    if (!read->exec() || !read->next()) {
        sqlvalue::setError(error, tr("Could not read the webhook's health: %1")
                                      .arg(sqlvalue::errorText(read->lastError())));
        return false;
    }
    *consecutive = read->value(0).toInt();
    read->finish();
    return true;
}

bool WebhookHealthRepository::recordSucceeded(PreparedStatements &sql, const QUuid &webhookId,
                                              const QDateTime &now, QString *error)
{
    QSqlQuery *q = sql.get(QStringLiteral("UPDATE webhook_health SET consecutive_exhausted = 0, "
                                          "updated_at = ? WHERE webhook_id = ? AND "
                                          "consecutive_exhausted <> 0"),
                           error);
    if (!q)
        return false;
    q->bindValue(0, sqlvalue::fromTime(now));
    q->bindValue(1, idText(webhookId));
    if (!q->exec()) {
        sqlvalue::setError(error, tr("Could not update the webhook's health: %1")
                                      .arg(sqlvalue::errorText(q->lastError())));
        return false;
    }
    return true;
}

} // namespace relais
