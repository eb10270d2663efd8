#include "OutcomeJob.h"

#include "DeliveryLogging.h"

#include "storage/AttemptRepository.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookHealthRepository.h"

namespace relais {

bool OutcomeJob::apply(PreparedStatements &sql, const QDateTime &now, QString *error)
{
    m_result = Result{};
    if (m_record.outcome.attempted &&
        !AttemptRepository::insert(sql, m_record.attempt, m_record.outcome.webhookId,
                                   m_dispatcherId, m_record.snapshotBody, error))
        return false;
    if (!DeliveryRepository::applyOutcome(sql, m_record.outcome, m_dispatcherId, now,
                                          &m_result.applied, error))
        return false;
    if (!m_result.applied || m_record.test)
        return true;
    const QUuid webhook = m_record.outcome.webhookId;
    switch (m_record.outcome.state) {
    case DeliveryState::Exhausted:
        return WebhookHealthRepository::recordExhausted(sql, webhook, now,
                                                        &m_result.consecutiveExhausted, error);
    case DeliveryState::Succeeded:
        return WebhookHealthRepository::recordSucceeded(sql, webhook, now, error);
    default:
        return true;
    }
}

void OutcomeJob::committed(bool ok, const QString &error)
{
    m_result.stored = ok;
    if (!ok) {
        qCWarning(lcDelivery) << "The attempt of delivery" << m_record.outcome.deliveryId
                              << "could not be recorded:" << error;
    }
    if (m_after)
        m_after(m_record, m_result);
}

} // namespace relais
