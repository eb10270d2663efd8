#pragma once

#include "core/Delivery.h"
#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// What one attempt's signature covers.
struct SigningInput
{
    QByteArray messageId; // "msg_…", the same on every retry of a delivery
    qint64 timestamp = 0; // Unix seconds of this attempt
    QByteArray body;      // the exact bytes sent
};

// Computes the headers that sign an attempt under a webhook's scheme, and
// makes new secrets in the form each scheme expects.
class Signer final
{
    Q_DECLARE_TR_FUNCTIONS(Signer)

public:
    // Appends the signature headers (name, value) to *out. `secrets` are the
    // active secrets as the user typed them, oldest first (a rotation appends
    // the new one). Standard Webhooks and Stripe carry one signature per
    // secret, newest first; the single-signature schemes (GitHub, Frappe,
    // SeaTable, Decsys, custom HMAC) sign with the newest secret only.
    // On failure returns false, sets *error and leaves *out unchanged.
    static bool sign(SigningScheme scheme, const HmacOptions &hmac,
                     const QList<QByteArray> &secrets, const SigningInput &input, HeaderList *out,
                     QString *error);

    // A new random secret: "whsec_" + base64 of 24 bytes for Standard
    // Webhooks, 64 hex digits (32 bytes) for the others, empty for None.
    static QByteArray generateSecret(SigningScheme scheme);
};

} // namespace relais
