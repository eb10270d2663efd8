// relaisctl db migrate|copy|password, end to end on SQLite files.
#include "RelaisctlRunner.h"

#include "storage/Database.h"
#include "storage/DispatcherRepository.h"
#include "storage/PreparedStatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class tst_RelaisctlDb final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelaisctlRunner m_ctl;

    QString path(const QString &file) const { return m_dir.filePath(file); }
    static QString url(const QString &file) { return QStringLiteral("sqlite://") + file; }

    RelaisctlRun run(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        m_ctl.dbPath = db;
        return m_ctl.run(args, {}, input);
    }

    void addWebhook(const QString &db, const QString &name)
    {
        const RelaisctlRun r =
            run(db, {QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                     name, QStringLiteral("--url"), QStringLiteral("https://example.org/hook"),
                     QStringLiteral("--event"), QStringLiteral("*")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrateUpgradesAnOldFile()
    {
        const QString file = path(QStringLiteral("old.db"));
        {
            DatabaseUrl u;
            u.kind = DatabaseUrl::Kind::Sqlite;
            u.path = file;
            QString error;
            QVERIFY2(Database::openAtVersion(u, 3, &error), qPrintable(error));
        }
        const QString latest = QString::number(Database::latestSchemaVersion());
        RelaisctlRun r = run(file, {QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("schema 3 → ") + latest), qPrintable(r.out));
        QVERIFY2(r.out.contains(url(file)), qPrintable(r.out));

        r = run(file, {QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("already at schema ") + latest), qPrintable(r.out));
    }

    void copyBetweenSqliteFiles()
    {
        const QString from = path(QStringLiteral("from.db"));
        const QString to = path(QStringLiteral("to.db"));
        addWebhook(from, QStringLiteral("Commandes Dokos"));
        addWebhook(from, QStringLiteral("Lignes SeaTable — été"));

        RelaisctlRun r =
            run(from, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                       url(from), QStringLiteral("--to"), url(to)});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("TABLE")), qPrintable(r.out));
        static const QRegularExpression webhooksRow(QStringLiteral("^webhooks +2$"),
                                                    QRegularExpression::MultilineOption);
        QVERIFY2(r.out.contains(webhooksRow), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(": 2 rows in all")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the row counts of both databases match")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("keychain of this machine")), qPrintable(r.out));

        r = run(to, {QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QStringList names;
        for (const QJsonValue &w : list)
            names << w.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Commandes Dokos"),
                                     QStringLiteral("Lignes SeaTable — été")}));

        // Not into a database that holds rows.
        r = run(from, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                       url(from), QStringLiteral("--to"), url(to)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already holds data (webhooks: 2)")),
                 qPrintable(r.err));

        // JSON.
        const QString third = path(QStringLiteral("third.db"));
        r = run(from, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                       url(to), QStringLiteral("--to"), url(third), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("to")).toString(), url(third));
        const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QVERIFY(!tables.isEmpty());
        QCOMPARE(tables.first().toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("webhooks"));
        QCOMPARE(tables.first().toObject().value(QStringLiteral("rows")).toInt(), 2);
    }

    void copyUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString a = url(path(QStringLiteral("a.db")));
        const QString b = url(path(QStringLiteral("b.db")));
        QTest::newRow("no --from") << QStringList{QStringLiteral("--to"), b};
        QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), a};
        QTest::newRow("same") << QStringList{QStringLiteral("--from"), a, QStringLiteral("--to"),
                                             a};
        QTest::newRow("bad url") << QStringList{
            QStringLiteral("--from"), QStringLiteral("mysql://h/db"), QStringLiteral("--to"), b};
        QTest::newRow("extra") << QStringList{QStringLiteral("--from"), a, QStringLiteral("--to"),
                                              b, QStringLiteral("more")};
    }

    void copyUsageErrors()
    {
        QFETCH(QStringList, args);
        const RelaisctlRun r =
            run(path(QStringLiteral("a.db")),
                QStringList{QStringLiteral("db"), QStringLiteral("copy")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("b.db"))));
    }

    void unknownSubcommandIsAUsageError()
    {
        RelaisctlRun r = run(path(QStringLiteral("a.db")), {QStringLiteral("db")});
        QCOMPARE(r.code, 2);
        r = run(path(QStringLiteral("a.db")), {QStringLiteral("db"), QStringLiteral("vacuum")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("db migrate|copy|password")), qPrintable(r.err));
        r = run(path(QStringLiteral("a.db")), {QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("db copy --from URL --to URL")));
    }

    void dispatchersListsWhoSends()
    {
        const QString file = path(QStringLiteral("fleet.db"));
        RelaisctlRun r = run(file, {QStringLiteral("db"), QStringLiteral("dispatchers")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("No dispatcher")), qPrintable(r.out));
        {
            QString error;
            auto db = Database::openSqliteFile(file, &error);
            QVERIFY2(db, qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY2(db->write(
                         [&](QSqlDatabase &c, QString *e) {
                             PreparedStatements sql(c);
                             DispatcherInfo a;
                             a.id = QStringLiteral("serve-a");
                             a.host = QStringLiteral("server-a");
                             a.pid = 101;
                             DispatcherInfo b = a;
                             b.id = QStringLiteral("serve-b");
                             b.pid = 202;
                             return DispatcherRepository::beat(sql, a, now, e) &&
                                    DispatcherRepository::beat(sql, b, now.addSecs(-60), e) &&
                                    DispatcherRepository::markStopped(sql, b.id, now, e);
                         },
                         &error),
                     qPrintable(error));
        }
        r = run(file, {QStringLiteral("db"), QStringLiteral("dispatchers")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("DISPATCHER")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("serve-a +server-a +101 +running"))),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("serve-b +server-a +202 +stopped"))),
            qPrintable(r.out));

        r = run(file,
                {QStringLiteral("db"), QStringLiteral("dispatchers"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        int running = 0;
        for (const QJsonValue &v : rows)
            running += v[QStringLiteral("running")].toBool() ? 1 : 0;
        QCOMPARE(running, 1);
    }

    void passwordIsRefusedForSqlite()
    {
        const RelaisctlRun r =
            run(path(QStringLiteral("p.db")), {QStringLiteral("db"), QStringLiteral("password")},
                QByteArrayLiteral("hunter2-secret\n"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("SQLite")), qPrintable(r.err));
        QVERIFY(!QString(r.out + r.err).contains(QStringLiteral("hunter2")));
    }

    void passwordIsStoredAndForgotten()
    {
        const QString pg = QStringLiteral("postgresql://relais@127.0.0.1:1/nowhere");
        RelaisctlRun r =
            run(path(QStringLiteral("p.db")),
                {QStringLiteral("--db"), pg, QStringLiteral("db"), QStringLiteral("password")},
                QByteArrayLiteral("hunter2-secret\n"));
        if (r.code == 1 && r.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive))
            QSKIP("no keychain here (run through ctest: tools/keyring-run.sh)");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Stored the password")), qPrintable(r.out));
        QVERIFY(!QString(r.out + r.err).contains(QStringLiteral("hunter2")));

        r = run(path(QStringLiteral("p.db")),
                {QStringLiteral("--db"), pg, QStringLiteral("db"), QStringLiteral("password")});
        QCOMPARE(r.code, 2); // nothing on standard input

        r = run(path(QStringLiteral("p.db")),
                {QStringLiteral("--db"), pg, QStringLiteral("db"), QStringLiteral("password"),
                 QStringLiteral("--forget")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Removed the password")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlDb)
#include "tst_relaisctldb.moc"
