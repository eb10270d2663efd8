#pragma once

#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace relais {

// Everything that differs between SQLite and PostgreSQL: driver, connection
// options and per-connection settings, column types, how a write transaction
// starts, upserts and error codes. Schema and queries elsewhere are written
// once, in the SQL both accept, with this class filling in the differences.
class SqlDialect final
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    explicit SqlDialect(DatabaseUrl::Kind kind)
        : m_kind(kind)
    {}

    static constexpr int busyTimeoutMs = 5000;

    // The dialect of an open connection, by its driver.
    static SqlDialect of(const QSqlDatabase &db);

    DatabaseUrl::Kind kind() const { return m_kind; }
    QString driverName() const;
    // The Debian package that provides driverName(), for error messages.
    QString driverPackage() const;

    // Creates what must exist before a connection opens: for SQLite the
    // folder and the file itself, readable and writable by the owner only.
    bool prepareStorage(const DatabaseUrl &url, QString *error) const;
    // Names the database and sets the connect options of a new connection.
    void configure(QSqlDatabase &db, const DatabaseUrl &url) const;
    // Run once on every newly opened connection (pragmas, session settings).
    bool setUpConnection(QSqlDatabase &db, QString *error) const;
    // For the delivery engine's writer connection, which inserts thousands
    // of rows with random ids a second; empty when nothing is needed.
    QStringList writerSettings() const;

    // The server and its version, as one row of one column.
    QString serverVersionSql() const;
    // Appended to a SELECT that claims rows, so that two claimers skip each
    // other's rows instead of waiting (SQLite's BEGIN IMMEDIATE already
    // serialises writers).
    QString claimRowsSuffix(const QString &alias) const;
    // Announces `channel` to LISTENers at commit; empty where there are none.
    bool hasNotifications() const;
    QString notifySql(const QString &channel) const;

    // Starts a transaction that takes the write lock at once, so that two
    // writers queue on the busy timeout instead of failing later.
    QString beginWrite() const;
    // Run first in a migration's transaction: on PostgreSQL a transaction
    // lock, so that two programs opening a new database at once migrate it
    // one after the other (SQLite's BEGIN IMMEDIATE already does). Empty
    // when nothing is needed.
    QString lockForMigration() const;

    // Starts a read-only transaction that sees one snapshot of the data
    // (for reading a whole database in pages while others write).
    QString beginSnapshotRead() const;

    // Moves the identity sequence of `table`.`column` past the largest id,
    // after rows were inserted with their ids given; empty on SQLite, whose
    // AUTOINCREMENT follows explicit ids by itself.
    QString resetIdentitySql(const QString &table, const QString &column) const;

    // Expands the type placeholders used by migrations: {autoid} (integer
    // primary key that never reuses a value), {int64}, {bool}, {blob}.
    QString expandDdl(const QString &ddl) const;

    // INSERT … ON CONFLICT (keys) DO UPDATE SET …, with :column placeholders.
    QString upsert(const QString &table, const QStringList &keyColumns,
                   const QStringList &valueColumns) const;

    // What to do about a failed connection, or empty (translated).
    QString connectionAdvice(const QSqlError &error) const;

    bool isUniqueViolation(const QSqlError &error) const;
    // Another connection holds the lock longer than the busy timeout.
    bool isBusy(const QSqlError &error) const;

private:
    bool enableWal(QSqlDatabase &db, QString *error) const;

    DatabaseUrl::Kind m_kind;
};

} // namespace relais
