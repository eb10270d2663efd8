#pragma once

#include "core/Webhook.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class WebhookDetailsView;
}

namespace relais {

// The right pane: how the selected webhook is set up, read-only. Secret
// values are never shown (nor known here: the repository does not load them).
class WebhookDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDetailsView)

public:
    explicit WebhookDetailsView(QWidget *parent = nullptr);
    ~WebhookDetailsView() override;

    // std::nullopt shows a hint to select a webhook.
    void setWebhook(const std::optional<Webhook> &webhook);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void fitContentsHeight();
    void showState(const Webhook &webhook);

    const std::unique_ptr<Ui::WebhookDetailsView> m_ui;
    std::optional<Webhook> m_webhook;
};

} // namespace relais
