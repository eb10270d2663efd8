#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace relais {

class Database;
class PreparedStatements;

// A dispatcher (a delivery engine that sends: the window, relaisctl serve)
// as it last reported itself.
struct DispatcherInfo
{
    QString id; // the dispatcher id recorded on its leases and attempts
    QString host;
    qint64 pid = 0;
    QString version;
    QDateTime startedAt;
    QDateTime heartbeatAt;
    QDateTime stoppedAt; // invalid while it runs (or until its heartbeat goes stale)

    // Stopped cleanly, or silent for longer than `staleAfter` (killed,
    // crashed, cut off).
    bool isRunning(const QDateTime &now, std::chrono::milliseconds staleAfter) const;
};

// The dispatchers table: each running dispatcher writes a heartbeat every
// few seconds, so that every program on the database shows which are running.
class DispatcherRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DispatcherRepository)

public:
    // How long after its last heartbeat a silent dispatcher stays listed.
    static constexpr std::chrono::hours keepFor{24 * 7};

    // In a writer transaction: records that `info.id` is alive at `now`
    // (its first heartbeat also sets started_at) and forgets dispatchers
    // silent for longer than keepFor.
    static bool beat(PreparedStatements &sql, const DispatcherInfo &info, const QDateTime &now,
                     QString *error);
    static bool markStopped(PreparedStatements &sql, const QString &id, const QDateTime &now,
                            QString *error);

    // Every dispatcher heard from within keepFor, the most recent first.
    static QList<DispatcherInfo> list(const Database &db, QString *error);
};

} // namespace relais
