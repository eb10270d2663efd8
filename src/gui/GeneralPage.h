#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class GeneralPage;
}

class QToolButton;

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

    // Offers "Relais inbox" beside the URL, which fills in `url` (the
    // built-in receiver); empty: not offered.
    void setInboxUrl(const QString &url);

private:
    const std::unique_ptr<Ui::GeneralPage> m_ui;
    QString m_disabledReason;
    QToolButton *m_inboxButton = nullptr;
};

} // namespace relais
