// relaisctl emit, test, serve, intake and deliveries, end to end: the real
// binary, a temporary database, the real keychain of a private D-Bus
// session and a scripted receiver on 127.0.0.1.
#include "RelaisctlRunner.h"

#include "../delivery/ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using relais::test::ScriptedReply;
using relais::test::ServerThread;

class tst_RelaisctlDelivery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelaisctlRunner m_ctl;
    int m_counter = 0;

    RelaisctlRun ctl(const QString &line, std::initializer_list<QString> more = {})
    {
        QStringList args = line.split(u' ');
        for (const QString &m : more)
            args << m;
        return m_ctl.run(args);
    }

    QJsonArray deliveries()
    {
        return QJsonDocument::fromJson(ctl(QStringLiteral("deliveries list --json")).out.toUtf8())
            .array();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void init() { m_ctl.dbPath = m_dir.filePath(QStringLiteral("d%1.db").arg(++m_counter)); }

    void emitWaitDeliversSignedAndRecordsTheAttempt()
    {
        ServerThread server;
        QVERIFY(server.start());
        server->answerAlways({});
        RelaisctlRun r = ctl(QStringLiteral("webhook add --name Lignes --event insert_row "
                                            "--signing github --secret s3cr3t-signing --url"),
                             {server->url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = ctl(QStringLiteral("emit insert_row --wait --id evt_client_1"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("evt_client_1")));
        QVERIFY2(r.out.contains(QStringLiteral("Lignes: succeeded")), qPrintable(r.out));
        QCOMPARE(server->requestCount(), 1);
        QVERIFY(server->requests().first().header("X-Hub-Signature-256").startsWith("sha256="));

        // The same client id again does nothing new.
        r = ctl(QStringLiteral("emit insert_row --id evt_client_1"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("already emitted")));
        QCOMPARE(deliveries().size(), 1);

        const QString id = deliveries().first().toObject().value(QLatin1String("id")).toString();
        r = ctl(QStringLiteral("deliveries show --json"), {id});
        const QJsonObject detail = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(detail.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        const QJsonArray attempts = detail.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first()
                     .toObject()
                     .value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 200);
        QVERIFY(!m_ctl.databaseBytes().contains("s3cr3t-signing"));
    }

    void aFailingReceiverIsRetriedAndRedeliveryGoesOutThroughServe()
    {
        ServerThread server;
        QVERIFY(server.start());
        server->answerAlways(ScriptedReply::status_(503, "Service Unavailable"));
        QVERIFY(
            ctl(QStringLiteral("webhook add --name Dokos --event * --url"), {server->url()}).code ==
            0);
        QVERIFY(ctl(QStringLiteral("webhook edit Dokos --timeout 2")).code == 0);

        RelaisctlRun r = ctl(QStringLiteral("emit insert_row --wait"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("503")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("next attempt")));

        // Now the receiver is back: redeliver, and let serve send it.
        server->answerAlways({});
        const QString id = deliveries().first().toObject().value(QLatin1String("id")).toString();
        r = ctl(QStringLiteral("deliveries redeliver"), {id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1")));

        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_DB"), QStringLiteral("sqlite://") + m_ctl.dbPath);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(RELAISCTL_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--no-intake")});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            deliveries().first().toObject().value(QLatin1String("state")).toString() ==
                QLatin1String("succeeded"),
            30000);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(serve.readAllStandardOutput().contains("Stopped."));
        QCOMPARE(deliveries().first().toObject().value(QLatin1String("attempts")).toInt(), 2);
    }

    void theIntakeOfServeAcceptsEventsWithTheToken()
    {
        ServerThread server;
        QVERIFY(server.start());
        server->answerAlways({});
        QVERIFY(ctl(QStringLiteral("webhook add --name Sondages --event respondent.saved --url"),
                    {server->url()})
                    .code == 0);
        const RelaisctlRun token = ctl(QStringLiteral("intake token"));
        QCOMPARE(token.code, 0);
        QCOMPARE(ctl(QStringLiteral("intake token")).out, token.out); // stable

        const quint16 port = freePort();
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_DB"), QStringLiteral("sqlite://") + m_ctl.dbPath);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(RELAISCTL_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(serve.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += serve.readAllStandardOutput()).contains("Intake:"),
            qPrintable(QString::fromUtf8(said + serve.readAllStandardError())), 20000);

        QNetworkAccessManager nam;
        auto post = [&](const QByteArray &bearer) {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + bearer);
            QNetworkReply *reply = nam.post(
                request,
                QByteArray(R"({"type": "respondent.saved", "id": "r-1", "data": {"a": 1}})"));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(post("wrong"), 401);
        QCOMPARE(post(token.out.trimmed().toUtf8()), 202);
        QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(), 1, 20000);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void testPrintsRequestAndResponse()
    {
        ServerThread server;
        QVERIFY(server.start());
        ScriptedReply reply;
        reply.body = R"({"received": true})";
        server->answerAlways(reply);
        QVERIFY(ctl(QStringLiteral("webhook add --name T --event * --url"), {server->url()}).code ==
                0);
        const RelaisctlRun r = ctl(QStringLiteral("test T --event modify_row"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("POST ") + server->url()));
        QVERIFY(r.out.contains(QStringLiteral("Response 200")));
        QVERIFY(r.out.contains(QStringLiteral("{\"received\": true}")));
        const QJsonObject d = deliveries().first().toObject();
        QCOMPARE(d.value(QLatin1String("test")).toBool(), true);
    }

    void purgeAndBadTimesAreHandled()
    {
        QCOMPARE(ctl(QStringLiteral("deliveries purge --older-than 30")).code, 0);
        QCOMPARE(ctl(QStringLiteral("deliveries list --since yesterday")).code, 2);
        QCOMPARE(ctl(QStringLiteral("deliveries list --since 2h")).code, 0);
        QCOMPARE(ctl(QStringLiteral("deliveries show msg_nope")).code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlDelivery)
#include "tst_relaisctldelivery.moc"
