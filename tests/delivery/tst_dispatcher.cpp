#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QTcpServer>

using namespace relais;
using namespace relais::test;

class tst_Dispatcher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<DeliveryEngine> m_engine;

    void startEngine(DeliveryEngineOptions options = fastOptions())
    {
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, options);
        m_engine->start();
    }

    Webhook added(Webhook w)
    {
        [&] {
            QVERIFY(insertWebhook(*m_db, w));
        }();
        return w;
    }

    // Submits one event and returns the id of the one delivery it made.
    QString deliver(const Webhook &w)
    {
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        if (!result || !result->accepted)
            return {};
        const QList<DeliverySummary> rows = deliveriesOf(*m_db, w.id);
        return rows.isEmpty() ? QString() : rows.first().delivery.id;
    }

    QByteArray databaseBytes() const { return testDatabaseBytes(m_dir); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_engine.reset();
        m_server->stop();
        m_server.reset();
        m_db.reset();
    }

    void aSuccessIsSignedSentAndRecordedWithoutSecrets()
    {
        ScriptedReply reply;
        reply.body = "thanks";
        reply.headers = {{"X-Ack", "yes"}};
        m_server->answerAlways(reply);
        Webhook w = webhookFor(m_server->url());
        w.id = QUuid::createUuid();
        w.signing = SigningScheme::GitHub;
        const QString secretKey = w.newSigningSecretKey();
        w.secrets = {{secretKey, {}}};
        w.headers = {{QStringLiteral("Authorization"), QString(), true},
                     {QStringLiteral("X-Team"), QStringLiteral("ventes"), false}};
        QVERIFY(m_secrets.write(secretKey, "shh-signing-secret-42").ok());
        QVERIFY(m_secrets
                    .write(w.secretKeyForHeader(QStringLiteral("Authorization")),
                           "Bearer hunter2-token")
                    .ok());
        w = added(w);
        startEngine();

        const QString id = deliver(w);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);

        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest sent = m_server->requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/hook"));
        QCOMPARE(sent.header("webhook-id"), id.toUtf8());
        QVERIFY(!sent.header("webhook-timestamp").isEmpty());
        QVERIFY(sent.header("X-Hub-Signature-256").startsWith("sha256="));
        QCOMPARE(sent.header("User-Agent"), QByteArray("Relais/" RELAIS_VERSION));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer hunter2-token"));
        QCOMPARE(sent.header("X-Team"), QByteArray("ventes"));

        const auto detail = detailOf(*m_db, id);
        QVERIFY(detail);
        QCOMPARE(detail->attempts.size(), 1);
        const StoredAttempt &a = detail->attempts.first();
        QCOMPARE(a.attempt.number, 1);
        QCOMPARE(a.attempt.trigger, AttemptTrigger::Scheduled);
        QCOMPARE(a.dispatcherId, QStringLiteral("test-1"));
        QCOMPARE(a.attempt.responseStatus, 200);
        QCOMPARE(a.attempt.responseBody, QByteArray("thanks"));
        QVERIFY(!a.attempt.responseTruncated);
        QVERIFY(a.attempt.error.isEmpty());
        QCOMPARE(a.attempt.request.body, sent.body);
        bool ack = false;
        for (const auto &[n, v] : a.attempt.responseHeaders)
            ack = ack || (n.compare("X-Ack", Qt::CaseInsensitive) == 0 && v == "yes");
        QVERIFY(ack);
        bool redacted = false;
        for (const auto &[n, v] : a.attempt.request.headers) {
            if (n == "Authorization")
                redacted = v == "[redacted]";
        }
        QVERIFY(redacted);
        QCOMPARE(detail->summary.lastStatus, 200);

        m_engine.reset(); // everything written
        const QByteArray stored = databaseBytes();
        QVERIFY(stored.contains("thanks")); // the response body is in what was read
        QVERIFY(!stored.contains("hunter2-token"));
        QVERIFY(!stored.contains("shh-signing-secret-42"));
    }

    void aServerErrorIsRetriedWithTheSameWebhookId()
    {
        m_server->answerInTurn(
            {ScriptedReply::status_(500, "Internal Server Error"), ScriptedReply{}});
        const Webhook w = added(webhookFor(m_server->url()));
        startEngine();
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).header("webhook-id"), id.toUtf8());
        QCOMPARE(m_server->requests().at(1).header("webhook-id"), id.toUtf8());
        QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(1).body);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.size(), 2);
        QCOMPARE(detail->attempts.at(0).attempt.responseStatus, 500);
        QCOMPARE(detail->attempts.at(1).attempt.number, 2);
        QCOMPARE(detail->attempts.at(1).attempt.responseStatus, 200);
        QCOMPARE(detail->summary.delivery.attemptCount, 2);
    }

    void retryAfterIsHonoured()
    {
        ScriptedReply busy = ScriptedReply::status_(429, "Too Many Requests");
        busy.headers = {{"Retry-After", "3"}};
        m_server->answerInTurn({busy, ScriptedReply{}});
        const Webhook w = added(webhookFor(m_server->url())); // schedule {0, 1}
        startEngine();
        const QString id = deliver(w);
        QTRY_VERIFY_WITH_TIMEOUT(detailOf(*m_db, id)->attempts.size() == 1 &&
                                     stateOf(*m_db, id) == DeliveryState::Pending,
                                 30000);
        const auto detail = detailOf(*m_db, id);
        const QDateTime first = detail->attempts.first().attempt.startedAt;
        const QDateTime next = detail->summary.delivery.nextAttemptAt;
        QVERIFY2(first.msecsTo(next) >= 2900, qPrintable(QString::number(first.msecsTo(next))));
        QVERIFY2(detail->summary.delivery.lastError.contains(QStringLiteral("429")),
                 qPrintable(detail->summary.delivery.lastError));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        const auto done = detailOf(*m_db, id);
        QVERIFY(done->attempts.at(1).attempt.startedAt >= next.addMSecs(-50));
    }

    void goneDisablesTheWebhook()
    {
        m_server->answerAlways(ScriptedReply::status_(410, "Gone"));
        const Webhook w = added(webhookFor(m_server->url()));
        startEngine();
        QSignalSpy disabled(m_engine.get(), &DeliveryEngine::webhookDisabled);
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 30000);
        QCOMPARE(disabled.first().at(0).value<QUuid>(), w.id);
        QString error;
        const auto stored = WebhookRepository(*m_db).find(w.id, &error);
        QVERIFY(stored);
        QVERIFY(!stored->enabled);
        QVERIFY2(stored->disabledReason.contains(QStringLiteral("410")),
                 qPrintable(stored->disabledReason));
        QCOMPARE(stateOf(*m_db, id), DeliveryState::Failed);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void aTimeoutIsRecordedInPlainWords()
    {
        ScriptedReply slow;
        slow.delayMs = 4000;
        m_server->answerAlways(slow);
        Webhook w = webhookFor(m_server->url());
        w.timeoutMs = 300;
        w.retrySchedule = {0};
        w = added(w);
        startEngine();
        QSignalSpy exhausted(m_engine.get(), &DeliveryEngine::deliveryExhausted);
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Exhausted, 30000);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.size(), 1);
        QCOMPARE(detail->attempts.first().attempt.responseStatus, 0);
        QCOMPARE(detail->attempts.first().attempt.error, QStringLiteral("Timed out after 300 ms"));
        QCOMPARE(detail->summary.delivery.lastError, QStringLiteral("Timed out after 300 ms"));
        QTRY_COMPARE_WITH_TIMEOUT(exhausted.size(), 1, 30000);
        QCOMPARE(exhausted.first().at(0).toString(), id);
    }

    void aRefusedConnectionIsRecordedInPlainWords()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Webhook w = webhookFor(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        w.retrySchedule = {0};
        w = added(w);
        startEngine();
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Exhausted, 30000);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.first().attempt.error, QStringLiteral("Connection refused"));
    }

    void redirectsAreNotFollowedByDefault()
    {
        ScriptedReply moved = ScriptedReply::status_(302, "Found");
        moved.headers = {{"Location", "/elsewhere"}};
        m_server->answerAlways(moved);
        Webhook w = webhookFor(m_server->url());
        w.retrySchedule = {0};
        w = added(w);
        startEngine();
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Exhausted, 30000);
        QCOMPARE(m_server->requestCount(), 1);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.first().attempt.responseStatus, 302);
        QVERIFY2(detail->attempts.first().attempt.error.contains(QStringLiteral("/elsewhere")),
                 qPrintable(detail->attempts.first().attempt.error));
    }

    void redirectsAreFollowedWhenAsked()
    {
        ScriptedReply moved = ScriptedReply::status_(307, "Temporary Redirect");
        moved.headers = {{"Location", "/elsewhere"}};
        m_server->answerWith([moved](const ReceivedRequest &r, int) {
            return r.path == "/hook" ? moved : ScriptedReply{};
        });
        Webhook w = webhookFor(m_server->url());
        w.followRedirects = true;
        w = added(w);
        startEngine();
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        // QNetworkAccessManager may resend the first request on a reused
        // connection; what counts is that the redirect was followed with
        // the same method and body, within one attempt.
        const QList<ReceivedRequest> got = m_server->requests();
        QCOMPARE(got.first().path, QByteArray("/hook"));
        QCOMPARE(got.last().path, QByteArray("/elsewhere"));
        QCOMPARE(got.last().method, QByteArray("POST"));
        QCOMPARE(got.last().body, got.first().body);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.size(), 1);
        QCOMPARE(detail->attempts.first().attempt.responseStatus, 200);
    }

    void aLargeResponseIsCutAtTheCap()
    {
        ScriptedReply big;
        big.body = QByteArray(200 * 1024, 'x');
        m_server->answerAlways(big);
        const Webhook w = added(webhookFor(m_server->url()));
        DeliveryEngineOptions options = fastOptions();
        options.responseBodyCap = 1000;
        startEngine(options);
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        const auto detail = detailOf(*m_db, id);
        QVERIFY(detail->attempts.first().attempt.responseTruncated);
        QCOMPARE(detail->attempts.first().attempt.responseBody, QByteArray(1000, 'x'));
    }

    void theConcurrencyLimitHolds()
    {
        ScriptedReply slow;
        slow.delayMs = 150;
        m_server->answerAlways(slow);
        Webhook w = webhookFor(m_server->url());
        w.maxConcurrency = 2;
        w = added(w);
        DeliveryEngineOptions options = fastOptions();
        options.workerCount = 2;
        startEngine(options);
        constexpr int kEvents = 8;
        for (int i = 0; i < kEvents; ++i)
            m_engine->sink().submit(eventOf(QStringLiteral("order.created")),
                                    [](const SubmitResult &) {});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), kEvents, 30000);
        QVERIFY2(m_server->maxConcurrent() <= 2,
                 qPrintable(QString::number(m_server->maxConcurrent())));
    }

    void theRateLimitSpacesRequests()
    {
        Webhook w = webhookFor(m_server->url());
        w.rateLimitPerSecond = 5;
        w.maxConcurrency = 10;
        w = added(w);
        startEngine();
        constexpr int kEvents = 6;
        for (int i = 0; i < kEvents; ++i)
            m_engine->sink().submit(eventOf(QStringLiteral("order.created")),
                                    [](const SubmitResult &) {});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), kEvents, 30000);
        const QList<ReceivedRequest> got = m_server->requests();
        // Five a second, one at a time: six requests span at least a second.
        const qint64 spanMs = (got.last().receivedAtNs - got.first().receivedAtNs) / 1000000;
        QVERIFY2(spanMs >= 900, qPrintable(QString::number(spanMs)));
    }

    void repeatedExhaustionDisablesTheWebhook()
    {
        m_server->answerAlways(ScriptedReply::status_(500, "Internal Server Error"));
        Webhook w = webhookFor(m_server->url());
        w.retrySchedule = {0};
        w.autoDisableAfterFailures = 2;
        w = added(w);
        startEngine();
        QSignalSpy disabled(m_engine.get(), &DeliveryEngine::webhookDisabled);
        QSignalSpy exhausted(m_engine.get(), &DeliveryEngine::deliveryExhausted);
        const QString first = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, first), DeliveryState::Exhausted, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(exhausted.size(), 1, 30000);
        QCOMPARE(disabled.size(), 0);
        submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 30000);
        QCOMPARE(exhausted.size(), 2);
        QString error;
        const auto stored = WebhookRepository(*m_db).find(w.id, &error);
        QVERIFY(!stored->enabled);
        QVERIFY2(stored->disabledReason.contains(QStringLiteral("2")),
                 qPrintable(stored->disabledReason));
    }
};

QTEST_GUILESS_MAIN(tst_Dispatcher)
#include "tst_dispatcher.moc"
