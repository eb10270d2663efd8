#pragma once

#include "core/EventType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

class Database;

// The event types a user defines, with their sample data, so that previews,
// test sends and the simulator offer them beside the built-in catalog.
class EventTypeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventTypeRepository)

public:
    explicit EventTypeRepository(const Database &db)
        : m_db(db)
    {}

    // An empty string when `type` can be saved.
    static QString problem(const EventType &type);
    // Adds the type, or replaces the one of the same name.
    bool save(const EventType &type, QString *error) const;
    // False with a message when there is no such custom type.
    bool remove(const QString &type, QString *error) const;
    // Ordered by group, then type; each marked custom.
    QList<EventType> list(QString *error) const;

private:
    const Database &m_db;
};

} // namespace relais
