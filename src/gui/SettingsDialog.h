#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace relais {

class IntakeController;

// Settings, a tab per subject: language; the dispatcher, log retention and
// which targets may be reached; the intake endpoint with its port and token
// (show, copy, regenerate); the database. Every field is checked as it is
// typed, OK stays disabled while one is wrong, and each tab says when its
// change takes effect.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const AppSettings &current, IntakeController &intake, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

private:
    void load(const AppSettings &s);
    void revalidate();
    void updateNotes();
    void browseDatabase();
    void loadToken();
    void copyToken();
    void regenerateToken();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    IntakeController &m_intake;
    const AppSettings m_initial;
};

} // namespace relais
