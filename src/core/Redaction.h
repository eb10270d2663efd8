#pragma once

#include "Delivery.h"

#include <QString>
#include <QStringList>

namespace relais {

// Hides credentials in what Relais stores and shows: the values of
// Authorization, Proxy-Authorization, Cookie and Set-Cookie, of headers the
// user marked secret, and of URL query parameters whose names look like
// credentials (token, key, secret, password, signature…).
class Redaction final
{
public:
    static QString marker() { return QStringLiteral("[redacted]"); }

    static bool isSensitiveHeader(const QByteArray &name, const QStringList &secretHeaders);
    static HeaderList headers(const HeaderList &headers, const QStringList &secretHeaders);
    // Query parameter names are compared case-insensitively by substring.
    static QString url(const QString &url,
                       const QStringList &credentialWords = defaultCredentialWords());
    static QStringList defaultCredentialWords();
    static RequestSnapshot request(const RequestSnapshot &request,
                                   const QStringList &secretHeaders);
};

} // namespace relais
