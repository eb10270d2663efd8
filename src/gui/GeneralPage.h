#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class GeneralPage;
}

namespace relais {

// The editor's first page: name, description, method and URL, enabled.
class GeneralPage final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(QWidget *parent = nullptr);
    ~GeneralPage() override;

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

private:
    const std::unique_ptr<Ui::GeneralPage> m_ui;
    QString m_disabledReason;
};

} // namespace relais
