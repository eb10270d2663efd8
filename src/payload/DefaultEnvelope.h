#pragma once

#include <QByteArray>

namespace relais {

struct Event;

// The body sent when a webhook has no template: the event as compact JSON,
//   {"id":"evt_…","type":"Sales Order.on_update","resource":"Sales Order",
//    "occurredAt":"2024-05-02T10:15:00.000Z","data":{…}}
// keys in this order, `data` exactly as the source system sent it, and
// occurredAt null when unknown.
class DefaultEnvelope final
{
public:
    static QByteArray render(const Event &event);
};

} // namespace relais
