#pragma once

#include "core/Webhook.h"
#include "delivery/TestResult.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Ui {
class SendTestDialog;
}

namespace relais {

class DeliveryEngine;
class EventCatalog;

// "Send test": sends one event of a chosen type (the catalog's sample, which
// the user may edit) to a webhook at once, then shows the request beside
// the response, or the error in plain words. The attempt is logged as a
// test; the request can be copied as a curl command without its secrets.
class SendTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestDialog)

public:
    SendTestDialog(DeliveryEngine &engine, const EventCatalog &catalog, QWidget *parent = nullptr);
    ~SendTestDialog() override;

    // Chooses the first catalog type the webhook listens to.
    void setWebhook(const Webhook &webhook);
    void setEventType(const QString &type);
    bool isSending() const { return m_sending; }
    const std::optional<TestResult> &result() const { return m_result; }

public Q_SLOTS:
    void send();
    void copyAsCurl();

Q_SIGNALS:
    // A test went out (or failed to): the log has a new delivery.
    void testSent(const QString &deliveryId);

private:
    void loadSample(const QString &type);
    void validateSample();
    void showResult(const TestResult &result);
    void clearResult();
    void updateButtons();

    const std::unique_ptr<Ui::SendTestDialog> m_ui;
    DeliveryEngine &m_engine;
    const EventCatalog &m_catalog;
    Webhook m_webhook;
    std::optional<QJsonObject> m_sample; // nullopt: the text does not parse
    std::optional<TestResult> m_result;
    bool m_sending = false;
    // Answers that arrive after the dialog closed are dropped.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace relais
