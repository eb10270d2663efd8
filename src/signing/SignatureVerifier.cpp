#include "SignatureVerifier.h"

#include "SigningPrimitives.h"

#include <optional>

namespace relais {

namespace {

using Problem = Verification::Problem;
using signing::constantTimeEquals;
using signing::hmac;

Verification invalid(Problem problem, const QString &reason)
{
    return {false, problem, reason};
}

std::optional<QByteArray> headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return std::nullopt;
}

// Any of the candidate MACs equals the expected one. Every candidate is
// compared, so the time taken does not reveal which one matched.
bool anyMatches(const QByteArrayList &candidates, const QByteArray &expected)
{
    bool matched = false;
    for (const QByteArray &candidate : candidates)
        matched |= constantTimeEquals(candidate, expected);
    return matched;
}

// Verification of one scheme; a class so that its messages share the
// SignatureVerifier translation context.
class SchemeCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    SchemeCheck(const HeaderList &headers, qint64 now, int tolerance)
        : m_headers(headers)
        , m_now(now)
        , m_tolerance(tolerance)
    {}

    Verification standardWebhooks(const QByteArray &secret, const QByteArray &body) const;
    Verification stripe(const QByteArray &secret, const QByteArray &body) const;
    Verification singleHeader(const HmacOptions &options, const QByteArray &secret,
                              const QByteArray &body) const;

private:
    // The header's value, or sets *failure.
    std::optional<QByteArray> require(const char *name, Verification *failure) const;
    // Parses a Unix timestamp and checks it against the tolerance; sets
    // *failure when it is not acceptable.
    bool timestampAcceptable(const QByteArray &text, const char *header, qint64 *timestamp,
                             Verification *failure) const;
    static Verification mismatch()
    {
        return invalid(Problem::Mismatch,
                       tr("The signature does not match: wrong secret, or the body was changed."));
    }

    const HeaderList &m_headers;
    qint64 m_now;
    int m_tolerance;
};

std::optional<QByteArray> SchemeCheck::require(const char *name, Verification *failure) const
{
    std::optional<QByteArray> value = headerValue(m_headers, name);
    if (!value || value->isEmpty()) {
        *failure = invalid(Problem::MissingHeader,
                           tr("The %1 header is missing.").arg(QString::fromLatin1(name)));
        return std::nullopt;
    }
    return value;
}

bool SchemeCheck::timestampAcceptable(const QByteArray &text, const char *header, qint64 *timestamp,
                                      Verification *failure) const
{
    bool ok = false;
    *timestamp = text.toLongLong(&ok);
    if (!ok) {
        *failure = invalid(Problem::MalformedHeader,
                           tr("The timestamp in %1 is not a Unix time: \"%2\".")
                               .arg(QString::fromLatin1(header), QString::fromUtf8(text)));
        return false;
    }
    const qint64 age = m_now - *timestamp;
    if (age > m_tolerance) {
        *failure = invalid(Problem::StaleTimestamp,
                           tr("The timestamp is stale: signed %1 seconds ago, beyond the "
                              "tolerance of %2 seconds.")
                               .arg(age)
                               .arg(m_tolerance));
        return false;
    }
    if (-age > m_tolerance) {
        *failure = invalid(Problem::StaleTimestamp,
                           tr("The timestamp is %1 seconds in the future, beyond the tolerance "
                              "of %2 seconds.")
                               .arg(-age)
                               .arg(m_tolerance));
        return false;
    }
    return true;
}

Verification SchemeCheck::standardWebhooks(const QByteArray &secret, const QByteArray &body) const
{
    Verification failure;
    const auto id = require("webhook-id", &failure);
    const auto timestampText = id ? require("webhook-timestamp", &failure) : std::nullopt;
    const auto signatures = timestampText ? require("webhook-signature", &failure) : std::nullopt;
    if (!signatures)
        return failure;
    qint64 timestamp = 0;
    if (!timestampAcceptable(*timestampText, "webhook-timestamp", &timestamp, &failure))
        return failure;

    QByteArrayList candidates;
    for (const QByteArray &entry : signatures->split(' ')) {
        // Unknown versions are skipped: the spec lets senders add new ones.
        if (!entry.startsWith("v1,"))
            continue;
        QByteArray mac;
        if (signing::decode(HmacOptions::Encoding::Base64, entry.mid(3), &mac))
            candidates.append(mac);
    }
    if (candidates.isEmpty())
        return invalid(Problem::MalformedHeader,
                       tr("The webhook-signature header holds no \"v1,<base64>\" signature."));

    QByteArray key;
    if (!signing::standardWebhooksKey(secret, &key))
        return invalid(Problem::UnusableSecret,
                       tr("The secret is not a Standard Webhooks secret: it should be "
                          "\"whsec_\" followed by base64."));
    const QByteArray content = signing::idTimestampBody(*id, timestamp, body);
    if (!anyMatches(candidates, hmac(HmacOptions::Algorithm::Sha256, key, content)))
        return mismatch();
    return {true, Problem::None, {}};
}

