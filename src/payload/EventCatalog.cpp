#include "EventCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalog, "relais.payload.catalog")

namespace relais {

namespace {

// The descriptions of resources/catalog/*.json, listed for lupdate; the
// catalog translates them when it loads them.
constexpr const char *kDescriptions[] = {
    QT_TRANSLATE_NOOP("EventCatalog",
                      "A respondent and their answers were saved in the ngSurvey database."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Sales Order was saved for the first time."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Sales Order was saved."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Sales Order was submitted."),
    QT_TRANSLATE_NOOP("EventCatalog", "A submitted Sales Order was cancelled."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Sales Order was deleted."),
    QT_TRANSLATE_NOOP("EventCatalog", "An allowed field of a submitted Sales Order was changed."),
    QT_TRANSLATE_NOOP("EventCatalog",
                      "The values of a Sales Order changed (any save, submit or cancel)."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Quotation was saved for the first time."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Quotation was saved."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Quotation was submitted."),
    QT_TRANSLATE_NOOP("EventCatalog", "A submitted Quotation was cancelled."),
    QT_TRANSLATE_NOOP("EventCatalog", "A Quotation was deleted."),
    QT_TRANSLATE_NOOP("EventCatalog", "An allowed field of a submitted Quotation was changed."),
    QT_TRANSLATE_NOOP("EventCatalog",
                      "The values of a Quotation changed (any save, submit or cancel)."),
    QT_TRANSLATE_NOOP("EventCatalog", "A participant left a survey page for another one (the "
                                      "resource is the page left)."),
    QT_TRANSLATE_NOOP("EventCatalog",
                      "A participant completed the survey (the resource is the last page)."),
    QT_TRANSLATE_NOOP("EventCatalog", "A row was added to a table (in the web interface, by a web "
                                      "form or through the API)."),
    QT_TRANSLATE_NOOP("EventCatalog", "A row's content was changed; row_data lists each changed "
                                      "cell with its old value."),
    QT_TRANSLATE_NOOP("EventCatalog", "A row was deleted from a table."),
};

} // namespace

EventCatalog::EventCatalog()
{
    const QDir dir(QStringLiteral(":/relais/catalog"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // Survey tools first, as the seeds present them; then the rest by name.
    static const QStringList order = {QStringLiteral("ngsurvey.json"),
                                      QStringLiteral("frappe.json"), QStringLiteral("decsys.json"),
                                      QStringLiteral("seatable.json")};
    QStringList sorted;
    for (const QString &f : order) {
        if (files.contains(f))
            sorted << f;
    }
    for (const QString &f : files) {
        if (!sorted.contains(f))
            sorted << f;
    }
    for (const QString &name : std::as_const(sorted)) {
        QFile file(dir.filePath(name));
        QString error;
        QList<EventType> types;
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &types, &error)) {
            qCWarning(lcCatalog) << "Skipping catalog file" << name << error;
            continue;
        }
        m_types += types;
    }
}

bool EventCatalog::parse(const QByteArray &json, QList<EventType> *types, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The catalog is not valid JSON: %1.").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QString system = root.value(QLatin1String("system")).toString();
    if (system.isEmpty()) {
        *error = tr("The catalog names no system.");
        return false;
    }
    types->clear();
    for (const QJsonValue &v : root.value(QLatin1String("types")).toArray()) {
        const QJsonObject o = v.toObject();
        EventType t;
        t.type = o.value(QLatin1String("type")).toString();
        t.system = system;
        t.resource = o.value(QLatin1String("resource")).toString();
        const QByteArray description = o.value(QLatin1String("description")).toString().toUtf8();
        t.description = QCoreApplication::translate("EventCatalog", description.constData());
        t.occurredAt = QDateTime::fromString(o.value(QLatin1String("occurredAt")).toString(),
                                             Qt::ISODateWithMs);
        t.sample = o.value(QLatin1String("sample")).toObject();
        if (t.type.isEmpty()) {
            *error = tr("An event type of the catalog has no name.");
            return false;
        }
        types->append(t);
    }
    return true;
}

QStringList EventCatalog::builtInDescriptions()
{
    QStringList list;
    for (const char *d : kDescriptions)
        list << QString::fromUtf8(d);
    return list;
}

QString EventCatalog::customSystem()
{
    return tr("Custom");
}

void EventCatalog::addCustom(EventType type)
{
    type.custom = true;
    if (type.system.isEmpty())
        type.system = customSystem();
    for (EventType &existing : m_types) {
        if (existing.type == type.type) {
            existing = type;
            return;
        }
    }
    m_types.append(type);
}

bool EventCatalog::removeCustom(const QString &type)
{
    return m_types.removeIf([&type](const EventType &t) { return t.custom && t.type == type; }) > 0;
}

QStringList EventCatalog::systems() const
{
    QStringList builtIn;
    QStringList custom;
    for (const EventType &t : m_types) {
        QStringList &list = t.custom ? custom : builtIn;
        if (!list.contains(t.system))
            list << t.system;
    }
    for (const QString &s : std::as_const(custom)) {
        if (!builtIn.contains(s))
            builtIn << s;
    }
    return builtIn;
}

QList<EventType> EventCatalog::typesOf(const QString &system) const
{
    QList<EventType> list;
    for (const EventType &t : m_types) {
        if (t.system == system)
            list << t;
    }
    return list;
}

const EventType *EventCatalog::find(const QString &type) const
{
    for (const EventType &t : m_types) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

QJsonObject EventCatalog::sample(const QString &type) const
{
    const EventType *t = find(type);
    return t ? t->sample : QJsonObject();
}

} // namespace relais
