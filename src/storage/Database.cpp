#include "Database.h"

#include <QFileInfo>

#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QStringList>

namespace relais {

namespace {

QAtomicInteger<quint64> g_lastDatabaseId;
QAtomicInteger<quint64> g_lastThreadId;

// The connections opened by the current thread. Removed when the thread
// ends, so that a worker's connection does not outlive the worker, and
// numbered by a counter rather than the system thread id, which is reused.
struct ThreadConnections
{
    const quint64 threadId = g_lastThreadId.fetchAndAddRelaxed(1) + 1;
    QStringList names;

    ThreadConnections() = default;
    Q_DISABLE_COPY_MOVE(ThreadConnections)
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

const QString kVersionKey = QStringLiteral("schema_version");

// 0 for an empty database (no meta table yet).
bool readSchemaVersion(const QSqlDatabase &db, int *version, QString *error)
{
    if (!db.tables().contains(QLatin1String("meta"))) {
        *version = 0;
        return true;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), kVersionKey);
    if (!q.exec()) {
        sqlvalue::setError(error, Database::tr("Could not read the schema version: %1")
                                      .arg(sqlvalue::errorText(q.lastError())));
        return false;
    }
    bool ok = true;
    *version = q.next() ? q.value(0).toString().toInt(&ok) : 0;
    if (!ok) {
        sqlvalue::setError(error, Database::tr("The schema version “%1” in the meta table is not "
                                               "a number; the database is damaged.")
                                      .arg(q.value(0).toString()));
        return false;
    }
    return true;
}

QString newerSchemaMessage(const DatabaseUrl &url, int version)
{
    return Database::tr("The database %1 was created by a newer Relais (schema %2, this program "
                        "knows %3); upgrade Relais.")
        .arg(url.toString(), QString::number(version),
             QString::number(Database::latestSchemaVersion()));
}

void rollBack(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "ROLLBACK failed:" << sqlvalue::errorText(q.lastError());
}

} // namespace

Database::Database(DatabaseUrl url, std::unique_ptr<SqlDialect> dialect)
    : m_url(std::move(url))
    , m_dialect(std::move(dialect))
    , m_connectionPrefix(QStringLiteral("relais-db") +
                         QString::number(g_lastDatabaseId.fetchAndAddRelaxed(1) + 1))
{}

Database::~Database()
{
    // Other threads' connections go when those threads end: a connection
    // must not be closed from a thread that may still be using it.
    ThreadConnections &mine = threadConnections();
    const QString prefix = m_connectionPrefix + QLatin1Char('-');
    for (qsizetype i = mine.names.size() - 1; i >= 0; --i) {
        if (mine.names.at(i).startsWith(prefix))
            QSqlDatabase::removeDatabase(mine.names.takeAt(i));
    }
}

std::unique_ptr<Database> Database::openSqliteFile(const QString &path, QString *error)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = QFileInfo(path).absoluteFilePath();
    return open(url, error);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, QString *error)
{
    return openAtVersion(url, latestSchemaVersion(), error);
}

std::unique_ptr<Database> Database::openAtVersion(const DatabaseUrl &url, int version,
                                                  QString *error)
{
    if (version < 0 || version > latestSchemaVersion()) {
        sqlvalue::setError(
            error, tr("There is no schema version %1; this program knows versions "
                      "0 to %2.")
                       .arg(QString::number(version), QString::number(latestSchemaVersion())));
        return nullptr;
    }
    auto dialect = std::make_unique<SqlDialect>(url.kind);
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName())) {
        sqlvalue::setError(error, tr("The Qt SQL driver %1 is not installed; install the package "
                                     "%2.")
                                      .arg(dialect->driverName(), dialect->driverPackage()));
        return nullptr;
    }
    if (!dialect->prepareStorage(url, error))
        return nullptr;

    std::unique_ptr<Database> db(new Database(url, std::move(dialect)));
    if (!db->threadConnection(error).isOpen())
        return nullptr;
    if (!db->migrateTo(version, error))
        return nullptr;
    return db;
}

