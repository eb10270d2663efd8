// A `relaisctl serve` killed with SIGKILL while it delivers, then started
// again: every event it had accepted over its intake is delivered.
#include "RelaisctlRunner.h"

#include "../delivery/ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using relais::test::ScriptedReply;
using relais::test::ServerThread;

class tst_RelaisctlCrash final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelaisctlRunner m_ctl;

    QProcess *startServe(const QStringList &extra)
    {
        auto *serve = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_DB"), QStringLiteral("sqlite://") + m_ctl.dbPath);
        serve->setProcessEnvironment(env);
        serve->start(QStringLiteral(RELAISCTL_PATH),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--lease-seconds"),
                                 QStringLiteral("3")} +
                         extra);
        return serve;
    }

    QJsonArray deliveries()
    {
        return QJsonDocument::fromJson(m_ctl
                                           .run({QStringLiteral("deliveries"),
                                                 QStringLiteral("list"), QStringLiteral("--limit"),
                                                 QStringLiteral("1000"), QStringLiteral("--json")})
                                           .out.toUtf8())
            .array();
    }

    int succeeded()
    {
        int n = 0;
        for (const QJsonValue &v : deliveries())
            n +=
                v.toObject().value(QLatin1String("state")).toString() == QLatin1String("succeeded");
        return n;
    }

private Q_SLOTS:
    void everyAcceptedEventIsDeliveredAfterAKill()
    {
        constexpr int kEvents = 300;
        m_ctl.dbPath = m_dir.filePath(QStringLiteral("crash.db"));
        ServerThread receiver;
        QVERIFY(receiver.start());
        ScriptedReply slow;
        slow.delayMs = 40; // keeps deliveries in flight when the kill comes
        receiver->answerAlways(slow);
        QCOMPARE(
            m_ctl
                .run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Lignes"), QStringLiteral("--event"), QStringLiteral("*"),
                      QStringLiteral("--url"), receiver->url()})
                .code,
            0);
        const QByteArray token =
            m_ctl.run({QStringLiteral("intake"), QStringLiteral("token")}).out.trimmed().toUtf8();
        QVERIFY(!token.isEmpty());

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess *first =
            startServe({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(first->waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += first->readAllStandardOutput()).contains("Intake:"),
                                 20000);

        // Every event is accepted (202 = committed) before the kill.
        QNetworkAccessManager nam;
        int accepted = 0;
        for (int i = 0; i < kEvents; ++i) {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.post(
                request,
                QStringLiteral(R"({"type": "insert_row", "id": "row-%1", "data": {"n": %1}})")
                    .arg(i)
                    .toUtf8());
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(20000));
            accepted += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202;
            reply->deleteLater();
        }
        QCOMPARE(accepted, kEvents);

        // Kill it while deliveries are still going out.
        QTRY_VERIFY_WITH_TIMEOUT(receiver->requestCount() >= 20, 30000);
        const int beforeKill = receiver->requestCount();
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(10000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        QVERIFY2(beforeKill < kEvents, "the kill came too late to test anything");

        QProcess *second = startServe({QStringLiteral("--no-intake")});
        QVERIFY(second->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded(), kEvents, 90000);
        ::kill(pid_t(second->processId()), SIGTERM);
        QVERIFY(second->waitForFinished(30000));

        // The receiver saw every delivery (a request in flight at the kill
        // may have come twice, with the same webhook-id to de-duplicate on).
        const QHash<QByteArray, int> seen = receiver->countByWebhookId();
        QSet<QByteArray> ids;
        for (const QJsonValue &v : deliveries())
            ids.insert(v.toObject().value(QLatin1String("id")).toString().toUtf8());
        QCOMPARE(ids.size(), kEvents);
        for (const QByteArray &id : std::as_const(ids))
            QVERIFY2(seen.value(id) >= 1, id.constData());
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlCrash)
#include "tst_relaisctlcrash.moc"
