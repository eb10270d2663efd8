#include "ReleaseJob.h"

#include "DeliveryLogging.h"

#include "storage/LeaseRepository.h"

namespace relais {

bool ReleaseJob::apply(PreparedStatements &sql, const QDateTime &now, QString *error)
{
    m_released = 0;
    return LeaseRepository::release(sql, m_owner, m_ids, now, &m_released, error);
}

void ReleaseJob::committed(bool ok, const QString &error)
{
    if (!ok)
        qCWarning(lcDelivery) << "Releasing deliveries failed:" << error;
}

} // namespace relais
