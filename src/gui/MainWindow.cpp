#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DeliveryExport.h"
#include "DispatcherStatus.h"
#include "EmitEventDialog.h"
#include "FileDialogs.h"
#include "FirstRunExample.h"
#include "ImportDialog.h"
#include "MessageBoxes.h"
#include "PresetMenu.h"
#include "SendTestDialog.h"
#include "TrayNotifier.h"
#include "WebhookEditorDialog.h"

#include "delivery/DeliveryEngine.h"
#include "delivery/InboxServer.h"
#include "payload/EventCatalog.h"
#include "service/WebhookPresets.h"
#include "service/WebhookService.h"
#include "storage/Database.h"
#include "storage/DatabaseListener.h"
#include "storage/InboxRepository.h"
#include "storage/WebhookRepository.h"

#include <QCloseEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace relais {

namespace {

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kSplitterKey = QStringLiteral("MainWindow/splitter");

QIcon themeIcon(const char *name, const QWidget *widget, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(const Database &db, SecretStore &secrets, DeliveryEngine &engine,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_secrets(secrets)
    , m_engine(engine)
    , m_service(std::make_unique<WebhookService>(db, secrets))
    , m_catalog(std::make_unique<EventCatalog>())
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({320, 780});

    // The empty state shows the command that reaches this very database.
    const QString url = db.url().toString();
    m_ui->emptyStateView->setDatabaseArgument(
        url == DatabaseUrl::defaultLocation().toString() ? QString() : url);

    m_ui->deliveryLogView->setUp(db, engine);
    m_ui->activityView->setUp(db);
    connect(&engine, &DeliveryEngine::deliveriesChanged, m_ui->activityView,
            &ActivityView::refresh);
    m_ui->inboxView->setUp(db, nullptr);
    connect(m_ui->emptyStateView, &EmptyStateView::exampleRequested, this, &MainWindow::runExample);
    m_trayNotifier = new TrayNotifier(db, this);
    m_trayNotifier->setObjectName(QStringLiteral("trayNotifier"));
    connect(&engine, &DeliveryEngine::webhookDisabled, m_trayNotifier,
            &TrayNotifier::webhookDisabled);
    connect(&engine, &DeliveryEngine::deliveryExhausted, m_trayNotifier,
            &TrayNotifier::deliveryExhausted);

    setUpActions();
    setUpStatusBar();

    connect(m_ui->webhookListView, &WebhookListView::currentWebhookChanged, this, [this] {
        const std::optional<Webhook> w = m_ui->webhookListView->currentWebhook();
        m_ui->webhookDetailsView->setWebhook(w);
        m_ui->deliveryLogView->setWebhook(w ? w->id : QUuid());
        m_ui->activityView->setWebhook(w ? w->id : QUuid());
        updateActions();
    });
    connect(m_ui->webhookListView, &WebhookListView::webhookActivated, m_ui->actionEdit,
            &QAction::trigger);
    connect(m_ui->emptyStateView, &EmptyStateView::refreshRequested, m_ui->actionRefresh,
            &QAction::trigger);
    connect(m_ui->emptyStateView, &EmptyStateView::newWebhookRequested, m_ui->actionNew,
            &QAction::trigger);

    restoreSettings();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionNew->setIcon(themeIcon("document-new", this, QStyle::SP_FileIcon));
    m_ui->actionEdit->setIcon(themeIcon("document-edit", this, QStyle::SP_FileDialogDetailedView));
    m_ui->actionDuplicate->setIcon(themeIcon("edit-copy", this, QStyle::SP_FileDialogNewFolder));
    m_ui->actionSendTest->setIcon(themeIcon("mail-send", this, QStyle::SP_ArrowRight));
    m_ui->actionEmitEvent->setIcon(themeIcon("document-send", this, QStyle::SP_MediaPlay));
    m_ui->actionDelete->setIcon(themeIcon("edit-delete", this, QStyle::SP_TrashIcon));
    m_ui->actionRefresh->setIcon(themeIcon("view-refresh", this, QStyle::SP_BrowserReload));
    m_ui->actionFind->setIcon(themeIcon("edit-find", this, QStyle::SP_FileDialogContentsView));
    m_ui->actionQuit->setIcon(themeIcon("application-exit", this, QStyle::SP_DialogCloseButton));
    m_ui->actionAbout->setIcon(themeIcon("help-about", this, QStyle::SP_MessageBoxInformation));

    connect(m_ui->actionNew, &QAction::triggered, this, [this] { openEditor(EditorMode::Create); });
    // "New from…": the Webhook menu, the New tool button's arrow, the empty state.
    auto *presetMenu = new PresetMenu(this);
    m_ui->webhookMenu->insertMenu(m_ui->actionEdit, presetMenu);
    if (auto *button =
            qobject_cast<QToolButton *>(m_ui->mainToolBar->widgetForAction(m_ui->actionNew))) {
        button->setMenu(presetMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_ui->emptyStateView->setPresetMenu(presetMenu);
    connect(presetMenu, &PresetMenu::presetChosen, this,
            [this](const QString &key) { openEditor(EditorMode::Create, key); });
    connect(m_ui->actionEdit, &QAction::triggered, this, [this] { openEditor(EditorMode::Edit); });
    connect(m_ui->actionDuplicate, &QAction::triggered, this,
            [this] { openEditor(EditorMode::Duplicate); });
    connect(m_ui->actionSendTest, &QAction::triggered, this, &MainWindow::openSendTest);
    connect(m_ui->actionEmitEvent, &QAction::triggered, this, &MainWindow::openEmitEvent);
    connect(m_ui->actionToggleEnabled, &QAction::triggered, this, &MainWindow::toggleEnabled);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteWebhook);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionFind, &QAction::triggered, m_ui->webhookListView,
            &WebhookListView::focusSearch);
    m_ui->actionSettings->setIcon(themeIcon("preferences-system", this, QStyle::SP_ComputerIcon));
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_ui->actionImport->setIcon(themeIcon("document-import", this, QStyle::SP_DialogOpenButton));
    m_ui->actionExport->setIcon(themeIcon("document-export", this, QStyle::SP_DialogSaveButton));
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importWebhooks);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportWebhooks);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setText(tr("Database: %1").arg(m_db.url().toString()));
    m_databaseLabel->setAccessibleName(tr("Database location"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("webhookCountLabel"));
    m_countLabel->setAccessibleName(tr("Number of webhooks"));
    m_dispatcherStatus = new DispatcherStatus(m_db, m_engine, this);
    m_dispatcherStatus->setObjectName(QStringLiteral("dispatcherStatus"));
    connect(m_dispatcherStatus, &DispatcherStatus::dispatcherToggled, this,
            &MainWindow::dispatcherToggled);
    m_intakeLabel = new QLabel(this);
    m_intakeLabel->setObjectName(QStringLiteral("intakeLabel"));
    m_intakeLabel->setAccessibleName(tr("Intake endpoint"));
    m_intakeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intakeLabel->setVisible(false);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_dispatcherStatus);
    statusBar()->addPermanentWidget(m_intakeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::importWebhooks()
{
    const QString file = FileDialogs::openFileName(this, tr("Import webhooks"),
                                                   tr("JSON files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    ImportDialog dialog(*m_service, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const int n = int(dialog.imported().size());
    statusBar()->showMessage(tr("Imported %n webhook(s).", nullptr, n), 8000);
}

void MainWindow::exportWebhooks()
{
    const QString file = FileDialogs::saveFileName(this, tr("Export webhooks"),
                                                   QStringLiteral("relais-webhooks.json"),
                                                   tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    ServiceError error;
    const QJsonDocument doc = m_service->exportAll(&error);
    QString writeError;
    if (doc.isNull() || !DeliveryExport::writeOwnerOnly(file, doc.toJson(), &writeError)) {
        MessageBoxes::warning(this, tr("Export webhooks"), tr("The webhooks were not exported."),
                              doc.isNull() ? error.message : writeError);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1, without secrets.").arg(file), 8000);
}

void MainWindow::followNotifications(DatabaseListener *listener)
{
    m_ui->deliveryLogView->followNotifications(listener);
    m_dispatcherStatus->followNotifications(listener);
    if (!listener || !listener->isListening())
        return;
    // The charts count other programs' deliveries too; the list shows
    // webhooks added, edited or disabled elsewhere.
    connect(listener, &DatabaseListener::changed, m_ui->activityView, &ActivityView::refresh);
    connect(listener, &DatabaseListener::webhooksChanged, this, &MainWindow::refresh);
}

void MainWindow::setInbox(InboxServer *server)
{
    m_inbox = server;
    m_ui->inboxView->setUp(m_db, server);
    m_ui->emptyStateView->setExampleAvailable(server && server->isListening());
}

void MainWindow::runExample()
{
    if (!m_inbox)
        return;
    QString error;
    const QUuid id = FirstRunExample(m_db, m_secrets, m_engine, *m_catalog, *m_inbox).run(&error);
    if (id.isNull()) {
        MessageBoxes::warning(this, tr("Example"), tr("The example could not be set up."), error);
        return;
    }
    refresh();
    m_ui->webhookListView->selectWebhook(id);
    m_ui->inboxView->setInbox(QString::fromLatin1(FirstRunExample::kInbox));
    m_ui->detailsTabs->setCurrentWidget(m_ui->inboxTab);
    statusBar()->showMessage(tr("A sample Sales Order was sent: it appears in the inbox, with "
                                "its signature checked."),
                             10000);
}

void MainWindow::setIntakeStatus(const QString &text)
{
    m_intakeLabel->setText(text);
    m_intakeLabel->setToolTip(tr("Where other programs on this computer post events "
                                 "(POST /v1/events). Change it in Settings."));
    m_intakeLabel->setVisible(!text.isEmpty());
}

void MainWindow::dispatcherChanged()
{
    m_dispatcherStatus->updateDispatcher();
}

void MainWindow::refresh()
{
    QString error;
    const QList<Webhook> webhooks = WebhookRepository(m_db).list(&error);
    if (!error.isEmpty()) {
        // Keep what is shown: the database may only be busy for a moment.
        statusBar()->showMessage(tr("Could not load the webhooks: %1").arg(error));
        return;
    }
    m_ui->webhookListView->setWebhooks(webhooks);
    m_ui->mainStack->setCurrentWidget(webhooks.isEmpty() ? m_ui->emptyPage : m_ui->webhooksPage);
    const int n = int(webhooks.size());
    m_countLabel->setText(n == 1 ? tr("%n webhook", nullptr, n) : tr("%n webhooks", nullptr, n));
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<Webhook> w = m_ui->webhookListView->currentWebhook();
    const bool shown = w && m_ui->mainStack->currentWidget() == m_ui->webhooksPage;
    m_ui->actionDelete->setEnabled(shown);
    m_ui->actionEdit->setEnabled(shown);
    m_ui->actionDuplicate->setEnabled(shown);
    m_ui->actionSendTest->setEnabled(shown);
    m_ui->actionFind->setEnabled(m_ui->mainStack->currentWidget() == m_ui->webhooksPage);

    QAction *toggle = m_ui->actionToggleEnabled;
    const bool enabled = w && w->enabled;
    toggle->setText(enabled || !w ? tr("&Disable") : tr("&Enable"));
    toggle->setIcon(enabled || !w ? themeIcon("media-playback-pause", this, QStyle::SP_MediaPause)
                                  : themeIcon("media-playback-start", this, QStyle::SP_MediaPlay));
    // Nothing may go out unsigned: a webhook missing its secret stays off.
    toggle->setEnabled(shown && (enabled || !w->needsSecret));
    toggle->setToolTip(shown && !enabled && w->needsSecret
                           ? tr("“%1” needs its secret before it can be enabled").arg(w->name)
                           : tr("Stop or resume sending events to the selected webhook (%1)")
                                 .arg(toggle->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::openEditor(EditorMode mode, const QString &presetKey)
{
    std::optional<Webhook> w;
    if (mode != EditorMode::Create) {
        w = m_ui->webhookListView->currentWebhook();
        if (!w || m_ui->mainStack->currentWidget() != m_ui->webhooksPage)
            return;
        // The latest version: relaisctl or another window may have changed it.
        QString error;
        if (std::optional<Webhook> latest = WebhookRepository(m_db).find(w->id, &error))
            w = latest;
    }
    auto *dialog = new WebhookEditorDialog(*m_service, m_secrets, *m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString inboxError;
    if (m_inbox && m_inbox->isListening() &&
        InboxRepository(m_db).ensure(QStringLiteral("default"), &inboxError))
        dialog->setInboxUrl(m_inbox->urlFor(QStringLiteral("default")));
    const Database &db = m_db;
    dialog->setNameCheck([&db](const QString &name, const QUuid &except) {
        return WebhookRepository(db).nameTaken(name, except);
    });
    const std::optional<WebhookPreset> preset = WebhookPresets::find(presetKey);
    if (mode == EditorMode::Create && preset)
        dialog->startFromPreset(preset->webhook, preset->systemName);
    else if (mode == EditorMode::Create)
        dialog->startNew();
    else if (mode == EditorMode::Edit)
        dialog->startEdit(*w);
    else
        dialog->startDuplicate(*w);
    connect(dialog, &WebhookEditorDialog::webhookSaved, this, [this, mode](const Webhook &saved) {
        refresh();
        m_ui->webhookListView->selectWebhook(saved.id);
        statusBar()->showMessage(mode == EditorMode::Edit ? tr("Saved “%1”.").arg(saved.name)
                                                          : tr("Created “%1”.").arg(saved.name),
                                 5000);
    });
    // Window-modal and not blocking: the window keeps repainting behind it.
    dialog->open();
}

void MainWindow::openSendTest()
{
    std::optional<Webhook> w = m_ui->webhookListView->currentWebhook();
    if (!w || m_ui->mainStack->currentWidget() != m_ui->webhooksPage)
        return;
    QString error;
    if (std::optional<Webhook> latest = WebhookRepository(m_db).find(w->id, &error))
        w = latest;
    if (!m_engine.isRunning()) {
        const auto answer = MessageBoxes::question(
            this, tr("Send test"), tr("The dispatcher is paused."),
            tr("A test is sent by this window's dispatcher. Resume it to send the test?"),
            tr("&Resume"));
        if (answer != QMessageBox::Yes)
            return;
        m_dispatcherStatus->toggleDispatcher();
    }
    auto *dialog = new SendTestDialog(m_engine, *m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWebhook(*w);
    connect(dialog, &SendTestDialog::testSent, m_ui->deliveryLogView, &DeliveryLogView::refresh);
    dialog->open();
}

void MainWindow::openEmitEvent()
{
    auto *dialog = new EmitEventDialog(m_engine.sink(), *m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmitEventDialog::eventEmitted, m_ui->deliveryLogView,
            &DeliveryLogView::refresh);
    dialog->open();
}

void MainWindow::toggleEnabled()
{
    const std::optional<Webhook> w = m_ui->webhookListView->currentWebhook();
    if (!w)
        return;
    const bool enable = !w->enabled;
    QString error;
    // Enabling again also forgets why Relais had stopped it.
    if (!WebhookRepository(m_db).setEnabled(w->id, enable, QString(), &error)) {
        MessageBoxes::warning(this, enable ? tr("Enable webhook") : tr("Disable webhook"),
                              enable ? tr("“%1” could not be enabled.").arg(w->name)
                                     : tr("“%1” could not be disabled.").arg(w->name),
                              error);
        return;
    }
    refresh();
    statusBar()->showMessage(enable
                                 ? tr("Enabled “%1”.").arg(w->name)
                                 : tr("Disabled “%1”: its events are no longer sent.").arg(w->name),
                             5000);
}

void MainWindow::deleteWebhook()
{
    const std::optional<Webhook> w = m_ui->webhookListView->currentWebhook();
    if (!w)
        return;
    const auto answer = MessageBoxes::question(
        this, tr("Delete webhook"), tr("Delete the webhook “%1”?").arg(w->name),
        tr("Its settings and its secrets in the keychain are removed. This cannot be undone."),
        tr("&Delete"), QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;

    ServiceError error;
    if (!WebhookService(m_db, m_secrets).remove(*w, &error)) {
        MessageBoxes::warning(this, tr("Delete webhook"),
                              tr("“%1” could not be deleted.").arg(w->name), error.message);
        return;
    }
    refresh();
    statusBar()->showMessage(tr("Deleted “%1”.").arg(w->name), 5000);
}

void MainWindow::showAbout()
{
    MessageBoxes::about(
        this, tr("About Relais"),
        tr("<h3>Relais %1</h3>"
           "<p>A desktop console for outgoing webhooks: configure them, send events and follow "
           "every delivery.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RELAIS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace relais
