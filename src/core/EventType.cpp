#include "EventType.h"

namespace relais {

Event EventType::sampleEvent() const
{
    Event e;
    e.id = QStringLiteral("evt_sample_") + QString(type).replace(u' ', u'_');
    e.type = type;
    e.resource = resource;
    e.occurredAt = occurredAt.isValid() ? occurredAt : QDateTime::currentDateTimeUtc();
    e.data = sample;
    e.source = QStringLiteral("sample");
    return e;
}

} // namespace relais
