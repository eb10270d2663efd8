#pragma once

#include "core/Event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace relais {

class Database;
class PreparedStatements;

// Events as sources submitted them; the id is the idempotency key.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(const Database &db)
        : m_db(db)
    {}

    // Inside the caller's write transaction. *inserted is false when an
    // event with this id is already stored (it is left as it was).
    static bool insertIfNew(PreparedStatements &sql, const Event &event, const QDateTime &now,
                            bool *inserted, QString *error);

    // Not found: nullopt with `error` untouched.
    std::optional<Event> find(const QString &id, QString *error) const;

private:
    const Database &m_db;
};

} // namespace relais
