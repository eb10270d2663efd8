#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

using namespace relais;
using namespace relais::test;

// A dispatcher process killed in the middle of its work (SIGKILL: no
// chance to clean up) loses nothing: once its leases expire another
// process claims what it held, and every event is delivered.
class tst_CrashRecovery final : public QObject
{
    Q_OBJECT

private:
private Q_SLOTS:
    void aKilledDispatcherLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScriptedHttpServer server;
        QVERIFY(server.start());
        ScriptedReply slowish;
        slowish.delayMs = 15;
        server.answerAlways(slowish);

        auto db = openDatabase(dir);
        QVERIFY(db);
        Webhook w = webhookFor(server.url());
        w.maxConcurrency = 4;
        QVERIFY(insertWebhook(*db, w));

        constexpr int kEvents = 300;
        {
            MemorySecretStore secrets;
            DeliveryEngine emitter(*db, secrets, fastOptions(QStringLiteral("emitter")));
            int accepted = 0;
            for (int i = 0; i < kEvents; ++i)
                emitter.sink().submit(
                    eventOf(QStringLiteral("order.created")),
                    [&accepted](const SubmitResult &r) { accepted += r.accepted; });
            QTRY_COMPARE_WITH_TIMEOUT(accepted, kEvents, 60000);
        }
        QSet<QByteArray> deliveryIds;
        for (const DeliverySummary &s : deliveriesOf(*db, w.id))
            deliveryIds.insert(s.delivery.id.toUtf8());
        QCOMPARE(deliveryIds.size(), kEvents);

        const QString path = testDatabaseUrl(dir).toString();
        QProcess first;
        QVERIFY2(startEngineChild(first, path, QStringLiteral("child-1")),
                 "the first child did not start");
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= kEvents / 4, 60000);
        first.kill(); // SIGKILL, mid-batch
        QVERIFY(first.waitForFinished(30000));
        const int seenAtKill = server.requestCount();
        QVERIFY2(seenAtKill < kEvents, "the first child finished before it could be killed");

        QProcess second;
        QVERIFY2(startEngineChild(second, path, QStringLiteral("child-2")),
                 "the second child did not start");
        const auto succeeded = [&] {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(succeeded(), kEvents, 120000);
        second.kill();
        QVERIFY(second.waitForFinished(30000));

        const QHash<QByteArray, int> seen = server.countByWebhookId();
        for (const QByteArray &id : std::as_const(deliveryIds))
            QVERIFY2(seen.value(id) >= 1, id.constData());
        int twice = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            twice += it.value() > 1 ? 1 : 0;
        qInfo() << "requests seen when killed:" << seenAtKill << "sent twice:" << twice;
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
