#pragma once

#include "storage/DeliveryRecords.h"

#include <QString>
#include <QUuid>

namespace relais {

// What a worker hands to the writer after an attempt, or after failing to
// make one: the attempt row (request already redacted) and what it does to
// the delivery and its webhook.
struct AttemptRecord
{
    Attempt attempt;         // meaningful when outcome.attempted
    QByteArray snapshotBody; // the delivery's stored body
    DeliveryOutcome outcome;
    bool test = false;
    quint64 testTicket = 0;
    // The webhook must be disabled (410 Gone), with this reason.
    QString disableReason;
    int autoDisableAfter = 0; // the webhook's autoDisableAfterFailures
    QString webhookName;
};

} // namespace relais
