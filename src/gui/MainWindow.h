#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace relais {

class InboxServer;

class Database;
class DeliveryEngine;
class DatabaseListener;
class DispatcherStatus;
class EventCatalog;
class SecretStore;
class TrayNotifier;
class WebhookService;
enum class EditorMode;

// The Relais window: creates the actions, hosts the webhook list, the
// details pane and the deliveries log, and turns actions into calls to the
// service layer and the delivery engine (which main() creates and starts).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Database &db, SecretStore &secrets, DeliveryEngine &engine,
               QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void refresh();
    // The intake endpoint's state, for the status bar.
    void setIntakeStatus(const QString &text);
    // The dispatcher was started or stopped elsewhere (Settings).
    void dispatcherChanged();
    // The built-in receiver for the Inbox tab and the first-run example.
    void setInbox(InboxServer *server);
    // PostgreSQL: the log and the queue follow other programs' changes as
    // they are committed, instead of polling.
    void followNotifications(DatabaseListener *listener);
    void runExample();

Q_SIGNALS:
    void settingsRequested();
    void dispatcherToggled(bool running);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpStatusBar();
    void updateActions();
    // In Create mode, filled in from the preset `presetKey` when there is one.
    void openEditor(EditorMode mode, const QString &presetKey = QString());
    void openSendTest();
    void openEmitEvent();
    void toggleEnabled();
    void deleteWebhook();
    void showAbout();
    void importWebhooks();
    void exportWebhooks();
    void restoreSettings();
    void saveSettings() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    const Database &m_db;
    SecretStore &m_secrets;
    DeliveryEngine &m_engine;
    const std::unique_ptr<WebhookService> m_service;
    const std::unique_ptr<EventCatalog> m_catalog;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_intakeLabel = nullptr;
    DispatcherStatus *m_dispatcherStatus = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    InboxServer *m_inbox = nullptr;
};

} // namespace relais
