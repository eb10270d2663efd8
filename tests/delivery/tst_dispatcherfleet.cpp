#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "secrets/MemorySecretStore.h"
#include "storage/DispatcherRepository.h"

#include <QProcess>
#include <QSqlQuery>

#include <array>

using namespace relais;
using namespace relais::test;

// A team's setup: three dispatcher processes (stand-ins for three
// `relaisctl serve`) share one database's queue; one is killed with SIGKILL
// half-way. Every event is delivered, each attempt names the process that
// sent it, and no delivery is ever in flight in two processes at once.
class tst_DispatcherFleet final : public QObject
{
    Q_OBJECT

    static int scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void threeDispatchersOneKilledEveryEventDeliveredNeverTwiceAtOnce()
    {
        // 10,000 events on PostgreSQL, the team database; fewer on SQLite,
        // which runs the same code paths on one machine.
        const int events = onPostgres() ? 10000 : 2000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScriptedHttpServer server;
        QVERIFY(server.start());
        ScriptedReply reply;
        reply.delayMs = 2; // each request stays open a moment
        server.answerAlways(reply);

        auto db = openDatabase(dir);
        QVERIFY(db);
        Webhook w = webhookFor(server.url());
        w.maxConcurrency = 8;
        QVERIFY(insertWebhook(*db, w));
        const QString url = testDatabaseUrl(dir).toString();

        std::array<QProcess, 3> children;
        const QStringList ids = {QStringLiteral("fleet-1"), QStringLiteral("fleet-2"),
                                 QStringLiteral("fleet-3")};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(startEngineChild(children[i], url, ids[i]), qPrintable(ids[i]));

        // Events arrive while the dispatchers run, from a program that only
        // emits (like `relaisctl emit` or the intake endpoint).
        {
            MemorySecretStore secrets;
            DeliveryEngine emitter(*db, secrets, fastOptions(QStringLiteral("emitter")));
            int accepted = 0;
            for (int i = 0; i < events; ++i) {
                emitter.sink().submit(
                    eventOf(QStringLiteral("order.created")),
                    [&accepted](const SubmitResult &r) { accepted += r.accepted; });
                if (i % 500 == 499)
                    QTest::qWait(1); // lets the receiver answer meanwhile
            }
            QTRY_COMPARE_WITH_TIMEOUT(accepted, events, 120000);
        }

        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= events / 2, 180000);
        children[1].kill(); // SIGKILL: no chance to release its leases
        QVERIFY(children[1].waitForFinished(30000));
        const int seenAtKill = server.requestCount();
        QVERIFY2(seenAtKill < events, "everything was sent before the kill");

        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*db,
                   QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'")),
            events, 240000);
        for (int i : {0, 2}) {
            children[i].closeWriteChannel(); // a clean stop, as serve on SIGTERM
            QVERIFY(children[i].waitForFinished(30000));
            QCOMPARE(children[i].exitStatus(), QProcess::NormalExit);
            QCOMPARE(children[i].exitCode(), 0);
        }

        // Every event's delivery reached the receiver...
        const QHash<QByteArray, int> seen = server.countByWebhookId();
        QCOMPARE(seen.size(), events);
        int twice = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            twice += it.value() > 1 ? 1 : 0;
        // ... never twice at once ...
        QVERIFY2(server.overlappingWebhookIds().isEmpty(),
                 server.overlappingWebhookIds().value(0).constData());
        // ... and twice at all only when the killed process sent it but died
        // before its attempt was committed (in flight, or answered and still
        // in the writer's batch): the one recorded attempt is a survivor's,
        // sent after the lease expired. Receivers de-duplicate on webhook-id.
        {
            QSqlQuery recorded(db->connection());
            QVERIFY(
                recorded.exec(QStringLiteral("SELECT delivery_id, dispatcher_id FROM attempts")));
            QHash<QByteArray, QStringList> senders;
            while (recorded.next())
                senders[recorded.value(0).toString().toUtf8()] << recorded.value(1).toString();
            for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
                if (it.value() < 2)
                    continue;
                QVERIFY2(it.value() == 2, it.key().constData());
                const QStringList by = senders.value(it.key());
                QVERIFY2(
                    by.size() == 1 && by.first() != QStringLiteral("fleet-2"),
                    qPrintable(QString::fromUtf8(it.key()) + QLatin1Char(' ') + by.join(u',')));
            }
        }

        // ... and the attempts say which process sent what: all three sent
        // some, the killed one only before it died.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT dispatcher_id, COUNT(*) FROM attempts GROUP BY dispatcher_id")));
        QHash<QString, int> perDispatcher;
        while (q.next())
            perDispatcher.insert(q.value(0).toString(), q.value(1).toInt());
        qInfo() << "attempts per dispatcher:" << perDispatcher
                << "requests when killed:" << seenAtKill << "sent twice:" << twice;
        QCOMPARE(perDispatcher.size(), 3);
        for (const QString &id : ids)
            QVERIFY2(perDispatcher.value(id) > 0, qPrintable(id));
        QVERIFY(perDispatcher.value(ids[1]) <= seenAtKill);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE response_status "
                                            "= 200")),
                 events);

        // The attempts of one delivery never overlap in time, in the database either.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM attempts a JOIN attempts b ON a.delivery_id = b.delivery_id "
            "AND a.id < b.id WHERE b.started_at < a.started_at + a.duration_ms "
            "AND a.started_at < b.started_at + b.duration_ms")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // The heartbeats: the two stopped cleanly, the killed one went silent.
        QString error;
        int stopped = 0;
        for (const DispatcherInfo &d : DispatcherRepository::list(*db, &error)) {
            if (!ids.contains(d.id))
                continue;
            QVERIFY(d.pid > 0);
            stopped += d.stoppedAt.isValid() ? 1 : 0;
            if (d.id == ids[1])
                QVERIFY(!d.stoppedAt.isValid());
        }
        QCOMPARE(stopped, 2);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_DispatcherFleet)
#include "tst_dispatcherfleet.moc"
