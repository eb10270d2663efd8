#pragma once

#include "storage/DeliveryRecords.h"

#include <QJsonObject>

namespace relais {

// The stable JSON of `deliveries list --json` and `deliveries show --json`
// (documented in the README). Stored attempts are already redacted.
QJsonObject deliverySummaryJson(const DeliverySummary &s);
QJsonObject attemptJson(const StoredAttempt &a);

} // namespace relais
