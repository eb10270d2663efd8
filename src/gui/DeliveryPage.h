#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class DeliveryPage;
}

namespace relais {

// The editor's page for how requests go out: timeout, retry schedule (from
// a preset or typed), concurrency, rate limit, auto-disable, redirects.
class DeliveryPage final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryPage)

public:
    explicit DeliveryPage(QWidget *parent = nullptr);
    ~DeliveryPage() override;

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    FieldErrors problems() const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

    // "0, 5s, 5m, 30m, 2h": the text form of a schedule (seconds before
    // each attempt), and back. Units s, m, h, d; a bare number is seconds.
    static QString scheduleText(const QList<int> &seconds);
    static bool parseSchedule(const QString &text, QList<int> *seconds, QString *error);

private:
    void presetChosen();
    void scheduleEdited();

    const std::unique_ptr<Ui::DeliveryPage> m_ui;
    QList<int> m_loadedSchedule;
};

} // namespace relais
