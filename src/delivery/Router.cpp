#include "Router.h"

#include "RouteRenderer.h"

#include "storage/SqlSupport.h"

#include <QPointer>

namespace relais {

namespace {

Event normalised(Event e)
{
    if (e.id.trimmed().isEmpty())
        e.id = Event::newId();
    if (!e.occurredAt.isValid())
        e.occurredAt = sqlvalue::nowUtc();
    return e;
}

} // namespace

Router::Router(const Database &db, SecretStore &secrets, StoreWriter &writer, int maxBatch,
               QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("relais-router"));
    m_renderer = new RouteRenderer(db, secrets, writer, context(), maxBatch);
    m_renderer->moveToThread(&m_thread);
    m_thread.start();
}

Router::~Router()
{
    QMetaObject::invokeMethod(m_renderer, &RouteRenderer::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_renderer;
}

RouteJob::Context Router::context()
{
    RouteJob::Context c;
    c.queue = m_queue;
    c.dispatcherId = m_dispatcherId;
    c.leaseDuration = m_leaseDuration;
    c.wakeClaimer = m_wakeClaimer;
    QPointer<Router> self(this);
    c.deliver = [self](QList<RouteResult> results) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, results = std::move(results)] {
                if (self)
                    self->deliver(results);
            },
            Qt::QueuedConnection);
    };
    return c;
}

void Router::setDispatch(DispatchQueue *queue, const QString &dispatcherId,
                         std::chrono::milliseconds leaseDuration, std::function<void()> wakeClaimer)
{
    m_queue = queue;
    m_dispatcherId = dispatcherId;
    m_leaseDuration = leaseDuration;
    m_wakeClaimer = std::move(wakeClaimer);
    m_renderer->setContext(context());
}

void Router::submit(const Event &event, std::function<void(const SubmitResult &)> done)
{
    const Event e = normalised(event);
    if (e.type.trimmed().isEmpty()) {
        SubmitResult r;
        r.eventId = e.id;
        r.error = tr("The event has no type.");
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    const quint64 ticket = ++m_lastTicket;
    m_done.insert(ticket, std::move(done));
    m_renderer->submit({e, ticket, std::nullopt});
}

quint64 Router::submitTest(const Webhook &webhook, const Event &event,
                           std::function<void(const RouteResult &)> done)
{
    Event e = normalised(event);
    if (e.source.isEmpty())
        e.source = QStringLiteral("test");
    const quint64 ticket = ++m_lastTicket;
    m_testDone.insert(ticket, std::move(done));
    m_renderer->submit({e, ticket, webhook});
    return ticket;
}

void Router::waitRouted()
{
    QMetaObject::invokeMethod(m_renderer, &RouteRenderer::drainAll, Qt::BlockingQueuedConnection);
}

void Router::deliver(const QList<RouteResult> &results)
{
    for (const RouteResult &r : results) {
        if (r.test) {
            if (auto done = m_testDone.take(r.ticket))
                done(r);
        } else if (auto done = m_done.take(r.ticket)) {
            done(r.submit);
        }
    }
}

} // namespace relais
