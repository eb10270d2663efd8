#include "RouteJob.h"

#include "DispatchQueue.h"

#include "storage/DeliveryRepository.h"
#include "storage/EventRepository.h"

namespace relais {

RouteJob::RouteJob(QList<RoutedEvent> events, Context context)
    : m_events(std::move(events))
    , m_context(std::move(context))
{}

int RouteJob::rows() const
{
    int rows = 0;
    for (const RoutedEvent &e : m_events)
        rows += 1 + int(e.targets.size());
    return rows;
}

bool RouteJob::apply(PreparedStatements &sql, const QDateTime &now, QString *error)
{
    m_inserted.clear();
    int sendable = 0;
    for (const RoutedEvent &e : std::as_const(m_events)) {
        for (const RouteTarget &t : e.targets)
            sendable += (t.rendered && !e.test) ? 1 : 0;
    }
    m_handoff = sendable > 0 && m_context.queue && m_context.queue->acceptsHandoff(sendable);
    m_storedDueWork = sendable > 0 && !m_handoff;
    m_testsQueued = m_context.queue && m_context.queue->isOpen();
    const QDateTime leaseUntil = now.addMSecs(m_context.leaseDuration.count());

    for (const RoutedEvent &e : std::as_const(m_events)) {
        bool inserted = false;
        if (!EventRepository::insertIfNew(sql, e.event, now, &inserted, error))
            return false;
        m_inserted << inserted;
        if (!inserted && !e.test)
            continue; // a duplicate: nothing new
        for (const RouteTarget &t : e.targets) {
            if (e.test && !m_testsQueued)
                continue; // nothing would send it
            Delivery d = t.delivery;
            d.createdAt = now;
            d.nextAttemptAt = t.rendered ? now : QDateTime();
            const bool leased = t.rendered && (e.test || m_handoff);
            if (!DeliveryRepository::insert(sql, d, t.rendered,
                                            leased ? m_context.dispatcherId : QString(), leaseUntil,
                                            now, error))
                return false;
        }
    }
    return true;
}

void RouteJob::committed(bool ok, const QString &error)
{
    QList<RouteResult> results;
    QList<DispatchJob> jobs;
    bool storedPending = false;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const RoutedEvent &e = m_events.at(i);
        RouteResult r;
        r.ticket = e.ticket;
        r.test = e.test;
        r.submit.eventId = e.event.id;
        r.submit.accepted = ok;
        if (!ok) {
            r.submit.error = error;
            r.testError = error;
            results << r;
            continue;
        }
        const bool inserted = m_inserted.value(i);
        r.submit.duplicate = !inserted && !e.test;
        if (r.submit.duplicate) {
            results << r;
            continue;
        }
        for (const RouteTarget &t : e.targets) {
            r.submit.matchedWebhooks << t.webhook->name;
            if (e.test) {
                r.testDeliveryId = t.delivery.id;
                if (!t.rendered)
                    r.testError = t.delivery.lastError;
                else if (!m_testsQueued)
                    r.testError = tr("The dispatcher is not running; start it to send tests.");
                r.testQueued = t.rendered && m_testsQueued;
            }
            if (!t.rendered || (e.test && !m_testsQueued))
                continue;
            if (!e.test && !m_handoff) {
                storedPending = true;
                continue;
            }
            DispatchJob job;
            job.deliveryId = t.delivery.id;
            job.webhook = t.webhook;
            job.request = t.delivery.request;
            job.attemptNumber = 1;
            job.trigger = e.test ? AttemptTrigger::Test : AttemptTrigger::Scheduled;
            job.test = e.test;
            job.testTicket = e.test ? e.ticket : 0;
            jobs << std::move(job);
        }
        results << r;
    }
    if (!jobs.isEmpty() && m_context.queue) {
        // Refused when the dispatcher stopped meanwhile: the leases are
        // released by its stop, and another claim sends them.
        const QList<DispatchJob> refused = m_context.queue->add(std::move(jobs));
        for (const DispatchJob &job : refused) {
            for (RouteResult &r : results) {
                if (job.test && r.ticket == job.testTicket) {
                    r.testQueued = false;
                    r.testError = tr("The dispatcher stopped before the test was sent.");
                }
            }
        }
    }
    if (storedPending && m_context.wakeClaimer)
        m_context.wakeClaimer();
    if (m_context.deliver)
        m_context.deliver(std::move(results));
}

} // namespace relais
