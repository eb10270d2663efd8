#include "Signer.h"

#include "SigningPrimitives.h"
#include "core/HttpRules.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace relais {

namespace {

using signing::hmac;

QByteArray randomBytes(qsizetype count)
{
    std::array<quint32, 8> words{};
    Q_ASSERT(count <= qsizetype(sizeof(words)) && count % 4 == 0);
    QRandomGenerator::system()->fillRange(words.data(), count / 4);
    return QByteArray(reinterpret_cast<const char *>(words.data()), count);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QList<QByteArray> newestFirst(const QList<QByteArray> &secrets)
{
    QList<QByteArray> reversed = secrets;
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace

bool Signer::sign(SigningScheme scheme, const HmacOptions &hmacOptions,
                  const QList<QByteArray> &secrets, const SigningInput &input, HeaderList *out,
                  QString *error)
{
    if (scheme == SigningScheme::None)
        return true;
    if (secrets.isEmpty())
        return fail(error, tr("The webhook has no active signing secret."));
    for (const QByteArray &secret : secrets) {
        if (secret.isEmpty())
            return fail(error, tr("A signing secret is empty."));
    }
    const QByteArray timestamp = QByteArray::number(input.timestamp);

    if (scheme == SigningScheme::StandardWebhooks) {
        if (input.messageId.isEmpty())
            return fail(error, tr("A Standard Webhooks signature needs a message id."));
        const QByteArray content =
            signing::idTimestampBody(input.messageId, input.timestamp, input.body);
        QByteArrayList signatures;
        for (const QByteArray &secret : newestFirst(secrets)) {
            QByteArray key;
            if (!signing::standardWebhooksKey(secret, &key))
                return fail(error, tr("The secret is not a Standard Webhooks secret: it should "
                                      "be \"whsec_\" followed by base64."));
            signatures.append("v1," +
                              hmac(HmacOptions::Algorithm::Sha256, key, content).toBase64());
        }
        out->append({"webhook-id", input.messageId});
        out->append({"webhook-timestamp", timestamp});
        out->append({"webhook-signature", signatures.join(' ')});
        return true;
    }

    if (scheme == SigningScheme::Stripe) {
        const QByteArray content = timestamp + '.' + input.body;
        QByteArray value = "t=" + timestamp;
        for (const QByteArray &secret : newestFirst(secrets))
            value += ",v1=" + hmac(HmacOptions::Algorithm::Sha256, secret, content).toHex();
        out->append({"Stripe-Signature", value});
        return true;
    }

    const std::optional<HmacOptions> options = signing::singleHeaderOptions(scheme, hmacOptions);
    if (!options)
        return fail(error, tr("Unknown signature scheme."));
    if (const QString p = HttpRules::headerNameProblem(options->headerName); !p.isEmpty())
        return fail(error, p);
    if (const QString p = HttpRules::headerValueProblem(options->prefix); !p.isEmpty())
        return fail(error, p);

    HeaderList headers;
    QByteArray content = input.body;
    if (options->content == HmacOptions::Content::IdTimestampBody) {
        if (input.messageId.isEmpty())
            return fail(error, tr("Signing \"id.timestamp.body\" needs a message id."));
        content = signing::idTimestampBody(input.messageId, input.timestamp, input.body);
        // The receiver needs both to recompute the signed content.
        headers.append({"webhook-id", input.messageId});
        headers.append({"webhook-timestamp", timestamp});
    }
    const QByteArray mac = hmac(options->algorithm, secrets.constLast(), content);
    headers.append({options->headerName.toLatin1(),
                    options->prefix.toUtf8() + signing::encode(options->encoding, mac)});
    out->append(headers);
    return true;
}

QByteArray Signer::generateSecret(SigningScheme scheme)
{
    switch (scheme) {
    case SigningScheme::None:
        return {};
    case SigningScheme::StandardWebhooks:
        return signing::kStandardWebhooksPrefix + randomBytes(24).toBase64();
    case SigningScheme::GitHub:
    case SigningScheme::Frappe:
    case SigningScheme::Stripe:
    case SigningScheme::SeaTable:
    case SigningScheme::Decsys:
    case SigningScheme::Hmac:
        break;
    }
    // Hex: accepted by every receiver's configuration field, no quoting issues.
    return randomBytes(32).toHex();
}

} // namespace relais
