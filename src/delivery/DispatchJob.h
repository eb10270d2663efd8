#pragma once

#include "core/Delivery.h"
#include "core/Webhook.h"

#include <QString>

#include <memory>

namespace relais {

// A delivery a dispatcher holds the lease on, with what it needs to send it.
struct DispatchJob
{
    QString deliveryId;
    std::shared_ptr<const Webhook> webhook;
    RequestSnapshot request; // the stored snapshot, sent as it is
    int attemptNumber = 1;
    AttemptTrigger trigger = AttemptTrigger::Scheduled;
    bool test = false;
    quint64 testTicket = 0; // DeliveryEngine::sendTest's caller, for test deliveries
};

} // namespace relais
