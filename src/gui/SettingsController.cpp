#include "SettingsController.h"

#include "IntakeController.h"
#include "MessageBoxes.h"
#include "SettingsDialog.h"

#include "delivery/DeliveryEngine.h"

namespace relais {

SettingsController::SettingsController(DeliveryEngine &engine, IntakeController &intake,
                                       SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_intake(intake)
    , m_secrets(secrets)
    , m_settings(AppSettings::load())
{}

QString SettingsController::apply(const AppSettings &settings)
{
    m_settings = settings;
    QStringList problems;
    NetworkPolicy policy;
    QString error;
    if (settings.networkPolicy(&policy, &error))
        m_engine.setNetworkPolicy(policy);
    else
        problems << tr("The list of allowed targets is not valid (%1): the previous policy "
                       "stays in force.")
                        .arg(error);
    m_engine.setRetentionDays(settings.retentionDays);
    if (settings.dispatcherRunning != m_engine.isRunning()) {
        if (settings.dispatcherRunning)
            m_engine.start();
        else
            m_engine.stop();
        Q_EMIT dispatcherChanged(m_engine.isRunning());
    }
    if (!m_intake.apply(settings.intakeEnabled, quint16(settings.intakePort), &error))
        problems << tr("The intake endpoint could not start on port %1: %2")
                        .arg(settings.intakePort)
                        .arg(error);
    return problems.join(u'\n');
}

void SettingsController::openDialog(QWidget *parent)
{
    SettingsDialog dialog(m_settings, m_intake, m_secrets, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    chosen.save();
    const QString problems = apply(chosen);
    if (!problems.isEmpty())
        MessageBoxes::warning(parent, tr("Settings"),
                              tr("Your settings were saved, but not all of them could be "
                                 "applied."),
                              problems);
}

void SettingsController::dispatcherToggled(bool running)
{
    m_settings.dispatcherRunning = running;
    m_settings.save();
}

} // namespace relais
