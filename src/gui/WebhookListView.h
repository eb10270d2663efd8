#pragma once

#include "core/Webhook.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class WebhookListView;
}

namespace relais {

class WebhookListModel;

// The left pane: a search box over the list of webhooks. Keeps its
// selection across reloads, and always has a current webhook while any is
// visible.
class WebhookListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListView)

public:
    explicit WebhookListView(QWidget *parent = nullptr);
    ~WebhookListView() override;

    void setWebhooks(const QList<Webhook> &webhooks);
    std::optional<Webhook> currentWebhook() const;
    // Makes the webhook current, clearing the search if it hides it.
    void selectWebhook(const QUuid &id);
    void focusSearch();

Q_SIGNALS:
    void currentWebhookChanged();
    // Enter or a double-click on a row.
    void webhookActivated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void ensureCurrent();

    const std::unique_ptr<Ui::WebhookListView> m_ui;
    WebhookListModel *const m_model;
    QSortFilterProxyModel *const m_proxy;
};

} // namespace relais
