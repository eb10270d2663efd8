#include "RouteRenderer.h"

#include "DeliveryLogging.h"
#include "RequestBuilder.h"
#include "StoreWriter.h"

#include "payload/FieldEncryptor.h"
#include "payload/PayloadEngine.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/WebhookRepository.h"

#include <QMutexLocker>
#include <QSqlQuery>

namespace relais {

RouteRenderer::RouteRenderer(const Database &db, SecretStore &secrets, StoreWriter &writer,
                             RouteJob::Context context, int maxBatch)
    : m_db(db)
    , m_secrets(secrets)
    , m_writer(writer)
    , m_maxBatch(qMax(1, maxBatch))
    , m_context(std::move(context))
{}

RouteRenderer::~RouteRenderer() = default;

void RouteRenderer::submit(Request request)
{
    QMutexLocker lock(&m_mutex);
    m_inbox.push_back(std::move(request));
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(this, &RouteRenderer::drain, Qt::QueuedConnection);
    }
}

void RouteRenderer::setContext(RouteJob::Context context)
{
    QMutexLocker lock(&m_mutex);
    m_context = std::move(context);
}

void RouteRenderer::drainAll()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_inbox.empty())
                return;
        }
        drain();
    }
}

void RouteRenderer::shutdown()
{
    drainAll();
    m_webhooks.clear();
    m_builder.reset();
    m_encryptor.reset();
    m_engine.reset();
    // Not left to the thread's end, which may come after main() returned.
    m_db.closeThreadConnection();
}

void RouteRenderer::refreshWebhooks()
{
    // A cheap look first: the whole list is read again only when a webhook
    // was added, changed or removed.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), MAX(updated_at) FROM webhooks")) || !q.next()) {
        qCWarning(lcDelivery) << "Cannot read the webhooks:" << sqlvalue::errorText(q.lastError());
        return;
    }
    const QPair<qint64, qint64> stamp{q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    if (stamp == m_webhooksStamp)
        return;
    QString error;
    const QList<Webhook> all = WebhookRepository(m_db).list(&error);
    if (!error.isEmpty()) {
        qCWarning(lcDelivery) << "Cannot read the webhooks:" << error;
        return;
    }
    m_webhooks.clear();
    for (const Webhook &w : all)
        m_webhooks << std::make_shared<const Webhook>(w);
    m_webhooksStamp = stamp;
}

RouteTarget RouteRenderer::target(const Webhook &webhook,
                                  const std::shared_ptr<const Webhook> &shared, const Event &event,
                                  bool test)
{
    RouteTarget t;
    t.webhook = shared;
    Delivery &d = t.delivery;
    d.id = Delivery::newId();
    d.eventId = event.id;
    d.webhookId = webhook.id;
    d.test = test;
    d.state = DeliveryState::Pending;
    const auto fail = [&](const QString &message) {
        t.rendered = false;
        d.state = DeliveryState::Failed;
        d.request = RequestSnapshot{methodName(webhook.method), webhook.url, {}, {}};
        d.lastError = message;
        return t;
    };
    PayloadError error;
    if (!m_builder->render(webhook, event, &d.request, &error)) {
        return fail(
            tr("The %1 could not be rendered: %2").arg(error.partLabel(), error.toString()));
    }
    if (webhook.encryptFields.isEmpty())
        return t;
    if (!m_encryptor)
        m_encryptor = std::make_unique<FieldEncryptor>();
    QByteArray encrypted;
    QString encryptError;
    if (!m_encryptor->encrypt(d.request.body, webhook.encryptFields, webhook.encryptionPublicKey,
                              &encrypted, &encryptError)) {
        // The clear body is dropped with the rest of the snapshot.
        return fail(tr("The body could not be encrypted: %1").arg(encryptError));
    }
    d.request.body = encrypted;
    return t;
}

RoutedEvent RouteRenderer::route(const Request &request)
{
    RoutedEvent routed;
    routed.event = request.event;
    routed.ticket = request.ticket;
    if (request.testWebhook) {
        routed.test = true;
        const auto shared = std::make_shared<const Webhook>(*request.testWebhook);
        routed.targets << target(*shared, shared, routed.event, true);
        return routed;
    }
    for (const std::shared_ptr<const Webhook> &w : std::as_const(m_webhooks)) {
        if (!w->enabled || w->needsSecret)
            continue;
        const MatchResult match = m_engine->match(*w, routed.event);
        if (match.error) {
            RouteTarget t;
            t.webhook = w;
            t.rendered = false;
            Delivery &d = t.delivery;
            d.id = Delivery::newId();
            d.eventId = routed.event.id;
            d.webhookId = w->id;
            d.state = DeliveryState::Failed;
            d.request = RequestSnapshot{methodName(w->method), w->url, {}, {}};
            d.lastError =
                tr("The condition could not be evaluated: %1").arg(match.error->toString());
            routed.targets << t;
            continue;
        }
        if (match.matched)
            routed.targets << target(*w, w, routed.event, false);
    }
    return routed;
}

void RouteRenderer::drain()
{
    std::deque<Request> batch;
    RouteJob::Context context;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_inbox.empty() && int(batch.size()) < m_maxBatch) {
            batch.push_back(std::move(m_inbox.front()));
            m_inbox.pop_front();
        }
        context = m_context;
    }
    if (!batch.empty()) {
        if (!m_engine) {
            m_engine = std::make_unique<PayloadEngine>();
            m_builder = std::make_unique<RequestBuilder>(*m_engine, m_secrets);
        }
        refreshWebhooks();
        QList<RoutedEvent> routed;
        routed.reserve(qsizetype(batch.size()));
        for (const Request &r : batch)
            routed << route(r);
        m_writer.enqueue(std::make_unique<RouteJob>(std::move(routed), context));
    }
    QMutexLocker lock(&m_mutex);
    m_drainPosted = false;
    if (!m_inbox.empty()) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(this, &RouteRenderer::drain, Qt::QueuedConnection);
    }
}

} // namespace relais
