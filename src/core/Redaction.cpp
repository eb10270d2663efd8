#include "Redaction.h"

#include <QUrl>
#include <QUrlQuery>

namespace relais {

QStringList Redaction::defaultCredentialWords()
{
    return {QStringLiteral("token"),  QStringLiteral("key"),       QStringLiteral("secret"),
            QStringLiteral("password"), QStringLiteral("passwd"),  QStringLiteral("signature"),
            QStringLiteral("sig"),    QStringLiteral("auth"),      QStringLiteral("credential")};
}

bool Redaction::isSensitiveHeader(const QByteArray &name, const QStringList &secretHeaders)
{
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
        lower == "set-cookie")
        return true;
    for (const QString &secret : secretHeaders) {
        if (secret.trimmed().toLower().toUtf8() == lower)
            return true;
    }
    return false;
}

HeaderList Redaction::headers(const HeaderList &headers, const QStringList &secretHeaders)
{
    HeaderList out = headers;
    for (auto &[name, value] : out) {
        if (isSensitiveHeader(name, secretHeaders))
            value = marker().toUtf8();
    }
    return out;
}

QString Redaction::url(const QString &text, const QStringList &credentialWords)
{
    QUrl u(text);
    if (!u.isValid() || !u.hasQuery())
        return u.password().isEmpty() ? text : QUrl(text).adjusted(QUrl::RemovePassword).toString();
    QUrlQuery query(u);
    auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    for (auto &[name, value] : items) {
        const QString lower = QUrl::fromPercentEncoding(name.toUtf8()).toLower();
        for (const QString &word : credentialWords) {
            if (lower.contains(word)) {
                value = marker();
                changed = true;
                break;
            }
        }
    }
    if (!u.password().isEmpty()) {
        u.setPassword(marker());
        changed = true;
    }
    if (!changed)
        return text;
    query.setQueryItems(items);
    u.setQuery(query);
    return u.toString(QUrl::FullyEncoded);
}

RequestSnapshot Redaction::request(const RequestSnapshot &request, const QStringList &secretHeaders)
{
    RequestSnapshot out = request;
    out.url = url(request.url);
    out.headers = headers(request.headers, secretHeaders);
    return out;
}

} // namespace relais
