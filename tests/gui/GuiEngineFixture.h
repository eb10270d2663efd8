#pragma once

#include "LoopbackServer.h"

#include "core/Webhook.h"
#include "delivery/DeliveryEngine.h"
#include "payload/EventCatalog.h"
#include "secrets/MemorySecretStore.h"
#include "service/WebhookService.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "support/TestBackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace relais {

// What the Send test and deliveries log tests share: a temporary database,
// an in-memory keychain, a running engine and a loopback receiver.
class GuiEngineFixture
{
protected:
    static QByteArray signingSecret() { return QByteArrayLiteral("frappe-s3cr3t-value"); }
    static QString headerSecret() { return QStringLiteral("Bearer tok-abc-123"); }

    void setUpEngine()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_db = Database::open(test::testDatabaseUrl(*m_dir), &error);
        if (!m_db)
            qFatal("%s", qPrintable(error));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_catalog = std::make_unique<EventCatalog>();
        m_server = std::make_unique<LoopbackServer>();
        DeliveryEngineOptions options;
        options.workerCount = 1;
        options.pollInterval = std::chrono::milliseconds(100);
        options.stopTimeout = std::chrono::milliseconds(2000);
        m_engine = std::make_unique<DeliveryEngine>(*m_db, *m_secrets, options);
        m_engine->start();
    }

    void tearDownEngine()
    {
        // The receiver answers in this thread, which stop() blocks: close it
        // first so that a request still in flight fails at once.
        m_server.reset();
        m_engine.reset();
        m_catalog.reset();
        m_db.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    // A signed webhook with a secret header, listening to Sales Order events.
    Webhook storeWebhook(const QString &name, const QString &url)
    {
        Webhook w;
        w.name = name;
        w.url = url;
        w.eventPatterns = {QStringLiteral("Sales Order.on_submit"),
                           QStringLiteral("Sales Order.on_update_after_submit")};
        w.headers = {{QStringLiteral("Authorization"), headerSecret(), true},
                     {QStringLiteral("X-Relais-Source"), QStringLiteral("dokos"), false}};
        w.signing = SigningScheme::Frappe;
        w.retrySchedule = {3600};
        ServiceError error;
        if (!WebhookService(*m_db, *m_secrets).create(w, signingSecret(), &error))
            qFatal("%s", qPrintable(error.message));
        return w;
    }

    // Submits the catalog's sample of `type` as a source would.
    SubmitResult emitEvent(const QString &type)
    {
        const EventType *known = m_catalog->find(type);
        Event event = known ? known->sampleEvent() : Event();
        event.id = Event::newId();
        event.type = type;
        event.source = QStringLiteral("test");
        if (!event.occurredAt.isValid())
            event.occurredAt = QDateTime::currentDateTimeUtc();
        std::optional<SubmitResult> result;
        m_engine->sink().submit(event, [&result](const SubmitResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            qWarning("the event was not submitted in time");
        return result.value_or(SubmitResult());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<EventCatalog> m_catalog;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<DeliveryEngine> m_engine;
};

} // namespace relais
