#pragma once

#include <QWidget>

#include <memory>

class QMenu;

namespace Ui {
class EmptyStateView;
}

class QPushButton;

namespace relais {

// What the window shows while there is no webhook: what a webhook is, a
// button to create the first one, and the relaisctl command that does too.
class EmptyStateView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateView)

public:
    explicit EmptyStateView(QWidget *parent = nullptr);
    ~EmptyStateView() override;

    // The --db value relaisctl needs to reach this window's database; empty
    // when it uses the default one.
    void setDatabaseArgument(const QString &url);
    QString command() const;
    // Offers the presets of `menu` (a PresetMenu) beside the New button.
    void setPresetMenu(QMenu *menu);
    // Shows the "Try it with the built-in inbox" button.
    void setExampleAvailable(bool available);

Q_SIGNALS:
    void refreshRequested();
    void newWebhookRequested();
    void exampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();
    QPixmap emblem(int size) const;

    const std::unique_ptr<Ui::EmptyStateView> m_ui;
    QString m_command;
    QPushButton *m_exampleButton = nullptr;
};

} // namespace relais
