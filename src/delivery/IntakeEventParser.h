#pragma once

#include "core/Event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace relais {

// Turns the body of `POST /v1/events` into an Event:
// {"type": "...", "resource": "...", "id": "...", "occurredAt": "...", "data": {...}}.
// Only `type` is required; a missing `id` gets a generated "evt_…" one, a
// missing `occurredAt` is `now`.
class IntakeEventParser final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeEventParser)

public:
    IntakeEventParser() = delete;

    static constexpr qsizetype kMaxIdLength = 200;
    static constexpr qsizetype kMaxTypeLength = 200;

    // False, with a translated *error naming the offending field, when the
    // body is not an event Relais accepts.
    static bool parse(const QByteArray &body, const QDateTime &now, Event *event, QString *error);
};

} // namespace relais
