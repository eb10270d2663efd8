#include "DeliveryJson.h"

#include <QJsonArray>

namespace relais {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject deliverySummaryJson(const DeliverySummary &s)
{
    const Delivery &d = s.delivery;
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("eventId"), d.eventId},
        {QStringLiteral("eventType"), s.eventType},
        {QStringLiteral("webhookId"), d.webhookId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("webhookName"), s.webhookName},
        {QStringLiteral("state"), deliveryStateKey(d.state)},
        {QStringLiteral("attempts"), d.attemptCount},
        {QStringLiteral("nextAttemptAt"), timeJson(d.nextAttemptAt)},
        {QStringLiteral("lastStatus"), s.lastStatus},
        {QStringLiteral("lastDurationMs"), s.lastDurationMs},
        {QStringLiteral("lastAttemptAt"), timeJson(s.lastAttemptAt)},
        {QStringLiteral("lastError"), d.lastError},
        {QStringLiteral("test"), d.test},
        {QStringLiteral("createdAt"), timeJson(d.createdAt)},
    };
}

QJsonObject attemptJson(const StoredAttempt &stored)
{
    const Attempt &a = stored.attempt;
    QJsonObject request = a.request.toJson();
    request.insert(QStringLiteral("body"), QString::fromUtf8(a.request.body));
    return QJsonObject{
        {QStringLiteral("number"), a.number},
        {QStringLiteral("startedAt"), timeJson(a.startedAt)},
        {QStringLiteral("durationMs"), a.durationMs},
        {QStringLiteral("trigger"), attemptTriggerKey(a.trigger)},
        {QStringLiteral("dispatcher"), stored.dispatcherId},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status"), a.responseStatus},
                     {QStringLiteral("headers"), headersToJson(a.responseHeaders)},
                     {QStringLiteral("body"), QString::fromUtf8(a.responseBody)},
                     {QStringLiteral("truncated"), a.responseTruncated}}},
        {QStringLiteral("error"), a.error},
    };
}

} // namespace relais
