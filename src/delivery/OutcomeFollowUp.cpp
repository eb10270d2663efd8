#include "OutcomeFollowUp.h"

#include "Claimer.h"
#include "DeliveryLogging.h"
#include "DispatchQueue.h"
#include "ReleaseJob.h"
#include "StoreWriter.h"

#include "storage/SqlSupport.h"
#include "storage/WebhookRepository.h"

namespace relais {

OutcomeFollowUp::OutcomeFollowUp(const Database &db, StoreWriter &writer, DispatchQueue &queue,
                                 Claimer &claimer, QString dispatcherId, Notify notify)
    : m_db(db)
    , m_writer(writer)
    , m_queue(queue)
    , m_claimer(claimer)
    , m_dispatcherId(std::move(dispatcherId))
    , m_notify(std::move(notify))
{
    m_changedTimer.setParent(this); // moves to the writer's thread with this object
    m_changedTimer.setSingleShot(true);
    m_changedTimer.setInterval(100);
    connect(&m_changedTimer, &QTimer::timeout, this, &OutcomeFollowUp::flushChanged);
}

void OutcomeFollowUp::handle(const AttemptRecord &record, const OutcomeJob::Result &result)
{
    const DeliveryOutcome &o = record.outcome;
    if (record.test) {
        TestResult t;
        t.sent = o.attempted;
        t.deliveryId = o.deliveryId;
        t.attempt = record.attempt;
        t.error = o.attempted ? record.attempt.error : o.lastError;
        if (o.attempted && t.error.isEmpty() && !record.attempt.succeeded())
            t.error = o.lastError;
        qCInfo(lcDelivery).noquote()
            << "Test delivery" << o.deliveryId << "to" << record.webhookName << "->"
            << (o.attempted ? QString::number(record.attempt.responseStatus) : QString())
            << t.error;
        if (m_notify.testFinished)
            m_notify.testFinished(record.testTicket, t);
    }
    if (!result.stored || !result.applied)
        return;
    m_changed << o.deliveryId;
    if (!m_changedTimer.isActive())
        m_changedTimer.start();
    if (o.nextAttemptAt.isValid())
        m_claimer.retryAt(o.nextAttemptAt);
    if (record.test)
        return;
    if (!record.disableReason.isEmpty())
        disable(o.webhookId, record.disableReason);
    if (o.state == DeliveryState::Exhausted) {
        qCInfo(lcDelivery).noquote() << "Delivery" << o.deliveryId << "to" << record.webhookName
                                     << "exhausted its retries:" << o.lastError;
        if (m_notify.exhausted)
            m_notify.exhausted(o.deliveryId, o.webhookId, o.lastError);
        if (record.autoDisableAfter > 0 && result.consecutiveExhausted >= record.autoDisableAfter) {
            disable(o.webhookId,
                    tr("Disabled after %n deliveries in a row exhausted their retries.", nullptr,
                       result.consecutiveExhausted));
        }
    }
}

void OutcomeFollowUp::disable(const QUuid &webhookId, const QString &reason)
{
    // Outside the batch: WebhookRepository writes in its own transaction.
    m_writer.post([this, webhookId, reason] {
        QString error;
        const std::optional<Webhook> w = WebhookRepository(m_db).find(webhookId, &error);
        if (!w || !w->enabled)
            return; // gone, or disabled already (by an earlier answer or the user)
        if (!WebhookRepository(m_db).setEnabled(webhookId, false, reason, &error)) {
            qCWarning(lcDelivery) << "Could not disable a webhook:" << error;
            return;
        }
        qCWarning(lcDelivery).noquote() << "Webhook" << w->name << "disabled:" << reason;
        QStringList ids;
        for (const DispatchJob &job : m_queue.dropWebhook(webhookId))
            ids << job.deliveryId;
        if (!ids.isEmpty())
            m_writer.enqueue(std::make_unique<ReleaseJob>(m_dispatcherId, ids));
        if (m_notify.disabled)
            m_notify.disabled(webhookId, reason);
    });
}

void OutcomeFollowUp::flushChanged()
{
    m_changedTimer.stop();
    if (m_changed.isEmpty())
        return;
    if (m_notify.changed)
        m_notify.changed(m_changed);
    m_changed.clear();
}

} // namespace relais
