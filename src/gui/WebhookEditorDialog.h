#pragma once

#include "EditorPage.h"
#include "WebhookTryOut.h"

#include "core/Webhook.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class WebhookEditorDialog;
}

namespace relais {

class EventCatalog;
class SecretStore;
class WebhookService;

// Creates, edits or duplicates a webhook, page by page (General, Trigger,
// Payload, Headers, Security, Delivery). Problems are shown next to the
// field at fault as the user types, and OK stays disabled while any
// remains; the trigger and the request are tried live on a sample event.
// OK saves through WebhookService, secrets included.
class WebhookEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEditorDialog)

public:
    enum class Page
    {
        General,
        Trigger,
        Payload,
        Headers,
        Security,
        Delivery
    };

    // `secrets` is only read, to sign the preview with a stored secret.
    WebhookEditorDialog(WebhookService &service, SecretStore &secrets, const EventCatalog &catalog,
                        QWidget *parent = nullptr);
    ~WebhookEditorDialog() override;

    // Whether another webhook already has this name: checked as the user
    // types, and used to name copies.
    using NameTaken = std::function<bool(const QString &name, const QUuid &except)>;
    void setNameCheck(NameTaken check) { m_nameTaken = std::move(check); }

    void startNew();
    void startEdit(const Webhook &webhook);
    // A copy named "… (copy)", without the original's secrets.
    void startDuplicate(const Webhook &source);
    // A new webhook filled in from a preset (WebhookPresets): the user adds
    // the receiver's URL and secret.
    void startFromPreset(const Webhook &preset, const QString &systemName);
    // The built-in inbox's URL, offered on the General page; empty: none.
    void setInboxUrl(const QString &url);

    EditorMode mode() const { return m_mode; }
    // The webhook as entered so far.
    Webhook webhook() const;
    // The webhook as saved, once the dialog was accepted.
    Webhook savedWebhook() const { return m_saved; }
    bool hasUnsavedChanges() const;
    void showPage(Page page);

    static constexpr int kTryOutDelayMs = 250;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void webhookSaved(const Webhook &webhook);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<EditorPage *> pages() const;
    void load(const Webhook &webhook, EditorMode mode);
    void onEdited(const QString &field);
    void revalidate();
    void runTryOut();
    FieldErrors scriptProblems(const QList<PayloadError> &errors) const;
    bool nameTaken(const QString &name, const QUuid &except);
    bool save();

    Event sampleEvent() const;
    void chooseSample(const QString &type, bool byUser);
    void pickDefaultSample();

    void restoreSettings();
    void saveSettings() const;

    const std::unique_ptr<Ui::WebhookEditorDialog> m_ui;
    WebhookService &m_service;
    const EventCatalog &m_catalog;
    WebhookTryOut m_tryOut;
    QTimer m_tryOutTimer;

    EditorMode m_mode = EditorMode::Create;
    Webhook m_loaded;   // what was loaded: id, secrets, dates the pages do not show
    Webhook m_baseline; // the pages' view of it right after loading
    Webhook m_saved;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    bool m_loading = false;
    FieldErrors m_scriptProblems;
    NameTaken m_nameTaken;
    QHash<QString, bool> m_namesTaken;

    QString m_sampleType;
    bool m_sampleChosenByUser = false;
    QHash<QString, QJsonObject> m_sampleEdits;
};

} // namespace relais
