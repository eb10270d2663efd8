#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace relais {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

QJsonArray headersToJson(const HeaderList &headers);
HeaderList headersFromJson(const QJsonArray &a);

// The request as rendered once by the router; retries and redeliveries send
// exactly this (plus per-attempt headers such as the signature).
struct RequestSnapshot
{
    QString method;
    QString url;
    HeaderList headers;
    QByteArray body;

    QJsonObject toJson() const;
    static RequestSnapshot fromJson(const QJsonObject &o);
    friend bool operator==(const RequestSnapshot &, const RequestSnapshot &) = default;
};

enum class DeliveryState { Pending, Delivering, Succeeded, Failed, Exhausted, Cancelled, SecretUnavailable };
QString deliveryStateKey(DeliveryState s);
bool deliveryStateFromKey(const QString &key, DeliveryState *out);

// One event bound for one webhook.
struct Delivery
{
    QString id;        // "msg_…": sent as webhook-id, the same on every retry
    QString eventId;
    QUuid webhookId;
    DeliveryState state = DeliveryState::Pending;
    int attemptCount = 0;
    QDateTime nextAttemptAt;
    RequestSnapshot request;
    bool test = false;
    QString lastError;
    QDateTime createdAt;

    static QString newId();
    friend bool operator==(const Delivery &, const Delivery &) = default;
};

enum class AttemptTrigger { Scheduled, Manual, Test };
QString attemptTriggerKey(AttemptTrigger t);
bool attemptTriggerFromKey(const QString &key, AttemptTrigger *out);

// One HTTP exchange for a delivery, as recorded in the log (secrets redacted).
struct Attempt
{
    qint64 id = 0;
    QString deliveryId;
    int number = 1;
    QDateTime startedAt;
    qint64 durationMs = 0;
    RequestSnapshot request;
    int responseStatus = 0; // 0: no response (network error)
    HeaderList responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    QString error;
    AttemptTrigger trigger = AttemptTrigger::Scheduled;

    bool succeeded() const { return responseStatus >= 200 && responseStatus < 300; }
    friend bool operator==(const Attempt &, const Attempt &) = default;
};

} // namespace relais
