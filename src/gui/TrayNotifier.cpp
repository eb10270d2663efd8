#include "TrayNotifier.h"

#include "storage/WebhookRepository.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace relais {

std::optional<bool> TrayNotifier::s_trayAvailable;

TrayNotifier::TrayNotifier(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setTrayAvailableForTests(std::optional<bool> available)
{
    s_trayAvailable = available;
}

bool TrayNotifier::trayAvailable() const
{
    return s_trayAvailable.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

QString TrayNotifier::webhookName(const QUuid &webhookId) const
{
    QString error;
    const std::optional<Webhook> webhook = WebhookRepository(m_db).find(webhookId, &error);
    return webhook ? webhook->name : webhookId.toString(QUuid::WithoutBraces);
}

void TrayNotifier::webhookDisabled(const QUuid &webhookId, const QString &reason)
{
    if (!trayAvailable())
        return;
    show(tr("Webhook disabled"), tr("“%1” was disabled: %2").arg(webhookName(webhookId), reason),
         true);
}

void TrayNotifier::deliveryExhausted(const QString &deliveryId, const QUuid &webhookId,
                                     const QString &lastError)
{
    Q_UNUSED(deliveryId)
    if (!trayAvailable())
        return;
    show(tr("Delivery failed"),
         tr("A delivery to “%1” gave up: %2").arg(webhookName(webhookId), lastError), false);
}

void TrayNotifier::show(const QString &title, const QString &message, bool critical)
{
    m_lastMessage = message;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // only the test hook said there was one
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_icon->setObjectName(QStringLiteral("trayIcon"));
        m_icon->setToolTip(QGuiApplication::applicationDisplayName());
    }
    if (!m_icon->isVisible())
        m_icon->show();
    m_icon->showMessage(title, message,
                        critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

} // namespace relais
