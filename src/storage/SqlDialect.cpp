#include "SqlDialect.h"

#include "SqlSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

namespace relais {

namespace {

bool isSqlite(DatabaseUrl::Kind kind)
{
    return kind == DatabaseUrl::Kind::Sqlite;
}

bool createOwnerOnlyFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            sqlvalue::setError(error, SqlDialect::tr("Could not create the folder %1 for the "
                                                     "database; check that it can be written.")
                                          .arg(QDir::toNativeSeparators(folder)));
            return false;
        }
        // Only the owner needs to look inside; the -wal and -shm files live here too.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (info.exists())
        return true;
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created with mode 0600 from the start: there is no moment where another
    // user could open it. Another process may create it at the same time.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        if (QFileInfo::exists(path))
            return true;
        sqlvalue::setError(error, SqlDialect::tr("Could not create the database file %1: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    // The umask may have removed bits from 0600; state them exactly.
    file.setPermissions(ownerOnly);
    return true;
}

} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? DatabaseUrl::Kind::Postgres
                                                                : DatabaseUrl::Kind::Sqlite);
}

QStringList SqlDialect::writerSettings() const
{
    // A larger page cache than SQLite's 2 MB saves reads of the index pages
    // a batch touches. Statement journals (opened by statements that may
    // fail halfway, such as inserts checked against foreign keys) stay in
    // memory: as temporary files they were a third of the bytes the writer
    // wrote (bench/dispatch).
    return isSqlite(m_kind) ? QStringList{QStringLiteral("PRAGMA cache_size = -65536"),
                                          QStringLiteral("PRAGMA temp_store = MEMORY")}
                            : QStringList();
}

QString SqlDialect::serverVersionSql() const
{
    return isSqlite(m_kind) ? QStringLiteral("SELECT 'SQLite ' || sqlite_version()")
                            : QStringLiteral("SELECT 'PostgreSQL ' || current_setting("
                                             "'server_version')");
}

QString SqlDialect::claimRowsSuffix(const QString &alias) const
{
    return isSqlite(m_kind)
               ? QString()
               : QStringLiteral(" FOR UPDATE OF ") + alias + QStringLiteral(" SKIP LOCKED");
}

bool SqlDialect::hasNotifications() const
{
    return !isSqlite(m_kind);
}

QString SqlDialect::notifySql(const QString &channel) const
{
    // pg_notify() rather than NOTIFY: it can be prepared once and reused.
    return isSqlite(m_kind)
               ? QString()
               : QStringLiteral("SELECT pg_notify('") + channel + QStringLiteral("', '')");
}

QString SqlDialect::driverName() const
{
    return isSqlite(m_kind) ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::driverPackage() const
{
    return isSqlite(m_kind) ? QStringLiteral("libqt6sql6-sqlite")
                            : QStringLiteral("libqt6sql6-psql");
}

bool SqlDialect::prepareStorage(const DatabaseUrl &url, QString *error) const
{
    if (!isSqlite(m_kind))
        return true;
    if (url.path.isEmpty()) {
        sqlvalue::setError(error, tr("No SQLite file was given."));
        return false;
    }
    return createOwnerOnlyFile(url.path, error);
}

void SqlDialect::configure(QSqlDatabase &db, const DatabaseUrl &url) const
{
    if (isSqlite(m_kind)) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") +
                             QString::number(busyTimeoutMs));
        return;
    }
    // The password is never in the URL: libpq reads ~/.pgpass or PGPASSWORD.
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setDatabaseName(url.databaseName);
    if (!url.password.isEmpty())
        db.setPassword(url.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
}

bool SqlDialect::setUpConnection(QSqlDatabase &db, QString *error) const
{
    if (!isSqlite(m_kind)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET application_name = 'relais'"))) {
            sqlvalue::setError(error, sqlvalue::errorText(q.lastError()));
            return false;
        }
        return true;
    }
    if (!enableWal(db, error))
        return false;
    for (const QString &sql : {QStringLiteral("PRAGMA synchronous = FULL"),
                               QStringLiteral("PRAGMA foreign_keys = ON")}) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            sqlvalue::setError(error,
                               tr("“%1” failed: %2").arg(sql, sqlvalue::errorText(q.lastError())));
            return false;
        }
    }
    return true;
}

