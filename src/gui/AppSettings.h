#pragma once

#include "delivery/NetworkPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relais {

// What the user chose in Settings, kept with QSettings. Language and
// database take effect at the next start; the rest at once.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int kDefaultIntakePort = 8645;
    static constexpr int kDefaultRetentionDays = 30;

    QString language;    // empty: the system's; "en" or "fr"
    QString databaseUrl; // empty: the default file in the data folder
    bool dispatcherRunning = true;
    int retentionDays = kDefaultRetentionDays; // 0: keep everything
    bool intakeEnabled = true;
    int intakePort = kDefaultIntakePort;
    NetworkPolicy::Mode policyMode = NetworkPolicy::Mode::Any;
    QStringList allowList; // for NetworkPolicy::Mode::AllowList

    static AppSettings load();
    void save() const;

    // The policy the dispatcher applies; false (with *error naming the bad
    // entry) when the allow-list cannot be read.
    bool networkPolicy(NetworkPolicy *out, QString *error) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace relais
