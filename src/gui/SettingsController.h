#pragma once

#include "AppSettings.h"

#include <QObject>

class QWidget;

namespace relais {

class DeliveryEngine;
class IntakeController;
class SecretStore;

// Puts the settings into effect: the network policy and the retention on
// the engine, the intake endpoint, the dispatcher on or off. Opens the
// Settings dialog, saves what the user accepts and applies it at once; what
// only a restart can change (language, database) is said so.
class SettingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsController)

public:
    SettingsController(DeliveryEngine &engine, IntakeController &intake, SecretStore &secrets,
                       QObject *parent = nullptr);

    const AppSettings &settings() const { return m_settings; }
    // Applies `settings` (at start, or after the dialog). Problems, such as
    // a port in use, are returned in plain words, one per line; empty: none.
    QString apply(const AppSettings &settings);

public Q_SLOTS:
    void openDialog(QWidget *parent);
    // The status bar's pause button: remembered for the next start.
    void dispatcherToggled(bool running);

Q_SIGNALS:
    void dispatcherChanged(bool running);

private:
    DeliveryEngine &m_engine;
    IntakeController &m_intake;
    SecretStore &m_secrets; // the database password, saved by the dialog
    AppSettings m_settings;
};

} // namespace relais
