#pragma once

#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace relais {

class SqlDialect;

// An open Relais database: the schema is migrated to the latest version when
// it is opened. Each thread that uses it gets its own QSqlDatabase
// connection (Qt connections may not cross threads), created on first use
// and removed when the Database is destroyed (the destroying thread's
// connection) or when its thread ends (any other thread's connection).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating the SQLite file readable by the owner only) and
    // migrates. Returns nullptr with a translated, actionable reason when the
    // database cannot be reached, is newer than this program, or a migration
    // fails (the failed migration is rolled back).
    static std::unique_ptr<Database> open(const DatabaseUrl &url, QString *error);
    // The same for an SQLite file given by its path.
    static std::unique_ptr<Database> openSqliteFile(const QString &path, QString *error);

    // What "Test connection" reports: whether the database answers and
    // accepts the login, and what it holds. Changes nothing.
    struct Probe
    {
        bool ok = false;
        QString server;         // "PostgreSQL 15.4", "SQLite 3.40.1"
        int schemaVersion = -1; // 0: empty, Relais will create its tables
        QString error;          // translated, with what to do
    };
    static Probe probe(const DatabaseUrl &url);

    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return *m_dialect; }

    // This thread's connection (opened on first use; not open if opening
    // failed, see write() for the reason).
    QSqlDatabase connection() const;
    // Closes and forgets this thread's connection now, rather than when the
    // thread ends: a thread that may outlive main() (its thread-local
    // clean-up runs after QThread::wait() returns) calls it last.
    void closeThreadConnection() const;

    int schemaVersion() const; // -1 when it cannot be read
    static int latestSchemaVersion();

    // Runs `work` inside a write transaction (BEGIN IMMEDIATE on SQLite),
    // commits when it returns true, rolls back otherwise or when the commit
    // fails. Errors come back translated in `error`. Not reentrant: `work`
    // must not call write() again.
    bool write(const std::function<bool(QSqlDatabase &db, QString *error)> &work,
               QString *error) const;

    // For tests and `relaisctl db migrate`: migrate up to `version` only.
    static std::unique_ptr<Database> openAtVersion(const DatabaseUrl &url, int version,
                                                   QString *error);

private:
    Database(DatabaseUrl url, std::unique_ptr<SqlDialect> dialect);
    bool migrateTo(int version, QString *error);
    // connection(), with the reason when it could not be opened.
    QSqlDatabase threadConnection(QString *error) const;

    DatabaseUrl m_url;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionPrefix;
};

} // namespace relais
