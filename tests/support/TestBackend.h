#pragma once

// The database a test runs on. By default an SQLite file in the test's
// temporary folder; when RELAIS_TEST_PG_DIR names a running throwaway
// cluster (tools/pg-cluster.sh, started by CTest for the *_pg tests), a
// fresh PostgreSQL database on it, one per temporary folder and name, so
// that every test starts empty exactly as it does on SQLite.

#include "storage/DatabaseUrl.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtGlobal>

namespace relais::test {

inline QString pgClusterDir()
{
    return qEnvironmentVariable("RELAIS_TEST_PG_DIR");
}

inline bool onPostgres()
{
    return !pgClusterDir().isEmpty();
}

// A file of the cluster's folder (url, password-url, password), trimmed.
inline QString pgClusterFile(const QString &name)
{
    QFile f(pgClusterDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("The test PostgreSQL cluster has no %s; is it running?", qPrintable(name));
    return QString::fromUtf8(f.readAll()).trimmed();
}

inline DatabaseUrl pgAdminUrl()
{
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(pgClusterFile(QStringLiteral("url")), &url, &error))
        qFatal("%s", qPrintable(error));
    return url;
}

// Runs one statement on the cluster's maintenance database.
inline bool pgAdminExec(const QString &sql, QString *error = nullptr)
{
    const QString name = QStringLiteral("relais-test-admin");
    QSqlDatabase admin = QSqlDatabase::contains(name)
                             ? QSqlDatabase::database(name)
                             : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!admin.isOpen()) {
        const DatabaseUrl url = pgAdminUrl();
        admin.setHostName(url.host);
        admin.setPort(url.port);
        admin.setUserName(url.user);
        admin.setDatabaseName(url.databaseName);
        if (!admin.open()) {
            if (error)
                *error = admin.lastError().text();
            return false;
        }
    }
    QSqlQuery q(admin);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

inline QHash<QString, DatabaseUrl> &pgDatabases()
{
    static QHash<QString, DatabaseUrl> made;
    return made;
}

// A new, empty PostgreSQL database on the test cluster, named after `key`
// and a counter (so that a key given up by discardTestDatabase() gets a new one).
inline DatabaseUrl freshPgDatabase(const QString &key)
{
    static int counter = 0;
    QHash<QString, DatabaseUrl> &made = pgDatabases();
    if (const auto it = made.constFind(key); it != made.cend())
        return it.value();
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString dbName = QStringLiteral("t_") + QString::fromLatin1(digest) + QLatin1Char('_') +
                           QString::number(QCoreApplication::applicationPid()) + QLatin1Char('_') +
                           QString::number(++counter);
    QString error;
    if (!pgAdminExec(QStringLiteral("CREATE DATABASE ") + dbName, &error))
        qFatal("Could not create the test database %s: %s", qPrintable(dbName), qPrintable(error));
    DatabaseUrl url = pgAdminUrl();
    url.databaseName = dbName;
    made.insert(key, url);
    return url;
}

// The database of a test that keeps its files in `dir`.
inline DatabaseUrl testDatabaseUrl(const QTemporaryDir &dir,
                                   const QString &file = QStringLiteral("relais.db"))
{
    if (onPostgres())
        return freshPgDatabase(dir.path() + QLatin1Char('/') + file);
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = dir.filePath(file);
    return url;
}

// Everything stored in the database of testDatabaseUrl(dir, file), as bytes
// to search for what must never be stored: the SQLite file and its WAL, or
// a pg_dump of the PostgreSQL database (empty when it cannot be read).
inline QByteArray testDatabaseBytes(const QTemporaryDir &dir,
                                    const QString &file = QStringLiteral("relais.db"))
{
    QByteArray all;
    if (onPostgres()) {
        const DatabaseUrl url = testDatabaseUrl(dir, file);
        QProcess dump;
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("--no-password"), QStringLiteral("-h"), url.host,
                    QStringLiteral("-p"), QString::number(url.port), QStringLiteral("-U"), url.user,
                    url.databaseName});
        if (!dump.waitForFinished(60000) || dump.exitCode() != 0)
            return {};
        all = dump.readAllStandardOutput();
        // bytea columns are dumped in hex (\\x…): add them decoded.
        const QString text = QString::fromUtf8(all);
        static const QRegularExpression hex(QStringLiteral("\\\\x([0-9a-f]+)"));
        for (auto it = hex.globalMatch(text); it.hasNext();)
            all += '\n' + QByteArray::fromHex(it.next().captured(1).toLatin1());
        return all;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(dir.filePath(file) + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Gives up the database of testDatabaseUrl(dir, file), so that the next
// call starts empty again: the SQLite file goes; on PostgreSQL the next call
// creates a new database (the cluster is thrown away after the tests).
inline void discardTestDatabase(const QTemporaryDir &dir,
                                const QString &file = QStringLiteral("relais.db"))
{
    if (onPostgres()) {
        pgDatabases().remove(dir.path() + QLatin1Char('/') + file);
        return;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dir.filePath(file) + suffix);
}

} // namespace relais::test