bool SqlDialect::enableWal(QSqlDatabase &db, QString *error) const
{
    // Switching a new file to WAL takes an exclusive lock and SQLite does not
    // wait on the busy timeout for it: two programs opening a new file at
    // once would fail. Wait as long as the busy timeout would.
    const QString sql = QStringLiteral("PRAGMA journal_mode = WAL");
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(sql)) {
            // The answer is the mode in effect, which stays the old one when
            // WAL is impossible (some network file systems).
            if (q.next() &&
                q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                qCWarning(lcStorage)
                    << "SQLite refused WAL mode; journal mode is" << q.value(0).toString();
            }
            return true;
        }
        if (!isBusy(q.lastError()) || waited.elapsed() > busyTimeoutMs) {
            sqlvalue::setError(error,
                               tr("“%1” failed: %2").arg(sql, sqlvalue::errorText(q.lastError())));
            return false;
        }
        QThread::msleep(10);
    }
}

QString SqlDialect::beginWrite() const
{
    // A plain BEGIN that reads first and writes later fails at once with
    // SQLITE_BUSY_SNAPSHOT in WAL mode instead of waiting for the lock.
    return isSqlite(m_kind) ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::lockForMigration() const
{
    // The key is arbitrary but fixed: "Relais" in ASCII.
    return isSqlite(m_kind) ? QString()
                            : QStringLiteral("SELECT pg_advisory_xact_lock(82101108097105115)");
}

QString SqlDialect::beginSnapshotRead() const
{
    // SQLite (WAL): a deferred transaction keeps the snapshot of its first read.
    return isSqlite(m_kind) ? QStringLiteral("BEGIN")
                            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::resetIdentitySql(const QString &table, const QString &column) const
{
    if (isSqlite(m_kind))
        return {};
    return QLatin1String("SELECT setval(pg_get_serial_sequence('") + table + QLatin1String("', '") +
           column + QLatin1String("'), COALESCE((SELECT MAX(") + column + QLatin1String(") FROM ") +
           table + QLatin1String("), 0) + 1, false)");
}

QString SqlDialect::expandDdl(const QString &ddl) const
{
    QString sql = ddl;
    if (isSqlite(m_kind)) {
        sql.replace(QLatin1String("{autoid}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("{int64}"), QLatin1String("INTEGER"));
        sql.replace(QLatin1String("{bool}"), QLatin1String("INTEGER"));
        sql.replace(QLatin1String("{blob}"), QLatin1String("BLOB"));
    } else {
        sql.replace(QLatin1String("{autoid}"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(QLatin1String("{int64}"), QLatin1String("BIGINT"));
        sql.replace(QLatin1String("{bool}"), QLatin1String("SMALLINT"));
        sql.replace(QLatin1String("{blob}"), QLatin1String("BYTEA"));
    }
    return sql;
}

QString SqlDialect::upsert(const QString &table, const QStringList &keyColumns,
                           const QStringList &valueColumns) const
{
    // SQLite (3.24+) and PostgreSQL share this syntax; it lives here so that a
    // third dialect only has one place to change.
    const QStringList all = keyColumns + valueColumns;
    QStringList placeholders;
    QStringList assignments;
    for (const QString &c : all)
        placeholders << (QLatin1Char(':') + c);
    for (const QString &c : valueColumns)
        assignments << (c + QLatin1String(" = excluded.") + c);
    return QLatin1String("INSERT INTO ") + table + QLatin1String(" (") +
           all.join(QLatin1String(", ")) + QLatin1String(") VALUES (") +
           placeholders.join(QLatin1String(", ")) + QLatin1String(") ON CONFLICT (") +
           keyColumns.join(QLatin1String(", ")) + QLatin1String(") DO UPDATE SET ") +
           assignments.join(QLatin1String(", "));
}

QString SqlDialect::connectionAdvice(const QSqlError &error) const
{
    if (isSqlite(m_kind))
        return {};
    const QString text = error.text();
    if (text.contains(QLatin1String("password")))
        return tr("The server wants a password: store it in the keychain (Settings › Database, "
                  "or relaisctl db password), in ~/.pgpass, or in PGPASSWORD.");
    if (text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("timeout expired")))
        return tr("Check that the PostgreSQL server is running and accepts connections on that "
                  "host and port.");
    if (text.contains(QLatin1String("does not exist")))
        return tr("Create the database and the user first (createdb, createuser), or correct "
                  "the URL.");
    return {};
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    if (!isSqlite(m_kind))
        return false;
    // SQLITE_BUSY and SQLITE_LOCKED, with or without an extended code.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 5 || primary == 6;
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isSqlite(m_kind)) {
        // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY (extended
        // codes), or the plain SQLITE_CONSTRAINT with its message.
        return code == QLatin1String("2067") || code == QLatin1String("1555") ||
               (code == QLatin1String("19") &&
                error.databaseText().contains(QLatin1String("UNIQUE")));
    }
    return code == QLatin1String("23505");
}

} // namespace relais
