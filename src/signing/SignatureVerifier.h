#pragma once

#include "core/Delivery.h"
#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace relais {

// The outcome of checking a received request's signature.
struct Verification
{
    enum class Problem
    {
        None,
        MissingHeader,   // a header the scheme needs is absent
        MalformedHeader, // present, but not in the scheme's format
        StaleTimestamp,  // signed too long ago (or too far in the future)
        Mismatch,        // wrong secret, or the body was changed
        UnusableSecret,  // the secret itself cannot be used by the scheme
    };

    bool valid = false;
    Problem problem = Problem::None;
    QString reason; // a translated sentence; empty when valid
};

// Checks the signature of a received request, as a receiver would: used by
// the built-in inbox and by tests.
class SignatureVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    // Header names are matched case-insensitively. Schemes that sign a
    // timestamp reject it when it is more than `toleranceSeconds` away from
    // `now` (Unix seconds), in either direction. A header holding several
    // signatures (rotation) is valid when any one matches `secret`.
    // SigningScheme::None is always valid.
    static Verification verify(SigningScheme scheme, const HmacOptions &hmac,
                               const QByteArray &secret, const HeaderList &headers,
                               const QByteArray &body, qint64 now, int toleranceSeconds = 300);
};

} // namespace relais
