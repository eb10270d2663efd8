#pragma once

#include "core/Delivery.h"

#include <QString>

namespace relais {

// What a test delivery did: the attempt (request redacted, response) when
// it was sent, or why it was not.
struct TestResult
{
    bool sent = false;
    QString deliveryId;
    Attempt attempt;
    QString error; // translated; the attempt's own error when it was sent

    bool succeeded() const { return sent && attempt.succeeded() && attempt.error.isEmpty(); }
};

} // namespace relais
