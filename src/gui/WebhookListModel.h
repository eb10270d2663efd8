#pragma once

#include "core/Webhook.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace relais {

// The webhooks of the list on the left, one row each: name, receiver host,
// health and event patterns, in the order the repository gives them.
class WebhookListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QUuid
        HostRole,                  // QString
        EventsRole,                // QString, patterns joined
        HealthRole,                // int (WebhookHealth)
        HealthMarkRole,            // QString: ● ○ ▲ ◆
        SearchTextRole,            // what the search box matches: name, host, events
    };

    explicit WebhookListModel(QObject *parent = nullptr);
    ~WebhookListModel() override;

    void setWebhooks(const QList<Webhook> &webhooks);
    std::optional<Webhook> webhook(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Webhook> m_webhooks;
};

} // namespace relais
