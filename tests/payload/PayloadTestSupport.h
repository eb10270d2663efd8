#pragma once

// Shared by the payload tests: webhooks, events and renders in one line.

#include "payload/EventCatalog.h"
#include "payload/PayloadEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace relais::test {

using namespace Qt::StringLiterals;

inline Webhook webhook(BodyMode mode = BodyMode::DefaultEnvelope, const QString &text = {})
{
    Webhook w;
    w.id = QUuid::createUuid();
    w.name = u"Commandes Dokos"_s;
    w.url = u"https://erp.example/hook"_s;
    w.eventPatterns = {u"*"_s};
    w.bodyMode = mode;
    w.bodyTemplate = text;
    return w;
}

inline const EventCatalog &catalog()
{
    static const EventCatalog c;
    return c;
}

inline Event sample(const QString &type)
{
    const EventType *t = catalog().find(type);
    if (!t)
        qFatal("No sample for %s", qPrintable(type));
    return t->sampleEvent();
}

inline Event makeEvent(const QJsonObject &data, const QString &type = u"Sales Order.on_update"_s,
                       const QString &resource = u"Sales Order"_s)
{
    Event e;
    e.id = Event::newId();
    e.type = type;
    e.resource = resource;
    e.occurredAt = QDateTime(QDate(2024, 5, 2), QTime(10, 15), Qt::UTC);
    e.data = data;
    return e;
}

// The rendered body, or an empty array with *error set.
inline QByteArray render(PayloadEngine &engine, const Webhook &w, const Event &e,
                         PayloadError *error = nullptr)
{
    RenderedBody body;
    PayloadError ignored;
    if (!engine.renderBody(w, e, &body, error ? error : &ignored))
        return {};
    return body.body;
}

inline QJsonDocument parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return doc;
}

} // namespace relais::test
