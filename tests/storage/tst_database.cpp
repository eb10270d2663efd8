#include "storage/Database.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace relais;

namespace {

DatabaseUrl urlIn(const QTemporaryDir &dir, const QString &file = QStringLiteral("relais.db"))
{
    return test::testDatabaseUrl(dir, file);
}

// For the cases about SQLite files, pragmas and folders.
#define SQLITE_ONLY()                                                                              \
    if (test::onPostgres())                                                                        \
    QSKIP("about SQLite files")

Webhook sampleWebhook(const QString &name)
{
    Webhook w;
    w.name = name;
    w.url = QStringLiteral("https://example.org/hook");
    w.eventPatterns = {QStringLiteral("*")};
    return w;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList connectionsWithPrefix()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.removeIf([](const QString &n) { return !n.startsWith(QLatin1String("relais-db")); });
    return names;
}

} // namespace

// Opening, migrating and configuring a database file.
class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migratesAnEmptyFileToTheLatestSchema()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Database::latestSchemaVersion(), 9);
        const QStringList tables = db->connection().tables();
        for (const char *t :
             {"meta", "webhooks", "events", "deliveries", "attempts", "custom_event_types"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        for (const char *index : {"attempts_newest", "attempts_by_delivery",
                                  "deliveries_by_webhook", "deliveries_due"}) {
            QCOMPARE(
                scalar(db->connection(),
                       (test::onPostgres()
                            ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '")
                            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                             "type = 'index' AND name = '")) +
                           QLatin1String(index) + QLatin1Char('\''))
                    .toInt(),
                1);
        }
        if (test::onPostgres())
            return; // the plans below are SQLite's
        // The log query "newest attempts first" uses the index, not a sort.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM attempts "
                                      "ORDER BY started_at DESC, id DESC LIMIT 50")));
        QString details;
        while (q.next())
            details += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QLatin1String("attempts_newest")), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("TEMP B-TREE")), qPrintable(details));

        // The log filtered by a state walks the state's own index, even for
        // a state no delivery has (which would otherwise scan them all).
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE state = "
                                      "'cancelled' ORDER BY created_at DESC LIMIT 100")));
        details.clear();
        while (q.next())
            details += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QLatin1String("USING INDEX deliveries_activity")),
                 qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("TEMP B-TREE")), qPrintable(details));
    }

    void reopeningKeepsTheData()
    {
        QTemporaryDir dir;
        QString error;
        Webhook w = sampleWebhook(QStringLiteral("Kept"));
        {
            auto db = Database::open(urlIn(dir), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(WebhookRepository(*db).insert(w, &error), qPrintable(error));
        }
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(WebhookRepository(*db).find(w.id, &error), std::optional<Webhook>(w));
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        QString error;
        Webhook w = sampleWebhook(QStringLiteral("Written at v%1").arg(from));
        {
            auto old = Database::openAtVersion(urlIn(dir), from, &error);
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->schemaVersion(), from);
            QCOMPARE(old->connection().tables().contains(QLatin1String("custom_event_types")),
                     from >= 2);
            if (from >= 1) {
                // Only the columns of version 1: later ones must get defaults.
                QVERIFY(
                    exec(old->connection(),
                         QStringLiteral("INSERT INTO webhooks (id, name, name_key, url, method, "
                                        "event_patterns, body_mode, signing, timeout_ms, "
                                        "max_concurrency, created_at, updated_at) VALUES ('%1', "
                                        "'Written at v%2', 'written at v%2', "
                                        "'https://hooks.example.org/in', 'POST', '[\"*\"]', "
                                        "'default', 'none', 5000, 2, 1, 2)")
                             .arg(w.id.toString(QUuid::WithoutBraces))
                             .arg(from)));
                QVERIFY(
                    exec(old->connection(),
                         QStringLiteral("INSERT INTO events (id, type, occurred_at, created_at) "
                                        "VALUES ('evt_1', 'row.created', 1, 2)")));
            }
        }
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(exec(db->connection(),
                     QStringLiteral("INSERT INTO custom_event_types (type, system_group, sample, "
                                    "created_at) VALUES ('invoice.paid', 'Billing', '{}', 3)")));
        if (from >= 1) {
            const std::optional<Webhook> read = WebhookRepository(*db).find(w.id, &error);
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(read->name, w.name);
            QCOMPARE(read->url, QStringLiteral("https://hooks.example.org/in"));
            QCOMPARE(read->timeoutMs, 5000);
            QVERIFY(read->encryptFields.isEmpty());
            QVERIFY(read->encryptionPublicKey.isEmpty());
            QVERIFY(read->headers.isEmpty());
            Webhook updated = *read;
            QVERIFY2(WebhookRepository(*db).update(updated, &error), qPrintable(error));
            QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT type FROM events")).toString(),
                     QStringLiteral("row.created"));
        }
    }

    void openAtVersionDoesNotDowngrade()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(Database::open(urlIn(dir), &error));
        auto db = Database::openAtVersion(urlIn(dir), 1, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!Database::openAtVersion(urlIn(dir), Database::latestSchemaVersion() + 1, &error));
    }

    void refusesADatabaseFromANewerRelais()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto db = Database::open(urlIn(dir), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(exec(db->connection(),
                         QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                             .arg(Database::latestSchemaVersion() + 1)));
        }
        QVERIFY(!Database::open(urlIn(dir), &error));
        const QString expected =
            QStringLiteral("created by a newer Relais (schema %1, this program "
                           "knows %2); upgrade Relais.")
                .arg(Database::latestSchemaVersion() + 1)
                .arg(Database::latestSchemaVersion());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aFailingMigrationIsRolledBack()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto old = Database::openAtVersion(urlIn(dir), 1, &error);
            QVERIFY2(old, qPrintable(error));
            // Migration 2 creates its table, then fails on its index: the
            // table must not survive.
            QVERIFY(
                exec(old->connection(), QStringLiteral("CREATE INDEX custom_event_types_by_group "
                                                       "ON events (type)")));
        }
        QVERIFY(!Database::open(urlIn(dir), &error));
        QVERIFY2(error.contains(QStringLiteral("to schema 2")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));

        auto db = Database::openAtVersion(urlIn(dir), 1, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(!db->connection().tables().contains(QLatin1String("custom_event_types")));
    }

    void refusesAFileThatIsNotARelaisDatabase()
    {
        QTemporaryDir dir;
        QString error;
        if (!test::onPostgres()) {
            QFile f(dir.filePath(QStringLiteral("notes.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
            f.close();
            QVERIFY(!Database::open(urlIn(dir, QStringLiteral("notes.txt")), &error));
            QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
        }

        {
            auto other = Database::openAtVersion(urlIn(dir, QStringLiteral("other.db")), 0, &error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY(exec(other->connection(), QStringLiteral("CREATE TABLE mine (x INTEGER)")));
        }
        QVERIFY(!Database::open(urlIn(dir, QStringLiteral("other.db")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a Relais database")), qPrintable(error));
    }

    void theFileIsReadableByTheOwnerOnly()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        QString error;
        const mode_t previous = ::umask(0); // even a permissive umask must not widen it
        auto db = Database::open(urlIn(dir, QStringLiteral("sub/relais.db")), &error);
        ::umask(previous);
        QVERIFY2(db, qPrintable(error));
        WebhookRepository repo(*db);
        Webhook w = sampleWebhook(QStringLiteral("perm"));
        QVERIFY2(repo.insert(w, &error), qPrintable(error)); // so -wal and -shm exist
        const QString path = db->url().path;
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("sub"))), 0700);
    }

    void pragmasAreInEffectOnEveryConnection()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        const auto check = [&db](QStringList *problems) {
            const QSqlDatabase c = db->connection();
            const QVariant mode = scalar(c, QStringLiteral("PRAGMA journal_mode"));
            const QVariant fk = scalar(c, QStringLiteral("PRAGMA foreign_keys"));
            const QVariant sync = scalar(c, QStringLiteral("PRAGMA synchronous"));
            const QVariant busy = scalar(c, QStringLiteral("PRAGMA busy_timeout"));
            if (mode.toString() != QLatin1String("wal"))
                *problems << (QStringLiteral("journal_mode=") + mode.toString());
            if (fk.toInt() != 1)
                *problems << (QStringLiteral("foreign_keys=") + fk.toString());
            if (sync.toInt() != 2) // FULL
                *problems << (QStringLiteral("synchronous=") + sync.toString());
            if (busy.toInt() != 5000)
                *problems << (QStringLiteral("busy_timeout=") + busy.toString());
        };
        QStringList problems;
        check(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));

        QString otherName;
        QThread *worker = QThread::create([&] {
            check(&problems);
            otherName = db->connection().connectionName();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        QVERIFY(otherName != db->connection().connectionName());
        // The worker's connection goes with the worker thread.
        QTRY_VERIFY(!QSqlDatabase::contains(otherName));
    }

    void foreignKeysCascadeFromWebhooksToAttempts()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        WebhookRepository repo(*db);
        Webhook w = sampleWebhook(QStringLiteral("cascade"));
        QVERIFY2(repo.insert(w, &error), qPrintable(error));
        const QSqlDatabase c = db->connection();
        const QString id = w.id.toString(QUuid::WithoutBraces);
        QVERIFY(exec(c, QStringLiteral("INSERT INTO events (id, type, occurred_at, created_at) "
                                       "VALUES ('evt_1', 't', 1, 1)")));
        QVERIFY(exec(c, QStringLiteral("INSERT INTO deliveries (id, event_id, webhook_id, state, "
                                       "request_method, request_url, created_at, updated_at) "
                                       "VALUES ('msg_1', 'evt_1', '%1', 'pending', 'POST', "
                                       "'https://example.org', 1, 1)")
                            .arg(id)));
        QVERIFY(exec(c, QStringLiteral("INSERT INTO attempts (delivery_id, number, started_at, "
                                       "triggered_by) VALUES ('msg_1', 1, 1, 'scheduled')")));
        // A delivery for a webhook that does not exist is refused.
        QSqlQuery orphan(c);
        QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO deliveries (id, event_id, webhook_id, "
                                            "state, request_method, request_url, created_at, "
                                            "updated_at) VALUES ('msg_2', 'evt_1', 'nope', "
                                            "'pending', 'POST', 'https://example.org', 1, 1)")));

        QVERIFY2(repo.remove(w.id, &error), qPrintable(error));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 0);
    }

    void writeRollsBackWhenTheWorkFails()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(urlIn(dir), &error);
        QVERIFY2(db, qPrintable(error));
        const auto insertEvent = [](QSqlDatabase &c, const QString &id) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO events (id, type, occurred_at, created_at) "
                                     "VALUES (:id, 't', 1, 1)"));
            q.bindValue(QStringLiteral(":id"), id);
            return q.exec();
        };

        QVERIFY(!db->write(
            [&](QSqlDatabase &c, QString *e) {
                insertEvent(c, QStringLiteral("evt_a"));
                *e = QStringLiteral("changed my mind");
                return false;
            },
            &error));
        QCOMPARE(error, QStringLiteral("changed my mind"));

        // A failing statement: the driver's words reach the caller.
        QVERIFY(!db->write(
            [&](QSqlDatabase &c, QString *e) {
                insertEvent(c, QStringLiteral("evt_b"));
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)"))) {
                    *e = q.lastError().text();
                    return false;
                }
                return true;
            },
            &error));
        QVERIFY2(error.contains(QStringLiteral("no such table")) ||
                     error.contains(QStringLiteral("\"nowhere\" does not exist")),
                 qPrintable(error));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM events")).toInt(),
                 0);

        QVERIFY2(db->write([&](QSqlDatabase &c,
                               QString *) { return insertEvent(c, QStringLiteral("evt_c")); },
                           &error),
                 qPrintable(error));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM events")).toInt(),
                 1);
    }

    void destroyingTheDatabaseRemovesItsConnection()
    {
        const QStringList before = connectionsWithPrefix();
        QTemporaryDir dir;
        QString error;
        {
            auto db = Database::open(urlIn(dir), &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(connectionsWithPrefix().size(), before.size() + 1);
        }
        QCOMPARE(connectionsWithPrefix(), before);
    }

    void twoDatabasesOnOneFileHaveTheirOwnConnections()
    {
        QTemporaryDir dir;
        QString error;
        auto a = Database::open(urlIn(dir), &error);
        auto b = Database::open(urlIn(dir), &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->connection().connectionName() != b->connection().connectionName());
        Webhook w = sampleWebhook(QStringLiteral("seen by both"));
        QVERIFY2(WebhookRepository(*a).insert(w, &error), qPrintable(error));
        QVERIFY(WebhookRepository(*b).find(w.id, &error).has_value());
    }

    void probeReportsWhatADatabaseHolds()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto old = Database::openAtVersion(urlIn(dir), 3, &error);
            QVERIFY2(old, qPrintable(error));
        }
        Database::Probe p = Database::probe(urlIn(dir));
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.schemaVersion, 3);
        QVERIFY2(p.server.startsWith(test::onPostgres() ? QStringLiteral("PostgreSQL 1")
                                                        : QStringLiteral("SQLite 3.")),
                 qPrintable(p.server));
        QVERIFY(Database::open(urlIn(dir), &error));
        QCOMPARE(Database::probe(urlIn(dir)).schemaVersion, Database::latestSchemaVersion());
        if (test::onPostgres())
            return;
        {
            QFile f(dir.filePath(QStringLiteral("notes.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        p = Database::probe(urlIn(dir, QStringLiteral("notes.txt")));
        QVERIFY(!p.ok);
        QVERIFY2(p.error.contains(QStringLiteral("not a database")), qPrintable(p.error));
    }

    // The password comes from the keychain (given to the URL by
    // DatabaseLogin), ~/.pgpass (PGPASSFILE) or PGPASSWORD; never the URL text.
    void aPostgresPasswordComesFromWhereLibpqLooks()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL only");
        DatabaseUrl url;
        QVERIFY(
            DatabaseUrl::parse(test::pgClusterFile(QStringLiteral("password-url")), &url, nullptr));
        const QString password = test::pgClusterFile(QStringLiteral("password"));
        qunsetenv("PGPASSWORD");
        QTemporaryDir dir;
        const QString nowhere = dir.filePath(QStringLiteral("none"));
        qputenv("PGPASSFILE", nowhere.toLocal8Bit());
        QString error;
        QVERIFY(!Database::open(url, &error));
        QVERIFY2(error.contains(QStringLiteral("wants a password")), qPrintable(error));
        QVERIFY2(!error.contains(password), qPrintable(error));

        DatabaseUrl withKeychainPassword = url;
        withKeychainPassword.password = password;
        QVERIFY2(Database::open(withKeychainPassword, &error), qPrintable(error));
        QVERIFY(!withKeychainPassword.toString().contains(password));

        {
            QFile pgpass(dir.filePath(QStringLiteral("pgpass")));
            QVERIFY(pgpass.open(QIODevice::WriteOnly));
            pgpass.write(QStringLiteral("%1:%2:*:%3:%4\n")
                             .arg(url.host, QString::number(url.port), url.user, password)
                             .toUtf8());
            pgpass.close();
            pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        qputenv("PGPASSFILE", dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
        QVERIFY2(Database::open(url, &error), qPrintable(error));

        qputenv("PGPASSFILE", nowhere.toLocal8Bit());
        qputenv("PGPASSWORD", password.toUtf8());
        QVERIFY2(Database::open(url, &error), qPrintable(error));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    void anUnreachablePostgresServerIsReported()
    {
        DatabaseUrl url;
        QVERIFY(DatabaseUrl::parse(QStringLiteral("postgresql://relais@127.0.0.1:1/relais"), &url,
                                   nullptr));
        QString error;
        QVERIFY(!Database::open(url, &error));
        // Either the driver is missing (named with its package) or the
        // connection is refused (with libpq's words).
        QVERIFY2(error.contains(QStringLiteral("libqt6sql6-psql")) ||
                     error.contains(QStringLiteral("Could not open the database")),
                 qPrintable(error));
    }

    void unwritableFolderIsReported()
    {
        SQLITE_ONLY();
        if (::geteuid() == 0)
            QSKIP("root can write everywhere");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString error;
        QVERIFY(!Database::open(urlIn(dir, QStringLiteral("sub/relais.db")), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not create the folder")), qPrintable(error));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
