#pragma once

#include "delivery/EventSink.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Ui {
class EmitEventDialog;
}

namespace relais {

class EventCatalog;

// "Emit event": submits an event of a catalog type (its sample, editable)
// as a source system would, and says which webhooks it matched.
class EmitEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmitEventDialog)

public:
    EmitEventDialog(EventSink &sink, const EventCatalog &catalog, QWidget *parent = nullptr);
    ~EmitEventDialog() override;

    void setEventType(const QString &type);
    const std::optional<SubmitResult> &result() const { return m_result; }

public Q_SLOTS:
    void emitEvent();

Q_SIGNALS:
    void eventEmitted(const SubmitResult &result);

private:
    void loadSample(const QString &type);
    void validateData();
    void showResult(const SubmitResult &result);

    const std::unique_ptr<Ui::EmitEventDialog> m_ui;
    EventSink &m_sink;
    const EventCatalog &m_catalog;
    std::optional<QJsonObject> m_data;
    std::optional<SubmitResult> m_result;
    bool m_submitting = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace relais
