#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"

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
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_TwoDispatchers)
#include "tst_twodispatchers.moc"
