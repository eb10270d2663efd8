#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"
#include "storage/DatabaseListener.h"
#include "storage/DispatcherRepository.h"

#include <QSqlQuery>

using namespace relais;
using namespace relais::test;

// Two dispatchers on one database (the GUI and `relaisctl serve`, say):
// leases make each delivery go out exactly once.
class tst_TwoDispatchers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeliveryIsSentExactlyOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScriptedHttpServer server;
        QVERIFY(server.start());
        MemorySecretStore secrets;

        auto dbA = openDatabase(dir);
        auto dbB = openDatabase(dir);
        auto dbC = openDatabase(dir);
        QVERIFY(dbA && dbB && dbC);
        Webhook w = webhookFor(server.url());
        w.maxConcurrency = 8;
        QVERIFY(insertWebhook(*dbA, w));

        DeliveryEngineOptions a = fastOptions(QStringLiteral("dispatcher-a"));
        a.claimBatchSize = 10;
        a.handoffLimit = 20;
        DeliveryEngineOptions b = a;
        b.dispatcherId = QStringLiteral("dispatcher-b");
        DeliveryEngine engineA(*dbA, secrets, a);
        DeliveryEngine engineB(*dbB, secrets, b);
        // A third program only emits (like `relaisctl emit`): its
        // deliveries wait in the database for whichever dispatcher claims them.
        DeliveryEngine emitter(*dbC, secrets, fastOptions(QStringLiteral("emitter")));
        engineA.start();
        engineB.start();

        constexpr int kEvents = 200;
        int accepted = 0;
        const auto count = [&accepted](const SubmitResult &r) {
            accepted += r.accepted;
        };
        for (int i = 0; i < kEvents; ++i) {
            EventSink &sink = i % 4 == 0   ? engineA.sink()
                              : i % 4 == 1 ? engineB.sink()
                                           : emitter.sink();
            sink.submit(eventOf(QStringLiteral("order.created")), count);
        }
        QTRY_COMPARE_WITH_TIMEOUT(accepted, kEvents, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), kEvents, 120000);

        const auto succeeded = [&] {
            QSqlQuery q(dbC->connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(succeeded(), kEvents, 60000);
        engineA.stop();
        engineB.stop();

        const QHash<QByteArray, int> perDelivery = server.countByWebhookId();
        QCOMPARE(perDelivery.size(), kEvents);
        for (auto it = perDelivery.cbegin(); it != perDelivery.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());
        QCOMPARE(server.requestCount(), kEvents);

        QSqlQuery q(dbC->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT dispatcher_id, COUNT(*) FROM attempts GROUP BY dispatcher_id")));
        int attempts = 0;
        while (q.next()) {
            qInfo() << q.value(0).toString() << "sent" << q.value(1).toInt();
            attempts += q.value(1).toInt();
        }
        QCOMPARE(attempts, kEvents);

        // Both said they were alive, and that they stopped.
        QString error;
        const QList<DispatcherInfo> dispatchers = DispatcherRepository::list(*dbC, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList ids;
        for (const DispatcherInfo &d : dispatchers) {
            ids << d.id;
            QCOMPARE(d.pid, QCoreApplication::applicationPid());
            QVERIFY(d.stoppedAt.isValid());
            QVERIFY(!d.isRunning(QDateTime::currentDateTimeUtc(), std::chrono::minutes(1)));
        }
        ids.sort();
        QCOMPARE(ids,
                 QStringList({QStringLiteral("dispatcher-a"), QStringLiteral("dispatcher-b")}));
        server.stop();
    }

    void aRunningDispatcherKeepsItsHeartbeat()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        QVERIFY(db);
        MemorySecretStore secrets;
        DeliveryEngineOptions o = fastOptions(QStringLiteral("beating"));
        o.heartbeatInterval = std::chrono::milliseconds(100);
        DeliveryEngine engine(*db, secrets, o);
        engine.start();
        const auto beatOf = [&] {
            QString error;
            const QList<DispatcherInfo> all = DispatcherRepository::list(*db, &error);
            return all.isEmpty() ? DispatcherInfo() : all.first();
        };
        QTRY_VERIFY_WITH_TIMEOUT(beatOf().heartbeatAt.isValid(), 10000);
        const DispatcherInfo first = beatOf();
        QCOMPARE(first.id, QStringLiteral("beating"));
        QVERIFY(first.isRunning(QDateTime::currentDateTimeUtc(), std::chrono::seconds(30)));
        QTRY_VERIFY_WITH_TIMEOUT(beatOf().heartbeatAt > first.heartbeatAt, 10000);
        QCOMPARE(beatOf().startedAt, first.startedAt);
        engine.stop();
        QVERIFY(beatOf().stoppedAt.isValid());
    }

    // On PostgreSQL a dispatcher hears at once that another program stored
    // work (LISTEN/NOTIFY), instead of at its next poll.
    void newWorkWakesAnotherDispatcherAtOnce()
    {
        if (!onPostgres())
            QSKIP("SQLite has no notifications; dispatchers poll");
        QTemporaryDir dir;
        ScriptedHttpServer server;
        QVERIFY(server.start());
        MemorySecretStore secrets;
        auto dbSender = openDatabase(dir);
        auto dbEmitter = openDatabase(dir);
        QVERIFY(dbSender && dbEmitter);
        Webhook w = webhookFor(server.url());
        QVERIFY(insertWebhook(*dbSender, w));

        DeliveryEngineOptions slow = fastOptions(QStringLiteral("sender"));
        slow.pollInterval = std::chrono::minutes(10); // only a notification can wake it
        DeliveryEngine sender(*dbSender, secrets, slow);
        DeliveryEngine emitter(*dbEmitter, secrets, fastOptions(QStringLiteral("emitter")));
        sender.start();
        QTest::qWait(300); // its first claim found nothing

        // The log's listener hears every commit, too.
        DatabaseListener logListener(*dbEmitter, DatabaseListener::Changes);
        QVERIFY(logListener.start());
        QSignalSpy changed(&logListener, &DatabaseListener::changed);

        for (int round = 0; round < 3; ++round) {
            QElapsedTimer clock;
            clock.start();
            QVERIFY(submitAndWait(emitter.sink(), eventOf(QStringLiteral("order.created"))));
            QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), round + 1, 5000);
            qInfo() << "emitted to delivered by the other dispatcher:" << clock.elapsed() << "ms";
        }
        QVERIFY(!changed.isEmpty());
        sender.stop();
        server.stop();
    }

    // The listener's connection is cut (a server restart, a network drop):
    // it notices, listens again, and says so, since it may have missed some.
    void aListenerReconnectsAfterItsConnectionIsCut()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL only");
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        QVERIFY(db);
        DatabaseListener listener(*db, DatabaseListener::Changes | DatabaseListener::Work);
        listener.setCheckInterval(std::chrono::milliseconds(200));
        QVERIFY(listener.start());
        QSignalSpy changed(&listener, &DatabaseListener::changed);
        QSignalSpy work(&listener, &DatabaseListener::workStored);

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> "
                                      "pg_backend_pid() AND query LIKE 'LISTEN%'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        // The catch-up signals after listening again.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !work.isEmpty(), 10000);
        QVERIFY(listener.isListening());

        // And it hears new commits again.
        changed.clear();
        QVERIFY(q.exec(QStringLiteral("SELECT pg_notify('relais_changes', '')")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_TwoDispatchers)
#include "tst_twodispatchers.moc"
