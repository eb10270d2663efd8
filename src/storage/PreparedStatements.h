#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace relais {

// Statements prepared once on one connection and run many times: the hot
// paths of the delivery engine (router inserts, claims, attempts) write
// thousands of rows a second, and preparing each time would cost as much as
// the write. Belongs to the thread that owns the connection.
class PreparedStatements final
{
public:
    explicit PreparedStatements(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Q_DISABLE_COPY_MOVE(PreparedStatements)

    QSqlDatabase &database() { return m_db; }

    // The prepared statement for `sql` (positional ? placeholders), or
    // nullptr with the driver's words in `error`. The pointer stays valid as
    // long as this object.
    QSqlQuery *get(const QString &sql, QString *error);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries; // stable addresses
};

} // namespace relais
