#include "DeliveryLogModel.h"

#include "storage/DeliveryRepository.h"

#include <QColor>
#include <QLocale>

namespace relais {

DeliveryLogModel::DeliveryLogModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

DeliveryLogModel::~DeliveryLogModel() = default;

void DeliveryLogModel::setWebhook(const QUuid &webhookId)
{
    m_webhookId = webhookId;
    reload();
}

void DeliveryLogModel::setState(std::optional<DeliveryState> state)
{
    m_state = state;
    reload();
}

std::optional<QList<DeliverySummary>> DeliveryLogModel::query(int limit)
{
    DeliveryFilter filter;
    filter.webhookId = m_webhookId;
    filter.state = m_state;
    filter.limit = limit;
    QString error;
    QList<DeliverySummary> rows = DeliveryRepository(m_db).list(filter, &error);
    if (!error.isEmpty()) {
        m_error = error;
        Q_EMIT loadFailed(error);
        return std::nullopt;
    }
    m_error.clear();
    return rows;
}

void DeliveryLogModel::reload()
{
    const auto rows = query(m_pageSize);
    beginResetModel();
    m_limit = m_pageSize;
    m_rows = rows.value_or(QList<DeliverySummary>());
    m_mayHaveMore = rows && rows->size() >= m_limit;
    endResetModel();
}

void DeliveryLogModel::refresh()
{
    const int limit = qMax(m_pageSize, int(m_rows.size()));
    const auto rows = query(limit);
    if (!rows)
        return; // keep what is shown: the database may only be busy
    m_limit = limit;
    m_mayHaveMore = rows->size() >= limit;
    bool sameRows = rows->size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows->size(); ++i)
        sameRows = rows->at(i).delivery.id == m_rows.at(i).delivery.id;
    if (sameRows) {
        // Only states and counts moved: the selection and scrolling stay.
        m_rows = *rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = *rows;
    endResetModel();
}

bool DeliveryLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mayHaveMore;
}

void DeliveryLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_mayHaveMore)
        return;
    const int limit = m_limit + m_pageSize;
    const auto rows = query(limit);
    if (!rows) {
        m_mayHaveMore = false; // not again and again while scrolling
        return;
    }
    m_limit = limit;
    m_mayHaveMore = rows->size() >= limit;
    const qsizetype known = m_rows.size();
    bool prefixKept = rows->size() >= known;
    for (qsizetype i = 0; prefixKept && i < known; ++i)
        prefixKept = rows->at(i).delivery.id == m_rows.at(i).delivery.id;
    if (!prefixKept) {
        // Newer deliveries arrived meanwhile and shifted the pages.
        beginResetModel();
        m_rows = *rows;
        endResetModel();
        return;
    }
    if (rows->size() == known)
        return;
    beginInsertRows({}, int(known), int(rows->size()) - 1);
    m_rows = *rows;
    endInsertRows();
}

const DeliverySummary *DeliveryLogModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryLogModel::rowOf(const QString &deliveryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).delivery.id == deliveryId)
            return int(i);
    return -1;
}

QString DeliveryLogModel::stateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return tr("Pending");
    case DeliveryState::Delivering:
        return tr("Sending");
    case DeliveryState::Succeeded:
        return tr("Succeeded");
    case DeliveryState::Failed:
        return tr("Failed");
    case DeliveryState::Exhausted:
        return tr("Gave up");
    case DeliveryState::Cancelled:
        return tr("Cancelled");
    case DeliveryState::SecretUnavailable:
        return tr("Waiting for keychain");
    }
    return QString();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    const DeliverySummary *s = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!s || index.column() >= ColumnCount)
        return {};
    const Delivery &d = s->delivery;
    switch (role) {
    case DeliveryIdRole:
        return d.id;
    case StateRole:
        return int(d.state);
    case StatusRole:
        return s->lastStatus;
    case EventTypeRole:
        return s->eventType;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == AttemptsColumn ||
            index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !d.lastError.isEmpty())
            return d.lastError;
        if (index.column() == TimeColumn)
            return QLocale().toString(d.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn &&
            (d.state == DeliveryState::Failed || d.state == DeliveryState::Exhausted))
            return QColor(0xc0, 0x1c, 0x28);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn: {
        const QDateTime local = d.createdAt.toLocalTime();
        const bool today = local.date() == QDate::currentDate();
        return QLocale().toString(local, today ? QStringLiteral("HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case WebhookColumn:
        return s->webhookName;
    case EventColumn:
        return d.test ? tr("%1 (test)").arg(s->eventType) : s->eventType;
    case StateColumn: {
        QString text = stateName(d.state);
        if ((d.state == DeliveryState::Failed || d.state == DeliveryState::Pending) &&
            d.nextAttemptAt.isValid() && d.attemptCount > 0)
            text = tr("%1, retry at %2")
                       .arg(text, QLocale().toString(d.nextAttemptAt.toLocalTime().time(),
                                                     QLocale::ShortFormat));
        if (!s->rendered)
            text = tr("Not rendered");
        return text;
    }
    case StatusColumn:
        return s->lastAttemptAt.isValid()
                   ? (s->lastStatus == 0 ? tr("network error") : QString::number(s->lastStatus))
                   : QStringLiteral("—");
    case AttemptsColumn:
        return d.attemptCount;
    case DurationColumn:
        return s->lastAttemptAt.isValid() ? tr("%1 ms").arg(QLocale().toString(s->lastDurationMs))
                                          : QStringLiteral("—");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case WebhookColumn:
        return tr("Webhook");
    case EventColumn:
        return tr("Event type");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("HTTP status");
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace relais
