#include "WebhookText.h"

#include "signing/SigningPrimitives.h"

#include <QRegularExpression>
#include <QUrl>

namespace relais {

WebhookHealth WebhookText::health(const Webhook &webhook)
{
    if (webhook.enabled)
        return WebhookHealth::Enabled;
    if (!webhook.disabledReason.isEmpty())
        return WebhookHealth::AutoDisabled;
    if (webhook.needsSecret)
        return WebhookHealth::NeedsSecret;
    return WebhookHealth::Disabled;
}

QString WebhookText::healthMark(WebhookHealth health)
{
    switch (health) {
    case WebhookHealth::Enabled:
        return QStringLiteral("●");
    case WebhookHealth::Disabled:
        return QStringLiteral("○");
    case WebhookHealth::AutoDisabled:
        return QStringLiteral("▲");
    case WebhookHealth::NeedsSecret:
        return QStringLiteral("◆");
    }
    return {};
}

QString WebhookText::healthName(WebhookHealth health)
{
    switch (health) {
    case WebhookHealth::Enabled:
        return tr("Enabled");
    case WebhookHealth::Disabled:
        return tr("Disabled");
    case WebhookHealth::AutoDisabled:
        return tr("Disabled after failures");
    case WebhookHealth::NeedsSecret:
        return tr("Needs its secret");
    }
    return {};
}

QString WebhookText::host(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (parsed.isValid() && !parsed.host().isEmpty())
        return parsed.host();
    // A placeholder can make the URL unparsable: take what lies between
    // "scheme://" and the path, without any user info or port.
    static const QRegularExpression authority(QStringLiteral("^[a-zA-Z][\\w+.-]*://([^/?#]*)"));
    QString host = authority.match(url).captured(1);
    host = host.mid(host.lastIndexOf(u'@') + 1);
    if (!host.startsWith(u'[') && host.contains(u':'))
        host = host.left(host.indexOf(u':'));
    return host;
}

QString WebhookText::events(const QStringList &patterns)
{
    if (patterns.size() == 1 && patterns.first() == QLatin1String("*"))
        return tr("every event");
    return patterns.join(QStringLiteral(", "));
}

QString WebhookText::duration(int seconds)
{
    if (seconds <= 0)
        return tr("immediately");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400 && seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds < 86400 && seconds % 60 == 0)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds % 86400 == 0)
        return tr("%1 d").arg(seconds / 86400);
    return tr("%1 h").arg(QLocale().toString(seconds / 3600.0, 'f', 1));
}

QString WebhookText::retrySchedule(const QList<int> &seconds)
{
    if (seconds.isEmpty())
        return tr("one attempt, no retry");
    QStringList words;
    for (int s : seconds)
        words << duration(s);
    return words.join(QStringLiteral(", "));
}

QString WebhookText::timeout(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return tr("%1 s").arg(milliseconds / 1000);
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
}

QString WebhookText::bodyMode(const Webhook &webhook)
{
    QString mode;
    switch (webhook.bodyMode) {
    case BodyMode::DefaultEnvelope:
        mode = tr("Default envelope");
        break;
    case BodyMode::JsonTemplate:
        mode = tr("JSON template");
        break;
    case BodyMode::Transform:
        mode = tr("JavaScript transform");
        break;
    case BodyMode::Form:
        mode = webhook.formFields.size() == 1
                   ? tr("Form, %n field", nullptr, 1)
                   : tr("Form, %n fields", nullptr, int(webhook.formFields.size()));
        break;
    case BodyMode::Raw:
        mode = tr("Raw text template");
        break;
    }
    return tr("%1 · %2").arg(mode, webhook.effectiveContentType());
}

QString WebhookText::signing(const Webhook &webhook)
{
    QString scheme;
    switch (webhook.signing) {
    case SigningScheme::None:
        return tr("Not signed");
    case SigningScheme::StandardWebhooks:
        scheme = tr("Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)");
        break;
    case SigningScheme::Stripe:
        scheme = tr("Stripe style (Stripe-Signature)");
        break;
    case SigningScheme::GitHub:
        scheme = tr("GitHub");
        break;
    case SigningScheme::Frappe:
        scheme = tr("Frappe / Dokos");
        break;
    case SigningScheme::SeaTable:
        scheme = tr("SeaTable");
        break;
    case SigningScheme::Decsys:
        scheme = tr("Decsys");
        break;
    case SigningScheme::Hmac:
        scheme = tr("Custom HMAC");
        break;
    }
    if (const auto options = signing::singleHeaderOptions(webhook.signing, webhook.hmac)) {
        const QString algorithm = options->algorithm == HmacOptions::Algorithm::Sha512
                                      ? QStringLiteral("HMAC-SHA512")
                                      : QStringLiteral("HMAC-SHA256");
        scheme = tr("%1 (%2 in %3)").arg(scheme, algorithm, options->headerName);
    }
    if (webhook.needsSecret && webhook.secrets.isEmpty())
        return tr("%1 · secret missing").arg(scheme);
    const int count = int(webhook.secrets.size());
    return (count == 1 ? tr("%1 · secret in the keychain")
                       : tr("%1 · %n secrets in the keychain", nullptr, count))
        .arg(scheme);
}

QString WebhookText::headers(const QList<WebhookHeader> &headers)
{
    if (headers.isEmpty())
        return tr("No extra headers");
    QStringList lines;
    for (const WebhookHeader &h : headers) {
        lines << (h.secret ? tr("%1: %2  [secret]").arg(h.name, secretPlaceholder())
                           : tr("%1: %2").arg(h.name, h.value));
    }
    return lines.join(u'\n');
}

QString WebhookText::transport(const Webhook &webhook)
{
    QStringList parts;
    if (!webhook.verifyTls)
        parts << tr("TLS certificate NOT verified");
    else if (!webhook.pinnedCertSha256.isEmpty())
        parts << tr("TLS certificate pinned");
    else
        parts << tr("TLS certificate verified");
    parts << (webhook.followRedirects ? tr("follows redirects") : tr("no redirects"));
    parts << tr("up to %n at a time", nullptr, webhook.maxConcurrency);
    if (webhook.rateLimitPerSecond > 0)
        parts << tr("at most %1 per second").arg(webhook.rateLimitPerSecond);
    return parts.join(QStringLiteral(" · "));
}

} // namespace relais
