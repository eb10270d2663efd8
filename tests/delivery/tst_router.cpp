#include "EngineTestSupport.h"

#include "payload/DefaultEnvelope.h"
#include "secrets/MemorySecretStore.h"
#include "storage/EventRepository.h"

using namespace relais;
using namespace relais::test;

class tst_Router final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<DeliveryEngine> m_engine;

    Webhook added(Webhook w)
    {
        [&] {
            QVERIFY(insertWebhook(*m_db, w));
        }();
        return w;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        // Not started: deliveries stay pending in the database.
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
    }

    void cleanup()
    {
        m_engine.reset();
        m_db.reset();
    }

    void anEventIsStoredBeforeItIsAccepted()
    {
        added(webhookFor(QStringLiteral("http://127.0.0.1:9/hook")));
        bool storedWhenAccepted = false;
        std::optional<SubmitResult> result;
        const Database &db = *m_db;
        m_engine->sink().submit(
            eventOf(QStringLiteral("order.created"), {}, QStringLiteral("evt_a")),
            [&](const SubmitResult &r) {
                QString error;
                storedWhenAccepted = EventRepository(db).find(r.eventId, &error).has_value();
                result = r;
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->accepted, qPrintable(result->error));
        QVERIFY(!result->duplicate);
        QCOMPARE(result->eventId, QStringLiteral("evt_a"));
        QVERIFY(storedWhenAccepted);
    }

    void eachMatchingEnabledWebhookGetsOneDeliveryWithItsSnapshot()
    {
        const Webhook a =
            added(webhookFor(QStringLiteral("http://127.0.0.1:9/a"), QStringLiteral("A")));
        Webhook disabled = webhookFor(QStringLiteral("http://127.0.0.1:9/b"), QStringLiteral("B"));
        disabled.enabled = false;
        disabled = added(disabled);
        Webhook needsSecret =
            webhookFor(QStringLiteral("http://127.0.0.1:9/c"), QStringLiteral("C"));
        needsSecret.needsSecret = true;
        needsSecret = added(needsSecret);
        Webhook other = webhookFor(QStringLiteral("http://127.0.0.1:9/d"), QStringLiteral("D"));
        other.eventPatterns = {QStringLiteral("invoice.*")};
        other = added(other);

        const Event e = eventOf(QStringLiteral("order.created"), {}, QStringLiteral("evt_b"));
        const auto result = submitAndWait(m_engine->sink(), e);
        QVERIFY(result && result->accepted);
        QCOMPARE(result->matchedWebhooks, QStringList{QStringLiteral("A")});

        const QList<DeliverySummary> rows = deliveriesOf(*m_db);
        QCOMPARE(rows.size(), 1);
        const auto detail = detailOf(*m_db, rows.first().delivery.id);
        QVERIFY(detail);
        const Delivery &d = detail->summary.delivery;
        QCOMPARE(d.webhookId, a.id);
        QCOMPARE(d.eventId, QStringLiteral("evt_b"));
        QVERIFY(d.id.startsWith(QStringLiteral("msg_")));
        QCOMPARE(d.state, DeliveryState::Pending);
        QVERIFY(d.nextAttemptAt.isValid());
        QCOMPARE(d.request.method, QStringLiteral("POST"));
        QCOMPARE(d.request.url, QStringLiteral("http://127.0.0.1:9/a"));
        QVERIFY(d.request.body.contains("\"id\":\"evt_b\""));
        QVERIFY(d.request.body.contains("\"type\":\"order.created\""));
        QCOMPARE(detail->summary.eventType, QStringLiteral("order.created"));
        QVERIFY(detail->attempts.isEmpty());
    }

    void headersSurviveStorageExactly()
    {
        Webhook w = webhookFor(QStringLiteral("http://127.0.0.1:9/a"));
        const QString tricky = QStringLiteral("\"quoted\" back\\slash été 東京 {}[],:");
        w.headers = {{QStringLiteral("X-Tricky"), tricky, false}};
        w = added(w);
        QVERIFY(submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created"))));
        const auto d = detailOf(*m_db, deliveriesOf(*m_db, w.id).value(0).delivery.id);
        QVERIFY(d);
        QByteArray stored;
        for (const auto &[name, value] : d->summary.delivery.request.headers) {
            if (name == "X-Tricky")
                stored = value;
        }
        QCOMPARE(QString::fromUtf8(stored), tricky);
    }

    void aConditionErrorGivesAVisibleFailedDelivery()
    {
        Webhook w = webhookFor(QStringLiteral("http://127.0.0.1:9/a"));
        w.condition = QStringLiteral("doc.customer.name == \"x\"");
        w = added(w);
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        QVERIFY(result && result->accepted);
        QCOMPARE(result->matchedWebhooks, QStringList{w.name});

        const QList<DeliverySummary> rows = deliveriesOf(*m_db, w.id);
        QCOMPARE(rows.size(), 1);
        const DeliverySummary &s = rows.first();
        QCOMPARE(s.delivery.state, DeliveryState::Failed);
        QVERIFY(!s.rendered);
        QVERIFY(!s.delivery.nextAttemptAt.isValid());
        QVERIFY2(s.delivery.lastError.contains(QStringLiteral("condition")),
                 qPrintable(s.delivery.lastError));
        QVERIFY2(s.delivery.lastError.contains(QStringLiteral("customer")) ||
                     s.delivery.lastError.contains(QStringLiteral("undefined")),
                 qPrintable(s.delivery.lastError));
    }

    void aTemplateErrorGivesAVisibleFailedDelivery()
    {
        Webhook w = webhookFor(QStringLiteral("http://127.0.0.1:9/a"));
        w.bodyMode = BodyMode::JsonTemplate;
        w.bodyTemplate = QStringLiteral("{ \"total\": {{ doc.lines.length }} }");
        w = added(w);
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        QVERIFY(result && result->accepted);
        const QList<DeliverySummary> rows = deliveriesOf(*m_db, w.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().delivery.state, DeliveryState::Failed);
        QVERIFY2(rows.first().delivery.lastError.contains(QStringLiteral("body")),
                 qPrintable(rows.first().delivery.lastError));
        // Nothing to send: a redelivery leaves it alone.
        QString error;
        QCOMPARE(DeliveryRepository(*m_db).redeliver(rows.first().delivery.id,
                                                     QDateTime::currentDateTimeUtc(), &error),
                 0);
    }

    void aDuplicateEventIdIsReportedAndChangesNothing()
    {
        const Webhook w = added(webhookFor(QStringLiteral("http://127.0.0.1:9/a")));
        const Event e = eventOf(QStringLiteral("order.created"), {}, QStringLiteral("evt_dup"));
        const auto first = submitAndWait(m_engine->sink(), e);
        QVERIFY(first && first->accepted && !first->duplicate);
        Event again = e;
        again.data = QJsonObject{{QStringLiteral("name"), QStringLiteral("changed")}};
        const auto second = submitAndWait(m_engine->sink(), again);
        QVERIFY(second);
        QVERIFY(second->accepted);
        QVERIFY(second->duplicate);
        QVERIFY(second->matchedWebhooks.isEmpty());
        QCOMPARE(deliveriesOf(*m_db, w.id).size(), 1);
        QString error;
        QCOMPARE(EventRepository(*m_db).find(QStringLiteral("evt_dup"), &error)->data, e.data);
    }

    void eventsWithoutIdOrTypeAreHandled()
    {
        added(webhookFor(QStringLiteral("http://127.0.0.1:9/a")));
        const auto generated = submitAndWait(m_engine->sink(), eventOf(QStringLiteral("x.y")));
        QVERIFY(generated && generated->accepted);
        QVERIFY(generated->eventId.startsWith(QStringLiteral("evt_")));
        const auto untyped = submitAndWait(m_engine->sink(), eventOf(QString()));
        QVERIFY(untyped);
        QVERIFY(!untyped->accepted);
        QVERIFY(!untyped->error.isEmpty());
    }

    void manyEventsShareCommits()
    {
        const Webhook w = added(webhookFor(QStringLiteral("http://127.0.0.1:9/a")));
        const qint64 before = m_engine->commitsSoFar();
        constexpr int kEvents = 300;
        int accepted = 0;
        for (int i = 0; i < kEvents; ++i) {
            m_engine->sink().submit(eventOf(QStringLiteral("order.created")),
                                    [&accepted](const SubmitResult &r) { accepted += r.accepted; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(accepted, kEvents, 60000);
        QCOMPARE(deliveriesOf(*m_db, w.id).size(), kEvents);
        const qint64 commits = m_engine->commitsSoFar() - before;
        QVERIFY2(commits < kEvents, qPrintable(QString::number(commits)));
    }
};

QTEST_GUILESS_MAIN(tst_Router)
#include "tst_router.moc"
