#include "DefaultEnvelope.h"

#include "JsonText.h"

#include "core/Event.h"

#include <QJsonDocument>

namespace relais {

QByteArray DefaultEnvelope::render(const Event &event)
{
    const QByteArray data = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
    const QByteArray occurredAt =
        event.occurredAt.isValid()
            ? jsontext::quote(event.occurredAt.toUTC().toString(Qt::ISODateWithMs)).toUtf8()
            : QByteArray("null");
    QByteArray out;
    out.reserve(data.size() + event.id.size() + event.type.size() + event.resource.size() + 96);
    out += "{\"id\":";
    out += jsontext::quote(event.id).toUtf8();
    out += ",\"type\":";
    out += jsontext::quote(event.type).toUtf8();
    out += ",\"resource\":";
    out += jsontext::quote(event.resource).toUtf8();
    out += ",\"occurredAt\":";
    out += occurredAt;
    out += ",\"data\":";
    out += data;
    out += '}';
    return out;
}

} // namespace relais
