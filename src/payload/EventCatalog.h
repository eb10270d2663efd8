#pragma once

#include "core/EventType.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// The event types Relais knows: the built-in ones of ngSurvey, Dokos/Frappe,
// Decsys and SeaTable (from resources/catalog/*.json, compiled in), plus
// the types a user defines, which are stored elsewhere and added here.
class EventCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(EventCatalog)

public:
    // Loads the built-in types.
    EventCatalog();

    // Reads one catalog file: {"system": …, "types": [{"type", "resource",
    // "description", "occurredAt", "sample"}, …]}.
    static bool parse(const QByteArray &json, QList<EventType> *types, QString *error);
    // The English descriptions of the built-in types, as lupdate sees them.
    static QStringList builtInDescriptions();
    static QString customSystem();

    // Adds a user-defined type, or replaces the type of the same name.
    void addCustom(EventType type);
    bool removeCustom(const QString &type);

    const QList<EventType> &types() const { return m_types; }
    // Systems in catalog order, the custom types last.
    QStringList systems() const;
    QList<EventType> typesOf(const QString &system) const;
    const EventType *find(const QString &type) const;
    // An empty object when the type is unknown.
    QJsonObject sample(const QString &type) const;

private:
    QList<EventType> m_types;
};

} // namespace relais
