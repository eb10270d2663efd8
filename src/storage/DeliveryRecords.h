#pragma once

#include "core/Delivery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace relais {

// What the delivery log lists: deliveries, newest first, narrowed down.
struct DeliveryFilter
{
    QUuid webhookId;                    // null: every webhook
    QString eventId;                    // empty: every event
    std::optional<DeliveryState> state; // nullopt: every state
    QDateTime since;                    // invalid: no lower bound (on creation time)
    int limit = 100;
    bool includeTests = true;
};

// One row of the delivery log: the delivery (its snapshot body left out),
// its event's type and its last attempt's outcome.
struct DeliverySummary
{
    Delivery delivery;
    QString eventType;
    QString webhookName;
    int lastStatus = 0; // 0: no response (network error) or no attempt yet
    qint64 lastDurationMs = 0;
    QDateTime lastAttemptAt; // invalid: no attempt yet
    bool rendered = true;    // false: the condition or template failed
};

// An attempt as stored, with the dispatcher (process) that made it.
struct StoredAttempt
{
    Attempt attempt;
    QString dispatcherId;
};

// One delivery with every attempt, oldest first.
struct DeliveryDetail
{
    DeliverySummary summary;
    QList<StoredAttempt> attempts;
};

// How much work waits for the dispatchers.
struct QueueDepth
{
    qint64 due = 0;               // pending or waiting for a secret, due now
    qint64 waiting = 0;           // pending or waiting for a secret, any time
    qint64 delivering = 0;        // leased by a dispatcher
    qint64 secretUnavailable = 0; // waiting for the keychain
};

// A delivery a dispatcher holds a lease on, ready to send.
struct ClaimedDelivery
{
    Delivery delivery;
    AttemptTrigger trigger = AttemptTrigger::Scheduled;
    QDateTime webhookUpdatedAt; // to tell whether a cached webhook is stale
};

// What one attempt (or a failure to make one) does to its delivery.
struct DeliveryOutcome
{
    QString deliveryId;
    QUuid webhookId;
    DeliveryState state = DeliveryState::Pending;
    int attemptCount = 0;
    QDateTime nextAttemptAt; // invalid: none
    QString lastError;
    bool attempted = false; // an HTTP exchange happened (lastStatus etc. are set)
    int lastStatus = 0;
    qint64 lastDurationMs = 0;
    QDateTime lastAttemptAt;
};

} // namespace relais