Database::Probe Database::probe(const DatabaseUrl &url)
{
    Probe result;
    const SqlDialect dialect(url.kind);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        result.error = tr("The Qt SQL driver %1 is not installed; install the package %2.")
                           .arg(dialect.driverName(), dialect.driverPackage());
        return result;
    }
    if (url.kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url.path)) {
        // Nothing to connect to yet: the file is created on first use.
        result.ok = QFileInfo(QFileInfo(url.path).absolutePath()).isWritable() ||
                    !QFileInfo::exists(QFileInfo(url.path).absolutePath());
        result.server = QStringLiteral("SQLite");
        result.schemaVersion = 0;
        if (!result.ok)
            result.error = tr("The folder of %1 cannot be written.").arg(url.path);
        return result;
    }
    const QString name = QStringLiteral("relais-probe-") +
                         QString::number(g_lastDatabaseId.fetchAndAddRelaxed(1) + 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        dialect.configure(db, url);
        if (!db.open()) {
            result.error = sqlvalue::errorText(db.lastError());
            if (const QString advice = dialect.connectionAdvice(db.lastError()); !advice.isEmpty())
                result.error += QLatin1Char(' ') + advice;
        } else {
            QSqlQuery q(db);
            if (q.exec(dialect.serverVersionSql()) && q.next())
                result.server = q.value(0).toString().section(u' ', 0, 1);
            else
                result.error = sqlvalue::errorText(q.lastError());
            q.finish();
            // tables() hides SQLite's "file is not a database": ask it.
            if (result.error.isEmpty() && url.kind == DatabaseUrl::Kind::Sqlite &&
                !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                result.error = sqlvalue::errorText(q.lastError());
            q.finish();
            result.ok = result.error.isEmpty() &&
                        readSchemaVersion(db, &result.schemaVersion, &result.error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

QSqlDatabase Database::connection() const
{
    QString error;
    QSqlDatabase db = threadConnection(&error);
    if (!db.isOpen())
        qCWarning(lcStorage) << error;
    return db;
}

void Database::closeThreadConnection() const
{
    ThreadConnections &mine = threadConnections();
    const QString name =
        m_connectionPrefix + QStringLiteral("-thread") + QString::number(mine.threadId);
    if (mine.names.removeAll(name) > 0)
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::threadConnection(QString *error) const
{
    ThreadConnections &mine = threadConnections();
    const QString name =
        m_connectionPrefix + QStringLiteral("-thread") + QString::number(mine.threadId);
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
        mine.names << name;
        m_dialect->configure(db, m_url);
    }
    if (!db.open()) {
        QString message = tr("Could not open the database %1: %2")
                              .arg(m_url.toString(), sqlvalue::errorText(db.lastError()));
        if (const QString advice = m_dialect->connectionAdvice(db.lastError()); !advice.isEmpty())
            message += QLatin1Char(' ') + advice;
        sqlvalue::setError(error, message);
        return db;
    }
    QString setUpError;
    if (!m_dialect->setUpConnection(db, &setUpError)) {
        db.close();
        sqlvalue::setError(
            error, tr("Could not open the database %1: %2").arg(m_url.toString(), setUpError));
    }
    return db;
}

int Database::schemaVersion() const
{
    int version = -1;
    QString error;
    if (!readSchemaVersion(connection(), &version, &error)) {
        qCWarning(lcStorage) << error;
        return -1;
    }
    return version;
}

bool Database::write(const std::function<bool(QSqlDatabase &, QString *)> &work,
                     QString *error) const
{
    QString problem;
    QSqlDatabase db = threadConnection(&problem);
    if (!db.isOpen()) {
        sqlvalue::setError(error, problem);
        return false;
    }
    {
        QSqlQuery begin(db);
        if (!begin.exec(m_dialect->beginWrite())) {
            sqlvalue::setError(error, tr("Could not start writing to the database: %1")
                                          .arg(sqlvalue::errorText(begin.lastError())));
            return false;
        }
    }
    if (!work(db, &problem)) {
        rollBack(db);
        sqlvalue::setError(error, problem.isEmpty() ? tr("The change was not saved.") : problem);
        return false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString driverText = sqlvalue::errorText(commit.lastError());
        rollBack(db);
        sqlvalue::setError(error, tr("Could not save the change: %1").arg(driverText));
        return false;
    }
    return true;
}

bool Database::migrateTo(int version, QString *error)
{
    const QSqlDatabase db = connection();
    int current = 0;
    if (!readSchemaVersion(db, &current, error))
        return false;
    if (current > latestSchemaVersion()) {
        sqlvalue::setError(error, newerSchemaMessage(m_url, current));
        return false;
    }
    // meta is created in the same transaction as every other table, so a
    // file with tables but no meta was made by something else.
    if (const QStringList tables = db.tables();
        !tables.isEmpty() && !tables.contains(QLatin1String("meta"))) {
        sqlvalue::setError(error, tr("%1 is not a Relais database (it holds other tables); choose "
                                     "another file.")
                                      .arg(m_url.toString()));
        return false;
    }

    for (int target = current + 1; target <= version; ++target) {
        const Migration &migration = schemaMigrations().at(target - 1);
        QString problem;
        const bool ok = write(
            [&](QSqlDatabase &conn, QString *workError) {
                if (const QString lock = m_dialect->lockForMigration(); !lock.isEmpty()) {
                    QSqlQuery q(conn);
                    if (!q.exec(lock)) {
                        sqlvalue::setError(workError, sqlvalue::errorText(q.lastError()));
                        return false;
                    }
                }
                // Another process may have migrated since we looked.
                int now = 0;
                if (!readSchemaVersion(conn, &now, workError))
                    return false;
                if (now >= target)
                    return true;
                for (const QString &statement : migration.statements) {
                    QSqlQuery q(conn);
                    if (!q.exec(m_dialect->expandDdl(statement))) {
                        sqlvalue::setError(workError, sqlvalue::errorText(q.lastError()));
                        return false;
                    }
                }
                QSqlQuery q(conn);
                q.prepare(m_dialect->upsert(QStringLiteral("meta"), {QStringLiteral("key")},
                                            {QStringLiteral("value")}));
                q.bindValue(QStringLiteral(":key"), kVersionKey);
                q.bindValue(QStringLiteral(":value"), QString::number(target));
                if (!q.exec()) {
                    sqlvalue::setError(workError, sqlvalue::errorText(q.lastError()));
                    return false;
                }
                return true;
            },
            &problem);
        if (!ok) {
            sqlvalue::setError(error, tr("Could not upgrade the database %1 to schema %2 (the "
                                         "change was rolled back; it stays at schema %3): %4")
                                          .arg(m_url.toString(), QString::number(target),
                                               QString::number(target - 1), problem));
            return false;
        }
    }
    return true;
}

} // namespace relais
