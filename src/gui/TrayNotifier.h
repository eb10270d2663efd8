#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

class QSystemTrayIcon;

namespace relais {

class Database;

// Tells the user, through the system tray, that a webhook was disabled or
// that a delivery gave up. Does nothing where there is no system tray.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(const Database &db, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // The text of the last message shown; empty if none was.
    QString lastMessage() const { return m_lastMessage; }

    // Test hook: overrides QSystemTrayIcon::isSystemTrayAvailable() (nullopt: ask).
    static void setTrayAvailableForTests(std::optional<bool> available);

public Q_SLOTS:
    void webhookDisabled(const QUuid &webhookId, const QString &reason);
    void deliveryExhausted(const QString &deliveryId, const QUuid &webhookId,
                           const QString &lastError);

private:
    bool trayAvailable() const;
    QString webhookName(const QUuid &webhookId) const;
    void show(const QString &title, const QString &message, bool critical);

    const Database &m_db;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_lastMessage;
    static std::optional<bool> s_trayAvailable;
};

} // namespace relais
