#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

// Where the data lives: `sqlite:///absolute/path/file.db` (the default, in
// QStandardPaths::AppDataLocation) or, for teams,
// `postgresql://user@host:port/dbname` (the password never in the URL).
// Also accepted: `sqlite:relative/file.db` (made absolute against the current
// folder when parsed), `sqlite:/abs/file.db`, `postgres://` and a missing
// port (5432). Paths are percent-decoded; ? and # must be written %3F, %23.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString databaseName;
    // PostgreSQL: a password found in the keychain (DatabaseLogin). Never
    // parsed from, nor written by, toString(); when empty, libpq looks in
    // ~/.pgpass (or PGPASSFILE) and PGPASSWORD.
    QString password;

    // Parses a URL; on failure returns false and a translated reason.
    static bool parse(const QString &text, DatabaseUrl *out, QString *error);
    // The default SQLite file under AppDataLocation (the folder is created).
    static DatabaseUrl defaultLocation();
    // `--db` wins over RELAIS_DB, which wins over the default.
    static bool resolve(const QString &commandLineValue, DatabaseUrl *out, QString *error);
    QString toString() const;
};

} // namespace relais
