#include "DeliveryLogFilter.h"

#include "DeliveryLogModel.h"

namespace relais {

DeliveryLogFilter::DeliveryLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

DeliveryLogFilter::~DeliveryLogFilter() = default;

void DeliveryLogFilter::setStatusClass(StatusClass statusClass)
{
    m_statusClass = statusClass;
    invalidateFilter();
}

void DeliveryLogFilter::setEventText(const QString &text)
{
    m_eventText = text.trimmed();
    invalidateFilter();
}

bool DeliveryLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const DeliveryLogModel *>(sourceModel());
    const DeliverySummary *s = log ? log->summaryAt(sourceRow) : nullptr;
    if (!s || sourceParent.isValid())
        return true;
    if (!m_eventText.isEmpty() && !s->eventType.contains(m_eventText, Qt::CaseInsensitive))
        return false;
    const int status = s->lastStatus;
    switch (m_statusClass) {
    case StatusClass::Any:
        return true;
    case StatusClass::Success:
        return status >= 200 && status < 300;
    case StatusClass::ClientError:
        return status >= 400 && status < 500;
    case StatusClass::ServerError:
        return status >= 500 && status < 600;
    case StatusClass::NetworkError:
        // Attempted, without an answer.
        return status == 0 && s->lastAttemptAt.isValid();
    }
    return true;
}

} // namespace relais
