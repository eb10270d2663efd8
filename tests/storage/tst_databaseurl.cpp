#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace relais;

// What `--db` and RELAIS_DB accept, and which of them wins.
class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-databaseurl"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { qunsetenv("RELAIS_DB"); }
    void cleanupTestCase() { qunsetenv("RELAIS_DB"); }

    void sqliteAbsolutePath()
    {
        DatabaseUrl url;
        QString error;
        QVERIFY2(
            DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/relais/relais.db"), &url, &error),
            qPrintable(error));
        QCOMPARE(url.kind, DatabaseUrl::Kind::Sqlite);
        QCOMPARE(url.path, QStringLiteral("/var/lib/relais/relais.db"));
        QCOMPARE(url.toString(), QStringLiteral("sqlite:///var/lib/relais/relais.db"));
    }

    void sqliteRelativePathIsFixedAgainstTheCurrentFolder()
    {
        DatabaseUrl url;
        QString error;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("sqlite:data/relais.db"), &url, &error),
                 qPrintable(error));
        QCOMPARE(url.path, QDir::current().absoluteFilePath(QStringLiteral("data/relais.db")));
    }

    void sqlitePercentEncodingRoundTrips()
    {
        DatabaseUrl url;
        QString error;
        QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/My%20Data/50%25%3F.db"), &url,
                                   &error));
        QCOMPARE(url.path, QStringLiteral("/tmp/My Data/50%?.db"));
        DatabaseUrl again;
        QVERIFY2(DatabaseUrl::parse(url.toString(), &again, &error), qPrintable(error));
        QCOMPARE(again.path, url.path);
    }

    void postgres()
    {
        DatabaseUrl url;
        QString error;
        QVERIFY2(DatabaseUrl::parse(QStringLiteral("postgresql://relais@db.example.org:6543/hooks"),
                                    &url, &error),
                 qPrintable(error));
        QCOMPARE(url.kind, DatabaseUrl::Kind::Postgres);
        QCOMPARE(url.user, QStringLiteral("relais"));
        QCOMPARE(url.host, QStringLiteral("db.example.org"));
        QCOMPARE(url.port, 6543);
        QCOMPARE(url.databaseName, QStringLiteral("hooks"));
        QCOMPARE(url.toString(), QStringLiteral("postgresql://relais@db.example.org:6543/hooks"));
    }

    void postgresDefaultsToPort5432()
    {
        DatabaseUrl url;
        QVERIFY(
            DatabaseUrl::parse(QStringLiteral("postgres://ops@localhost/relais"), &url, nullptr));
        QCOMPARE(url.port, 5432);
        QCOMPARE(url.databaseName, QStringLiteral("relais"));
    }

    void passwordIsRefusedWithoutEchoingIt()
    {
        DatabaseUrl url;
        QString error;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://relais:hunter2@db:5432/hooks"),
                                    &url, &error));
        QVERIFY2(error.contains(
                     QStringLiteral("put the password in the keychain, ~/.pgpass or PGPASSWORD")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("no scheme") << QStringLiteral("relais.db") << QStringLiteral("sqlite:");
        QTest::newRow("unknown scheme")
            << QStringLiteral("mysql://u@h/db") << QStringLiteral("not mysql:");
        QTest::newRow("sqlite with host")
            << QStringLiteral("sqlite://relais.db") << QStringLiteral("three slashes");
        QTest::newRow("sqlite without file")
            << QStringLiteral("sqlite:///") << QStringLiteral("names no database file");
        QTest::newRow("sqlite folder")
            << QStringLiteral("sqlite:///tmp/") << QStringLiteral("names no database file");
        QTest::newRow("sqlite options")
            << QStringLiteral("sqlite:///tmp/x.db?mode=ro") << QStringLiteral("no options");
        QTest::newRow("postgres without host")
            << QStringLiteral("postgresql:///hooks") << QStringLiteral("names no host");
        QTest::newRow("postgres without database")
            << QStringLiteral("postgresql://u@db:5432/") << QStringLiteral("names no database");
        QTest::newRow("postgres bad port")
            << QStringLiteral("postgresql://u@db:70000/hooks") << QStringLiteral("not a valid");
        QTest::newRow("postgres options")
            << QStringLiteral("postgresql://u@db/hooks?sslmode=require")
            << QStringLiteral("PGSSLMODE");
    }

    void badUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        DatabaseUrl url;
        url.path = QStringLiteral("untouched");
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &url, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(url.path, QStringLiteral("untouched"));
    }

    void commandLineBeatsEnvironmentBeatsDefault()
    {
        DatabaseUrl url;
        QString error;

        QVERIFY(DatabaseUrl::resolve(QString(), &url, &error));
        QCOMPARE(url.kind, DatabaseUrl::Kind::Sqlite);
        const QString defaultPath = DatabaseUrl::defaultLocation().path;
        QCOMPARE(url.path, defaultPath);
        QCOMPARE(QFileInfo(defaultPath).fileName(), QStringLiteral("relais.db"));
        QVERIFY(defaultPath.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY2(QFileInfo(defaultPath).absoluteDir().exists(), "the folder is created");

        qputenv("RELAIS_DB", "sqlite:///tmp/from-env.db");
        QVERIFY(DatabaseUrl::resolve(QString(), &url, &error));
        QCOMPARE(url.path, QStringLiteral("/tmp/from-env.db"));

        QVERIFY(DatabaseUrl::resolve(QStringLiteral("sqlite:///tmp/from-option.db"), &url, &error));
        QCOMPARE(url.path, QStringLiteral("/tmp/from-option.db"));
    }

    void resolveNamesTheSourceOfABadUrl()
    {
        DatabaseUrl url;
        QString error;
        qputenv("RELAIS_DB", "nonsense");
        QVERIFY(!DatabaseUrl::resolve(QString(), &url, &error));
        QVERIFY2(error.startsWith(QStringLiteral("RELAIS_DB: ")), qPrintable(error));

        // A good --db value is used even when RELAIS_DB is broken.
        QVERIFY(DatabaseUrl::resolve(QStringLiteral("sqlite:///tmp/ok.db"), &url, &error));
        QCOMPARE(url.path, QStringLiteral("/tmp/ok.db"));

        QVERIFY(!DatabaseUrl::resolve(QStringLiteral("mysql://x"), &url, &error));
        QVERIFY2(error.startsWith(QStringLiteral("--db: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
