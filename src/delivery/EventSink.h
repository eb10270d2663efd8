#pragma once

#include "core/Event.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace relais {

// The answer to a source that submitted an event.
struct SubmitResult
{
    bool accepted = false;   // the event is durably stored (committed)
    bool duplicate = false;  // an event with this id was already stored; nothing new was done
    QString eventId;
    QStringList matchedWebhooks; // names of the webhooks that got a delivery
    QString error;           // translated, when not accepted
};

// Where sources (the intake endpoint, relaisctl emit, the GUI) hand events
// over. `done` is called once, after the commit that holds the event (or
// on failure), in the thread that owns the sink.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void submit(const Event &event, std::function<void(const SubmitResult &)> done) = 0;
};

} // namespace relais
