#pragma once

#include "DeliveryRecords.h"

#include <QSqlQuery>
#include <QString>

namespace relais::deliverycolumns {

// The columns of `deliveries` (named `table`: an alias, by default d) that
// describe a delivery, in the order readSummary() reads them; the snapshot
// body comes last, and only when asked for.
QString select(bool withBody, QLatin1StringView table = QLatin1StringView("d"));
// Reads the row's delivery columns starting at `*column`, advancing it.
// False when a stored value cannot be understood.
bool readSummary(const QSqlQuery &q, int *column, bool withBody, DeliverySummary *out,
                 AttemptTrigger *nextTrigger);

QString idText(const QUuid &id);

// Compact JSON for the hot paths, the same text readers get from
// headersToJson()/RequestSnapshot::toJson() (without a QJsonDocument).
QString headersJson(const HeaderList &headers);
QString requestJson(const RequestSnapshot &request); // method, url, headers

} // namespace relais::deliverycolumns
