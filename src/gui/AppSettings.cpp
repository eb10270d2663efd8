#include "AppSettings.h"

#include <QSettings>

namespace relais {

namespace {

const QString kLanguage = QStringLiteral("Settings/language");
const QString kDatabase = QStringLiteral("Settings/database");
const QString kDispatcher = QStringLiteral("Settings/dispatcherRunning");
const QString kRetention = QStringLiteral("Settings/retentionDays");
const QString kIntake = QStringLiteral("Settings/intakeEnabled");
const QString kIntakePort = QStringLiteral("Settings/intakePort");
const QString kPolicy = QStringLiteral("Settings/networkPolicy");
const QString kAllowList = QStringLiteral("Settings/allowList");

QString policyKey(NetworkPolicy::Mode mode)
{
    switch (mode) {
    case NetworkPolicy::Mode::Any:
        break;
    case NetworkPolicy::Mode::PublicOnly:
        return QStringLiteral("public");
    case NetworkPolicy::Mode::AllowList:
        return QStringLiteral("allow-list");
    }
    return QStringLiteral("any");
}

NetworkPolicy::Mode policyFromKey(const QString &key)
{
    if (key == QLatin1String("public"))
        return NetworkPolicy::Mode::PublicOnly;
    if (key == QLatin1String("allow-list"))
        return NetworkPolicy::Mode::AllowList;
    return NetworkPolicy::Mode::Any;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.language = s.value(kLanguage).toString();
    if (a.language != QLatin1String("en") && a.language != QLatin1String("fr"))
        a.language.clear();
    a.databaseUrl = s.value(kDatabase).toString();
    a.dispatcherRunning = s.value(kDispatcher, true).toBool();
    a.retentionDays = qBound(0, s.value(kRetention, kDefaultRetentionDays).toInt(), 3650);
    a.intakeEnabled = s.value(kIntake, true).toBool();
    a.intakePort = s.value(kIntakePort, kDefaultIntakePort).toInt();
    if (a.intakePort < 1 || a.intakePort > 65535)
        a.intakePort = kDefaultIntakePort;
    a.policyMode = policyFromKey(s.value(kPolicy).toString());
    a.allowList = s.value(kAllowList).toStringList();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(kLanguage, language);
    s.setValue(kDatabase, databaseUrl);
    s.setValue(kDispatcher, dispatcherRunning);
    s.setValue(kRetention, retentionDays);
    s.setValue(kIntake, intakeEnabled);
    s.setValue(kIntakePort, intakePort);
    s.setValue(kPolicy, policyKey(policyMode));
    s.setValue(kAllowList, allowList);
}

bool AppSettings::networkPolicy(NetworkPolicy *out, QString *error) const
{
    switch (policyMode) {
    case NetworkPolicy::Mode::Any:
        *out = NetworkPolicy::any();
        return true;
    case NetworkPolicy::Mode::PublicOnly:
        *out = NetworkPolicy::publicOnly();
        return true;
    case NetworkPolicy::Mode::AllowList:
        break;
    }
    return NetworkPolicy::allowList(allowList, out, error);
}

} // namespace relais
