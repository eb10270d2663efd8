#include "WebhookListModel.h"

#include "WebhookText.h"

namespace relais {

WebhookListModel::WebhookListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

WebhookListModel::~WebhookListModel() = default;

void WebhookListModel::setWebhooks(const QList<Webhook> &webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

std::optional<Webhook> WebhookListModel::webhook(const QModelIndex &index) const
{
    // No current row is an ordinary case here, not a programming error.
    if (!index.isValid() || index.model() != this || index.row() >= m_webhooks.size())
        return std::nullopt;
    return m_webhooks.at(index.row());
}

QModelIndex WebhookListModel::indexOf(const QUuid &id) const
{
    for (int row = 0; row < m_webhooks.size(); ++row) {
        if (m_webhooks.at(row).id == id)
            return index(row);
    }
    return {};
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &w = m_webhooks.at(index.row());
    const WebhookHealth health = WebhookText::health(w);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return w.name;
    case Qt::ToolTipRole:
        return tr("%1\n%2 %3\n%4 %5")
            .arg(w.name, WebhookText::healthMark(health), WebhookText::healthName(health),
                 methodName(w.method), w.url);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, events: %4")
            .arg(w.name, WebhookText::healthName(health), WebhookText::host(w.url),
                 WebhookText::events(w.eventPatterns));
    case IdRole:
        return w.id;
    case HostRole:
        return WebhookText::host(w.url);
    case EventsRole:
        return WebhookText::events(w.eventPatterns);
    case HealthRole:
        return int(health);
    case HealthMarkRole:
        return WebhookText::healthMark(health);
    case SearchTextRole:
        return QStringList{w.name, WebhookText::host(w.url), w.eventPatterns.join(u'\n')}.join(
            u'\n');
    default:
        return {};
    }
}

QHash<int, QByteArray> WebhookListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(HostRole, "host");
    names.insert(EventsRole, "events");
    names.insert(HealthRole, "health");
    names.insert(HealthMarkRole, "healthMark");
    return names;
}

} // namespace relais
