#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class TriggerPage;
}

namespace relais {

class EventCatalog;
class SampleEventComboBox;
struct TryOutResult;

// The editor's page for when the webhook fires: event patterns, resource
// filter and condition, tried live against a sample event.
class TriggerPage final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerPage)

public:
    explicit TriggerPage(QWidget *parent = nullptr);
    ~TriggerPage() override;

    void setCatalog(const EventCatalog &catalog);
    SampleEventComboBox *sampleComboBox() const;

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

    // Whether the sample event would be sent, or why the condition failed.
    void showTryOut(const TryOutResult &result);

private:
    void setResult(const QString &text, const QColor &color);

    const std::unique_ptr<Ui::TriggerPage> m_ui;
};

} // namespace relais