Verification SchemeCheck::stripe(const QByteArray &secret, const QByteArray &body) const
{
    Verification failure;
    const auto header = require("Stripe-Signature", &failure);
    if (!header)
        return failure;
    std::optional<QByteArray> timestampText;
    QByteArrayList candidates;
    for (const QByteArray &item : header->split(',')) {
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = item.left(equals).trimmed();
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1).trimmed();
        QByteArray mac;
        if (name == "t" && !timestampText)
            timestampText = value;
        else if (name == "v1" && signing::decode(HmacOptions::Encoding::Hex, value, &mac))
            candidates.append(mac);
    }
    if (!timestampText || candidates.isEmpty())
        return invalid(Problem::MalformedHeader,
                       tr("The Stripe-Signature header should read \"t=<time>,v1=<hex>\"."));
    qint64 timestamp = 0;
    if (!timestampAcceptable(*timestampText, "Stripe-Signature", &timestamp, &failure))
        return failure;
    if (secret.isEmpty())
        return invalid(Problem::UnusableSecret, tr("The secret is empty."));
    const QByteArray content = *timestampText + '.' + body;
    if (!anyMatches(candidates, hmac(HmacOptions::Algorithm::Sha256, secret, content)))
        return mismatch();
    return {true, Problem::None, {}};
}

Verification SchemeCheck::singleHeader(const HmacOptions &options, const QByteArray &secret,
                                       const QByteArray &body) const
{
    Verification failure;
    const QByteArray headerName = options.headerName.toLatin1();
    const auto header = require(headerName.constData(), &failure);
    if (!header)
        return failure;
    const QByteArray prefix = options.prefix.toUtf8();
    QByteArray mac;
    if (!header->startsWith(prefix) ||
        !signing::decode(options.encoding, header->mid(prefix.size()), &mac)) {
        const QString format = options.prefix + (options.encoding == HmacOptions::Encoding::Hex
                                                     ? QStringLiteral("<hex>")
                                                     : QStringLiteral("<base64>"));
        return invalid(Problem::MalformedHeader,
                       tr("The %1 header should read \"%2\".").arg(options.headerName, format));
    }

    QByteArray content = body;
    if (options.content == HmacOptions::Content::IdTimestampBody) {
        const auto id = require("webhook-id", &failure);
        const auto timestampText = id ? require("webhook-timestamp", &failure) : std::nullopt;
        qint64 timestamp = 0;
        if (!timestampText ||
            !timestampAcceptable(*timestampText, "webhook-timestamp", &timestamp, &failure))
            return failure;
        content = signing::idTimestampBody(*id, timestamp, body);
    }
    if (secret.isEmpty())
        return invalid(Problem::UnusableSecret, tr("The secret is empty."));
    if (!anyMatches({mac}, hmac(options.algorithm, secret, content)))
        return mismatch();
    return {true, Problem::None, {}};
}

} // namespace

Verification SignatureVerifier::verify(SigningScheme scheme, const HmacOptions &hmacOptions,
                                       const QByteArray &secret, const HeaderList &headers,
                                       const QByteArray &body, qint64 now, int toleranceSeconds)
{
    const SchemeCheck check(headers, now, toleranceSeconds);
    switch (scheme) {
    case SigningScheme::None:
        return {true, Problem::None, {}};
    case SigningScheme::StandardWebhooks:
        return check.standardWebhooks(secret, body);
    case SigningScheme::Stripe:
        return check.stripe(secret, body);
    case SigningScheme::GitHub:
    case SigningScheme::Frappe:
    case SigningScheme::SeaTable:
    case SigningScheme::Decsys:
    case SigningScheme::Hmac:
        break;
    }
    const std::optional<HmacOptions> options = signing::singleHeaderOptions(scheme, hmacOptions);
    if (!options)
        return invalid(Problem::MalformedHeader, tr("Unknown signature scheme."));
    return check.singleHeader(*options, secret, body);
}

} // namespace relais
