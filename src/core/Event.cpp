#include "Event.h"

#include "TimeOrderedId.h"

namespace relais {

QString Event::newId()
{
    return TimeOrderedId::make(u"evt_");
}

QJsonObject Event::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("occurredAt"), occurredAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data},
        {QStringLiteral("source"), source}};
}

Event Event::fromJson(const QJsonObject &o)
{
    Event e;
    e.id = o.value(QLatin1String("id")).toString();
    e.type = o.value(QLatin1String("type")).toString();
    e.resource = o.value(QLatin1String("resource")).toString();
    e.occurredAt =
        QDateTime::fromString(o.value(QLatin1String("occurredAt")).toString(), Qt::ISODateWithMs);
    e.data = o.value(QLatin1String("data")).toObject();
    e.source = o.value(QLatin1String("source")).toString();
    return e;
}

} // namespace relais
