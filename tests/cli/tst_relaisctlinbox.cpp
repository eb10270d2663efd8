// relaisctl inbox, end to end: `inbox serve` receives what `relaisctl test`
// sends (signed with a secret from the keychain of a private D-Bus session),
// and `inbox list --json` shows it, newest first, with the verdicts.
#include "RelaisctlRunner.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_RelaisctlInbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelaisctlRunner m_ctl;

    RelaisctlRun ctl(const QString &line, std::initializer_list<QString> more = {})
    {
        QStringList args = line.split(u' ');
        for (const QString &m : more)
            args << m;
        return m_ctl.run(args);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ctl.dbPath = m_dir.filePath(QStringLiteral("inbox.db"));
    }

    void listShowsWhatTheInboxReceivedWithVerdicts()
    {
        RelaisctlRun r = ctl(QStringLiteral("inbox add demo --fail-first 1 --retry-after 7"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const quint16 port = freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1/inbox/demo").arg(port);
        r = ctl(QStringLiteral("webhook add --name Demo --event * --signing github --secret "
                               "inbox-secret-1 --url"),
                {url});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_DB"), QStringLiteral("sqlite://") + m_ctl.dbPath);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(RELAISCTL_PATH),
                    {QStringLiteral("inbox"), QStringLiteral("serve"), QStringLiteral("--port"),
                     QString::number(port)});
        QVERIFY(serve.waitForStarted());
        QByteArray printed;
        QDeadlineTimer deadline(30000);
        while (!printed.contains(url.toUtf8()) && !deadline.hasExpired()) {
            serve.waitForReadyRead(200);
            printed += serve.readAllStandardOutput();
        }
        QVERIFY2(printed.contains(url.toUtf8()), printed.constData());

        // The first is failed on purpose, the second answered 200.
        r = ctl(QStringLiteral("test Demo"));
        QCOMPARE(r.code, 1);
        r = ctl(QStringLiteral("test Demo"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
        printed += serve.readAllStandardOutput();
        QVERIFY2(printed.contains("/inbox/demo → 200 ✓ valid"), printed.constData());

        r = ctl(QStringLiteral("inbox list demo --json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject newest = rows.at(0).toObject();
        const QJsonObject oldest = rows.at(1).toObject();
        QVERIFY(newest.value(QStringLiteral("id")).toInteger() >
                oldest.value(QStringLiteral("id")).toInteger());
        QCOMPARE(newest.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(oldest.value(QStringLiteral("status")).toInt(), 500);
        QCOMPARE(newest.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(oldest.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(newest.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(newest.value(QStringLiteral("path")).toString(), QStringLiteral("/inbox/demo"));
        QVERIFY(!newest.value(QStringLiteral("body")).toString().isEmpty());
        QVERIFY(!newest.value(QStringLiteral("webhookId")).toString().isEmpty());

        r = ctl(QStringLiteral("inbox list demo --json --limit 1"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

        // The signing secret is in the keychain, never in the database.
        QVERIFY(!m_ctl.databaseBytes().contains("inbox-secret-1"));
    }

    void listOfAnUnknownInboxFails()
    {
        const RelaisctlRun r = ctl(QStringLiteral("inbox list nobody --json"));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlInbox)
#include "tst_relaisctlinbox.moc"
