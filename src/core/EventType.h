#pragma once

#include "Event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace relais {

// A kind of event, with a realistic sample of its data for previews and
// "Send test".
struct EventType
{
    QString type;         // "Sales Order.on_update", "insert_row", …
    QString system;       // "Dokos / Frappe"; custom types belong to EventCatalog::customSystem()
    QString resource;     // the resource of the sample event
    QString description;  // translated
    QDateTime occurredAt; // when the sample happened; invalid: now
    QJsonObject sample;
    bool custom = false;

    // The sample as an event, ready to be matched and rendered.
    Event sampleEvent() const;

    friend bool operator==(const EventType &, const EventType &) = default;
};

} // namespace relais
