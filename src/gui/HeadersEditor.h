#pragma once

#include "EditorPage.h"

#include <memory>

namespace Ui {
class HeadersEditor;
}

namespace relais {

class HeadersTableModel;

// The editor's page for the extra request headers: a table with a "secret"
// toggle per row; secret values are masked and go to the keychain.
class HeadersEditor final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersEditor)

public:
    explicit HeadersEditor(QWidget *parent = nullptr);
    ~HeadersEditor() override;

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    FieldErrors problems() const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addHeader();
    void removeHeader();

    const std::unique_ptr<Ui::HeadersEditor> m_ui;
    HeadersTableModel *const m_model;
};

} // namespace relais
