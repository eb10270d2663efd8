#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"
#include "storage/AttemptRepository.h"

#include <QFile>
#include <QSqlQuery>

using namespace relais;
using namespace relais::test;

// What users do with deliveries besides emitting events: tests, redelivery,
// waiting for the keychain, stopping, retention, and the queries the CLI
// and the GUI list them with.
class tst_DeliveryOps final : public QObject
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

    QString deliver(const Webhook &w, const QJsonObject &data = {})
    {
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created"), data));
        if (!result || !result->accepted)
            return {};
        const QList<DeliverySummary> rows = deliveriesOf(*m_db, w.id);
        return rows.isEmpty() ? QString() : rows.first().delivery.id;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
        m_secrets.setLocked(false);
    }

    void cleanup()
    {
        m_engine.reset();
        m_server->stop();
        m_server.reset();
        m_db.reset();
    }

    void aLockedKeychainHoldsTheDeliveryUntilItIsUnlocked()
    {
        Webhook w = webhookFor(m_server->url());
        w.signing = SigningScheme::StandardWebhooks;
        const QString key = w.newSigningSecretKey();
        w.secrets = {{key, {}}};
        QVERIFY(m_secrets.write(key, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").ok());
        w = added(w);
        m_secrets.setLocked(true);
        startEngine();

        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::SecretUnavailable, 30000);
        const auto waiting = detailOf(*m_db, id);
        QVERIFY2(waiting->summary.delivery.lastError.contains(QStringLiteral("locked")),
                 qPrintable(waiting->summary.delivery.lastError));
        QVERIFY(waiting->attempts.isEmpty());
        QCOMPARE(m_server->requestCount(), 0); // never sent unsigned

        m_secrets.setLocked(false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_server->requests().first().header("webhook-signature").startsWith("v1,"));
        QCOMPARE(detailOf(*m_db, id)->attempts.size(), 1);
    }

    void aTestIsSentAtOnceAndItsAttemptReturned()
    {
        Webhook w = webhookFor(m_server->url());
        w.enabled = false; // tests go out whatever the switch says
        w.eventPatterns = {QStringLiteral("invoice.*")};
        w = added(w);
        startEngine();
        std::optional<TestResult> result;
        m_engine->sendTest(w, eventOf(QStringLiteral("order.created")),
                           [&result](const TestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->succeeded(), qPrintable(result->error));
        QCOMPARE(result->attempt.responseStatus, 200);
        QCOMPARE(result->attempt.trigger, AttemptTrigger::Test);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().header("webhook-id"), result->deliveryId.toUtf8());
        const auto detail = detailOf(*m_db, result->deliveryId);
        QVERIFY(detail);
        QVERIFY(detail->summary.delivery.test);
        QCOMPARE(detail->summary.delivery.state, DeliveryState::Succeeded);
        QCOMPARE(detail->attempts.size(), 1);
    }

    void aFailedTestIsNeverRetried()
    {
        m_server->answerAlways(ScriptedReply::status_(500, "Internal Server Error"));
        const Webhook w = added(webhookFor(m_server->url())); // schedule {0, 1}
        startEngine();
        std::optional<TestResult> result;
        m_engine->sendTest(w, eventOf(QStringLiteral("order.created")),
                           [&result](const TestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->sent);
        QVERIFY(!result->succeeded());
        QCOMPARE(result->attempt.responseStatus, 500);
        QVERIFY(result->error.contains(QStringLiteral("500")));
        QCOMPARE(stateOf(*m_db, result->deliveryId), DeliveryState::Failed);
        QTest::qWait(1500); // longer than the schedule's second entry
        QCOMPARE(m_server->requestCount(), 1);
    }

    void aTestNeedsTheDispatcher()
    {
        const Webhook w = added(webhookFor(m_server->url()));
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
        std::optional<TestResult> result;
        m_engine->sendTest(w, eventOf(QStringLiteral("order.created")),
                           [&result](const TestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->sent);
        QVERIFY(!result->error.isEmpty());
    }

    void redeliverySendsTheStoredSnapshot()
    {
        Webhook w = webhookFor(m_server->url());
        w.bodyMode = BodyMode::JsonTemplate;
        w.bodyTemplate = QStringLiteral("{\"order\": \"{{ doc.name }}\", \"n\": 1}");
        w = added(w);
        startEngine();
        const QString id = deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        const QByteArray firstBody = m_server->requests().first().body;
        QCOMPARE(firstBody, QByteArray("{\"order\": \"SO-1\", \"n\": 1}"));

        w.bodyTemplate = QStringLiteral("{\"changed\": true}");
        QString error;
        QVERIFY2(WebhookRepository(*m_db).update(w, &error), qPrintable(error));

        std::optional<int> count;
        m_engine->redeliver(id, [&count](int n, const QString &) { count = n; });
        QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 30000);
        QCOMPARE(*count, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 30000);
        QCOMPARE(m_server->requests().at(1).body, firstBody);
        QCOMPARE(m_server->requests().at(1).header("webhook-id"), id.toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(detailOf(*m_db, id)->attempts.size(), 2, 30000);
        const auto detail = detailOf(*m_db, id);
        QCOMPARE(detail->attempts.at(1).attempt.trigger, AttemptTrigger::Manual);
        QCOMPARE(detail->attempts.at(1).attempt.number, 2);
        QCOMPARE(detail->summary.delivery.state, DeliveryState::Succeeded);
    }

    void everyFailedDeliveryOfAWebhookCanBeRedelivered()
    {
        m_server->answerAlways(ScriptedReply::status_(503, "Unavailable"));
        Webhook w = webhookFor(m_server->url());
        w.retrySchedule = {0};
        w = added(w);
        const Webhook other =
            added(webhookFor(m_server->url(QStringLiteral("/other")), QStringLiteral("Other")));
        startEngine();
        for (int i = 0; i < 3; ++i)
            deliver(w);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DeliverySummary &s : deliveriesOf(*m_db, w.id)) {
                    if (s.delivery.state != DeliveryState::Exhausted)
                        return false;
                }
                return true;
            }(),
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesOf(*m_db, other.id).size() == 3, 30000);
        m_server->answerAlways(ScriptedReply{});
        std::optional<int> count;
        m_engine->redeliverFailed(w.id, QDateTime(),
                                  [&count](int n, const QString &) { count = n; });
        QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 30000);
        QCOMPARE(*count, 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DeliverySummary &s : deliveriesOf(*m_db, w.id)) {
                    if (s.delivery.state != DeliveryState::Succeeded)
                        return false;
                }
                return true;
            }(),
            30000);
        for (const DeliverySummary &s : deliveriesOf(*m_db, w.id))
            QCOMPARE(detailOf(*m_db, s.delivery.id)->attempts.last().attempt.trigger,
                     AttemptTrigger::Manual);
    }

    void stoppingFinishesWhatIsInFlightAndReleasesTheRest()
    {
        // stop() blocks this thread: the server answers from its own.
        ServerThread server;
        QVERIFY(server.start());
        ScriptedReply slow;
        slow.delayMs = 200;
        server->answerAlways(slow);
        Webhook w = webhookFor(server->url());
        w.maxConcurrency = 1;
        w = added(w);
        startEngine();
        constexpr int kEvents = 10;
        int accepted = 0;
        for (int i = 0; i < kEvents; ++i)
            m_engine->sink().submit(eventOf(QStringLiteral("order.created")),
                                    [&accepted](const SubmitResult &r) { accepted += r.accepted; });
        QTRY_COMPARE_WITH_TIMEOUT(accepted, kEvents, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(server->requestCount() >= 1, 30000);
        m_engine->stop();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE lease_owner IS NOT "
                                       "NULL OR state = 'delivering'")),
                 0);
        const int sentBeforeStop = server->requestCount();
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'")),
            sentBeforeStop);

        // Another dispatcher sends the rest; nothing goes twice.
        m_engine.reset();
        startEngine(fastOptions(QStringLiteral("test-2")));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'")),
            kEvents, 30000);
        const QHash<QByteArray, int> counts = server->countByWebhookId();
        QCOMPARE(counts.size(), kEvents);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void oldAttemptsArePurgedInBatches()
    {
        const Webhook w = added(webhookFor(m_server->url()));
        startEngine();
        for (int i = 0; i < 6; ++i)
            deliver(w);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")), 6,
                                  30000);
        m_engine.reset();
        const qint64 old = QDateTime::currentDateTimeUtc().addDays(-40).toMSecsSinceEpoch();
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")) == 6);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET started_at = %1 WHERE id IN (SELECT id "
                                      "FROM attempts ORDER BY id LIMIT 5)")
                           .arg(old)));
        QString error;
        const qint64 purged = AttemptRepository(*m_db).purgeOlderThan(
            QDateTime::currentDateTimeUtc().addDays(-30), 2, &error);
        QCOMPARE(purged, 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")), 1);

        // The engine purges on its own too.
        QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET started_at = %1").arg(old)));
        DeliveryEngineOptions options = fastOptions();
        options.retentionDays = 30;
        startEngine(options);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM attempts")), 0,
                                  30000);
        // The deliveries keep their last outcome.
        QCOMPARE(deliveriesOf(*m_db, w.id).first().lastStatus, 200);
    }

    void theLogCanBeListedFilteredAndCounted()
    {
        const Webhook a =
            added(webhookFor(QStringLiteral("http://127.0.0.1:9/a"), QStringLiteral("A")));
        const Webhook b =
            added(webhookFor(QStringLiteral("http://127.0.0.1:9/b"), QStringLiteral("B")));
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions()); // not started
        for (int i = 0; i < 3; ++i)
            QVERIFY(submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created"))));
        QString error;
        DeliveryRepository repo(*m_db);
        const QueueDepth depth = repo.queueDepth(QDateTime::currentDateTimeUtc(), &error);
        QCOMPARE(depth.due, 6);
        QCOMPARE(depth.waiting, 6);
        QCOMPARE(depth.delivering, 0);

        DeliveryFilter onlyA;
        onlyA.webhookId = a.id;
        const QList<DeliverySummary> rows = repo.list(onlyA, &error);
        QCOMPARE(rows.size(), 3);
        for (const DeliverySummary &s : rows) {
            QCOMPARE(s.delivery.webhookId, a.id);
            QCOMPARE(s.webhookName, QStringLiteral("A"));
            QCOMPARE(s.eventType, QStringLiteral("order.created"));
            QVERIFY(s.delivery.request.body.isEmpty()); // lists leave the body out
        }
        QVERIFY(rows.at(0).delivery.createdAt >= rows.at(2).delivery.createdAt);

        DeliveryFilter limited;
        limited.limit = 4;
        QCOMPARE(repo.list(limited, &error).size(), 4);
        DeliveryFilter succeeded;
        succeeded.state = DeliveryState::Succeeded;
        QCOMPARE(repo.list(succeeded, &error).size(), 0);
        DeliveryFilter future;
        future.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(repo.list(future, &error).size(), 0);
        QVERIFY(error.isEmpty());
        Q_UNUSED(b);
    }
};

QTEST_GUILESS_MAIN(tst_DeliveryOps)
#include "tst_deliveryops.moc"
