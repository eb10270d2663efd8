#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace relais {

class Database;
class EventCatalog;
class SecretStore;
class WebhookService;
enum class EditorMode;

// The Relais window: creates the actions, hosts the webhook list and the
// details pane, and turns actions into calls to the service layer.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Database &db, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpStatusBar();
    void updateActions();
    void openEditor(EditorMode mode);
    void toggleEnabled();
    void deleteWebhook();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    const Database &m_db;
    SecretStore &m_secrets;
    const std::unique_ptr<WebhookService> m_service;
    const std::unique_ptr<EventCatalog> m_catalog;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace relais
