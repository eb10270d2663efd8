#pragma once

#include "AppSettings.h"

#include "storage/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace relais {

class IntakeController;
class SecretStore;

// Settings, a tab per subject: language; the dispatcher, log retention and
// which targets may be reached; the intake endpoint with its port and token
// (show, copy, regenerate); the database. Every field is checked as it is
// typed, OK stays disabled while one is wrong, and each tab says when its
// change takes effect. The database's password goes to the keychain on OK,
// never into the settings; "Test connection" tries the typed database in a
// worker thread.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const AppSettings &current, IntakeController &intake, SecretStore &secrets,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

    // Saves a typed database password in the keychain (or forgets the saved
    // one) first; when the keychain refuses, says so and stays open.
    void accept() override;

private:
    void load(const AppSettings &s);
    void revalidate();
    void updateNotes();
    void browseDatabase();
    void loadToken();
    void copyToken();
    void regenerateToken();

    // The typed database, parsed (the default file when empty).
    bool typedUrl(DatabaseUrl *url) const;
    bool hasSavedPassword(const DatabaseUrl &url) const;
    void loadSavedPassword(const AppSettings &s);
    void updateLogin();
    void forgetPassword();
    void testConnection();
    void showProbe(quint64 ticket, const Database::Probe &probe, bool newFile);
    void clearProbe();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    IntakeController &m_intake;
    SecretStore &m_secrets;
    const AppSettings m_initial;
    // The keychain entry of the database the dialog opened with, if it has
    // one; empty once the user chose to forget it.
    QString m_savedKey;
    bool m_forgetSaved = false;
    quint64 m_probeTicket = 0; // a result for an older ticket is stale
    bool m_probing = false;
};

} // namespace relais
