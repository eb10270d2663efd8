#pragma once

#include "core/Webhook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// What the list shows before a webhook's name: whether it sends.
enum class WebhookHealth
{
    Enabled,
    Disabled,
    AutoDisabled, // Relais turned it off after failures (disabledReason says why)
    NeedsSecret,  // imported without its secret, so it cannot send yet
};

// The words the window uses for a webhook's settings, shared by the list,
// the details pane and their tests so that they always agree.
class WebhookText final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookText)

public:
    static WebhookHealth health(const Webhook &webhook);
    // ● ○ ▲ ◆: distinct shapes, so the state never depends on colour alone.
    static QString healthMark(WebhookHealth health);
    static QString healthName(WebhookHealth health);

    // The receiver's host, also for URLs holding {{ placeholders }}.
    static QString host(const QString &url);
    static QString events(const QStringList &patterns);

    // "immediately, 5 s, 5 min, 30 min, 2 h"
    static QString retrySchedule(const QList<int> &seconds);
    static QString duration(int seconds);
    static QString timeout(int milliseconds);

    static QString bodyMode(const Webhook &webhook);
    static QString signing(const Webhook &webhook);
    // One "Name: value" line per header; secret values are never shown.
    static QString headers(const QList<WebhookHeader> &headers);
    static QString transport(const Webhook &webhook);

    static QString secretPlaceholder() { return QStringLiteral("••••"); }
};

} // namespace relais
