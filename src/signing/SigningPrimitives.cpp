#include "SigningPrimitives.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace relais::signing {

QByteArray hmac(HmacOptions::Algorithm algorithm, const QByteArray &key, const QByteArray &message)
{
    const auto hash = algorithm == HmacOptions::Algorithm::Sha512 ? QCryptographicHash::Sha512
                                                                  : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(message, key, hash);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool standardWebhooksKey(const QByteArray &secret, QByteArray *key)
{
    const QByteArray prefix(kStandardWebhooksPrefix);
    const QByteArray encoded = secret.startsWith(prefix) ? secret.mid(prefix.size()) : secret;
    if (encoded.isEmpty())
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    *key = decoded.decoded;
    return true;
}

QByteArray idTimestampBody(const QByteArray &messageId, qint64 timestamp, const QByteArray &body)
{
    return messageId + '.' + QByteArray::number(timestamp) + '.' + body;
}

std::optional<HmacOptions> singleHeaderOptions(SigningScheme scheme, const HmacOptions &custom)
{
    using Encoding = HmacOptions::Encoding;
    auto preset = [](const char *header, Encoding encoding, const char *prefix) {
        HmacOptions o;
        o.headerName = QString::fromLatin1(header);
        o.algorithm = HmacOptions::Algorithm::Sha256;
        o.encoding = encoding;
        o.prefix = QString::fromLatin1(prefix);
        o.content = HmacOptions::Content::Body;
        return o;
    };
    switch (scheme) {
    case SigningScheme::GitHub:
        return preset("X-Hub-Signature-256", Encoding::Hex, "sha256=");
    case SigningScheme::Frappe:
        return preset("X-Frappe-Webhook-Signature", Encoding::Base64, "");
    case SigningScheme::SeaTable:
        return preset("X-SeaTable-Signature", Encoding::Hex, "sha256=");
    case SigningScheme::Decsys:
        return preset("X-Decsys-Signature", Encoding::Base64, "");
    case SigningScheme::Hmac:
        return custom;
    case SigningScheme::None:
    case SigningScheme::StandardWebhooks:
    case SigningScheme::Stripe:
        break;
    }
    return std::nullopt;
}

QByteArray encode(HmacOptions::Encoding encoding, const QByteArray &mac)
{
    return encoding == HmacOptions::Encoding::Hex ? mac.toHex() : mac.toBase64();
}

bool decode(HmacOptions::Encoding encoding, const QByteArray &text, QByteArray *mac)
{
    if (text.isEmpty())
        return false;
    if (encoding == HmacOptions::Encoding::Hex) {
        // QByteArray::fromHex() skips invalid characters; a signature must not.
        if (text.size() % 2 != 0)
            return false;
        for (char c : text) {
            const bool hexDigit =
                (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hexDigit)
                return false;
        }
        *mac = QByteArray::fromHex(text);
        return true;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *mac = decoded.decoded;
    return true;
}

} // namespace relais::signing
