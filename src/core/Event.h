#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace relais {

// Something that happened in a source system, as Relais receives it.
struct Event
{
    QString id;        // client-supplied (idempotency) or generated
    QString type;      // "respondent.saved", "Sales Order.on_update", …
    QString resource;  // doctype, table, survey or page the event is about
    QDateTime occurredAt;
    QJsonObject data;
    QString source;    // "gui", "relaisctl", "intake", …

    static QString newId();
    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &o);

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace relais
