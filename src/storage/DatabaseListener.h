#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>

namespace relais {

class Database;

// Hears, on PostgreSQL, what other programs on the same database did,
// without polling: writers send NOTIFY on commit (workNotifySql(),
// changesNotifySql()), and this listens on a connection of its own in the
// thread that calls start(), which needs an event loop. SQLite has no such
// thing: start() returns false there and the caller keeps polling.
class DatabaseListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseListener)

public:
    enum Channel
    {
        Work = 0x1,     // deliveries became due (new events, released leases)
        Changes = 0x2,  // anything in the delivery log changed
        Webhooks = 0x4, // a webhook was added, changed, disabled or removed
    };

    DatabaseListener(const Database &db, int channels, QObject *parent = nullptr);
    ~DatabaseListener() override;

    static bool isSupported(const Database &db);
    // The statement a writer runs inside its transaction to announce a
    // channel at commit; empty on SQLite.
    static QString notifySql(const Database &db, Channel channel);

    bool start(QString *error = nullptr);
    // How often a lost connection is looked for (default 15 s).
    void setCheckInterval(std::chrono::milliseconds interval) { m_check.setInterval(interval); }
    void stop();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void workStored();
    void changed();
    void webhooksChanged();

private:
    bool connectAndListen(QString *error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void checkConnection();

    const Database &m_db;
    const int m_channels;
    const QString m_connectionName;
    QTimer m_check;
    bool m_listening = false;
};

} // namespace relais
