#include "HttpRules.h"

#include <QRegularExpression>
#include <QUrl>

namespace relais {

namespace {

bool hasControlBreak(const QString &s)
{
    for (QChar c : s) {
        if (c == u'\r' || c == u'\n' || c == QChar(0))
            return true;
    }
    return false;
}

} // namespace

bool HttpRules::isReservedHeader(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("host"), QStringLiteral("content-length"),
        QStringLiteral("transfer-encoding"), QStringLiteral("connection")};
    return reserved.contains(name.trimmed().toLower());
}

QString HttpRules::headerNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A header needs a name.");
    // RFC 9110 token characters.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(name).hasMatch())
        return tr("Header name \"%1\" may only contain letters, digits and !#$%&'*+.^_`|~-.")
            .arg(name);
    if (isReservedHeader(name))
        return tr("Header \"%1\" is set by Relais itself and cannot be overridden.").arg(name);
    return {};
}

QString HttpRules::headerValueProblem(const QString &value)
{
    if (hasControlBreak(value))
        return tr("Header values may not contain line breaks (CR, LF) or NUL characters.");
    return {};
}

QString HttpRules::urlProblem(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the URL that will receive the webhook.");
    if (hasControlBreak(url) || trimmed.contains(u'\t'))
        return tr("The URL may not contain line breaks, tabs or NUL characters.");
    if (trimmed.contains(u' ') && !trimmed.contains(QStringLiteral("{{")))
        return tr("The URL may not contain spaces; encode them as %20.");
    // Placeholders are checked by the payload engine; validate the rest by
    // replacing each with a harmless token.
    QString probe = trimmed;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{.*?\\}\\}"));
    probe.replace(placeholder, QStringLiteral("x"));
    const QUrl u(probe, QUrl::StrictMode);
    if (!u.isValid())
        return tr("This is not a valid URL: %1").arg(u.errorString());
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The URL must start with http:// or https://.");
    if (u.host().isEmpty())
        return tr("The URL needs a host name, as in https://example.com/hook.");
    return {};
}

} // namespace relais
