// relaisctl end to end: the real binary through QProcess, on a temporary
// database, with the real keychain of a private D-Bus session.
#include "RelaisctlRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_Relaisctl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    QString m_dbPath;

    RelaisctlRunner m_ctl;

    RelaisctlRun run(const QStringList &args, const QProcessEnvironment &extraEnv = {},
                     const QByteArray &input = {})
    {
        m_ctl.dbPath = m_dbPath;
        return m_ctl.run(args, extraEnv, input);
    }
    QByteArray databaseBytes()
    {
        m_ctl.dbPath = m_dbPath;
        return m_ctl.databaseBytes();
    }

    QJsonArray listJson()
    {
        const RelaisctlRun r =
            run({QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void init() { m_dbPath = m_dir.filePath(QStringLiteral("relais-%1.db").arg(++m_dbCounter)); }

    void printsItsVersion()
    {
        const RelaisctlRun r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("relaisctl 0.")));
    }

    void addListShowEditRemove()
    {
        const QString token = QStringLiteral("X-Trace: ") + QString(2048, u't');
        RelaisctlRun r =
            run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Commandes Dokos"), QStringLiteral("--url"),
                 QStringLiteral("https://erp.example/hook?team=ventes"), QStringLiteral("--event"),
                 QStringLiteral("Sales Order.*"), QStringLiteral("--event"),
                 QStringLiteral("Quotation.on_submit"), QStringLiteral("--condition"),
                 QStringLiteral("doc.total > 40000"), QStringLiteral("--header"), token,
                 QStringLiteral("--method"), QStringLiteral("PUT")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QJsonArray all = listJson();
        QCOMPARE(all.size(), 1);
        const QJsonObject w = all.first().toObject();
        QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("Commandes Dokos"));
        QCOMPARE(w.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(w.value(QLatin1String("events")).toArray().size(), 2);
        QCOMPARE(w.value(QLatin1String("condition")).toString(),
                 QStringLiteral("doc.total > 40000"));
        QCOMPARE(w.value(QLatin1String("headers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QString(2048, u't'));

        r = run(
            {QStringLiteral("webhook"), QStringLiteral("show"), QStringLiteral("Commandes Dokos")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("PUT https://erp.example/hook?team=ventes")));

        r = run({QStringLiteral("webhook"), QStringLiteral("edit"),
                 QStringLiteral("Commandes Dokos"), QStringLiteral("--url"),
                 QStringLiteral("https://erp2.example/hook")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(listJson().first().toObject().value(QLatin1String("url")).toString(),
                 QStringLiteral("https://erp2.example/hook"));

        r = run({QStringLiteral("webhook"), QStringLiteral("disable"),
                 QStringLiteral("Commandes Dokos")});
        QCOMPARE(r.code, 0);
        QCOMPARE(listJson().first().toObject().value(QLatin1String("enabled")).toBool(), false);
        r = run({QStringLiteral("webhook"), QStringLiteral("enable"),
                 w.value(QLatin1String("id")).toString()});
        QCOMPARE(r.code, 0);
        QCOMPARE(listJson().first().toObject().value(QLatin1String("enabled")).toBool(), true);

        r = run({QStringLiteral("webhook"), QStringLiteral("remove"),
                 QStringLiteral("Commandes Dokos")});
        QCOMPARE(r.code, 0);
        QCOMPARE(listJson().size(), 0);
    }

    void invalidInputExitsTwoWithOneLineNamingTheField()
    {
        RelaisctlRun r =
            run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--url"), QStringLiteral("ftp://nope")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(QStringLiteral("url:")), qPrintable(r.err));

        r = run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--url"), QStringLiteral("https://a.example/"),
                 QStringLiteral("--header"), QStringLiteral("Host: evil")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Host")));

        r = run({QStringLiteral("webhook"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("webhook"), QStringLiteral("show"), QStringLiteral("missing")});
        QCOMPARE(r.code, 2);
        QCOMPARE(listJson().size(), 0);
    }

    void secretsReachOnlyTheKeychain()
    {
        RelaisctlRun r =
            run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Lignes SeaTable"), QStringLiteral("--url"),
                 QStringLiteral("https://hooks.example/seatable"), QStringLiteral("--signing"),
                 QStringLiteral("standard-webhooks"), QStringLiteral("--generate-secret"),
                 QStringLiteral("--secret-header"),
                 QStringLiteral("Authorization: Bearer tok-9f8e7d6c5b4a")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString secret = r.out.split(u'\n', Qt::SkipEmptyParts).last().trimmed();
        QVERIFY2(secret.startsWith(QStringLiteral("whsec_")), qPrintable(r.out));

        const QByteArray db = databaseBytes();
        QVERIFY(!db.isEmpty());
        QVERIFY(!db.contains(secret.toUtf8()));
        QVERIFY(!db.contains(secret.mid(6).toUtf8()));
        QVERIFY(!db.contains("tok-9f8e7d6c5b4a"));

        const QString exportPath =
            m_dir.filePath(QStringLiteral("export-%1.json").arg(m_dbCounter));
        r = run({QStringLiteral("webhook"), QStringLiteral("export"), QStringLiteral("--output"),
                 exportPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray exportBytes = exported.readAll();
        QVERIFY(!exportBytes.contains(secret.toUtf8()));
        QVERIFY(!exportBytes.contains("tok-9f8e7d6c5b4a"));
        QCOMPARE(exported.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // show and list print no secret either.
        r = run({QStringLiteral("webhook"), QStringLiteral("show"),
                 QStringLiteral("Lignes SeaTable"), QStringLiteral("--json")});
        QVERIFY(!r.out.contains(secret) && !r.out.contains(QStringLiteral("tok-9f8e7d6c5b4a")));

        // The export imports into a fresh database, disabled until secrets are given.
        m_dbPath = m_dir.filePath(QStringLiteral("imported-%1.db").arg(m_dbCounter));
        r = run({QStringLiteral("webhook"), QStringLiteral("import"), exportPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject imported = listJson().first().toObject();
        QCOMPARE(imported.value(QLatin1String("name")).toString(),
                 QStringLiteral("Lignes SeaTable"));
        QCOMPARE(imported.value(QLatin1String("needsSecret")).toBool(), true);
        QCOMPARE(imported.value(QLatin1String("enabled")).toBool(), false);
        r = run({QStringLiteral("webhook"), QStringLiteral("enable"),
                 QStringLiteral("Lignes SeaTable")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("webhook"), QStringLiteral("edit"),
                 QStringLiteral("Lignes SeaTable"), QStringLiteral("--secret"), QStringLiteral("-"),
                 QStringLiteral("--secret-header"),
                 QStringLiteral("Authorization: Bearer tok-9f8e7d6c5b4a")},
                {}, secret.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("webhook"), QStringLiteral("enable"),
                 QStringLiteral("Lignes SeaTable")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!databaseBytes().contains(secret.toUtf8()));
    }

    void aSecretCanBeRotatedWithAnOverlap()
    {
        RelaisctlRun r =
            run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Tournant"), QStringLiteral("--url"),
                 QStringLiteral("https://hooks.example/r"), QStringLiteral("--signing"),
                 QStringLiteral("stripe"), QStringLiteral("--generate-secret")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("Tournant"),
                 QStringLiteral("--generate-secret"), QStringLiteral("--keep-old-secret-for"),
                 QStringLiteral("24h")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray secrets =
            listJson().first().toObject().value(QLatin1String("secrets")).toArray();
        QCOMPARE(secrets.size(), 2);
        const QDateTime oldUntil = QDateTime::fromString(
            secrets.first().toObject().value(QLatin1String("expiresAt")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(oldUntil > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(secrets.last().toObject().value(QLatin1String("expiresAt")).toString().isEmpty());

        r = run({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("Tournant"),
                 QStringLiteral("--keep-old-secret-for"), QStringLiteral("24h")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("webhook"), QStringLiteral("edit"), QStringLiteral("Tournant"),
                 QStringLiteral("--generate-secret"), QStringLiteral("--keep-old-secret-for"),
                 QStringLiteral("soon")});
        QCOMPARE(r.code, 2);
    }

    void anImportWithOneBadEntryWritesNothing()
    {
        const QJsonArray entries = {
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Bon")},
                        {QStringLiteral("url"), QStringLiteral("https://a.example/")},
                        {QStringLiteral("events"), QJsonArray{QStringLiteral("*")}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Mauvais")},
                        {QStringLiteral("url"), QStringLiteral("not a url")},
                        {QStringLiteral("events"), QJsonArray{QStringLiteral("*")}}},
        };
        const QString path = m_dir.filePath(QStringLiteral("bad-import.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), entries}}).toJson());
        f.close();

        const RelaisctlRun r = run({QStringLiteral("webhook"), QStringLiteral("import"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Entry 2")), qPrintable(r.err));
        QCOMPARE(listJson().size(), 0);

        QFile bad(m_dir.filePath(QStringLiteral("malformed.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"webhooks\": [");
        bad.close();
        QCOMPARE(run({QStringLiteral("webhook"), QStringLiteral("import"), bad.fileName()}).code,
                 2);
    }

    void aMissingKeychainIsAClearErrorAndWritesNothing()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relais-test-bus"));
        const RelaisctlRun r = run(
            {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Signé"), QStringLiteral("--url"), QStringLiteral("https://a.example/"),
             QStringLiteral("--signing"), QStringLiteral("github"), QStringLiteral("--secret"),
             QStringLiteral("It's a Secret to Everybody")},
            env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keychain is not available")), qPrintable(r.err));
        QCOMPARE(listJson().size(), 0);
        QVERIFY(!databaseBytes().contains("Secret to Everybody"));
    }

    void aBadDatabaseUrlIsAUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(RELAISCTL_PATH),
                {QStringLiteral("--db"), QStringLiteral("mysql://x"), QStringLiteral("webhook"),
                 QStringLiteral("list")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Relaisctl)
#include "tst_relaisctl.moc"
