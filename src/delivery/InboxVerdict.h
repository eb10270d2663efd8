#pragma once

#include "signing/SignatureVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// The words the built-in inbox stores for a request's signature check, and
// how they read in the interface. The keys are stored and printed by
// `relaisctl inbox list --json`: they never change with the language.
class InboxVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(InboxVerdict)

public:
    static QString valid() { return QStringLiteral("valid"); }
    // A signature is present but does not verify with any active secret
    // (SignatureVerifier cannot tell this from a changed body).
    static QString wrongSecret() { return QStringLiteral("wrong secret"); }
    // The signature does not verify, and the body differs from the one Relais
    // stored for the delivery named in webhook-id: changed on the way.
    static QString bodyChanged() { return QStringLiteral("body changed"); }
    static QString staleTimestamp() { return QStringLiteral("stale timestamp"); }
    static QString signatureMissing() { return QStringLiteral("signature missing"); }
    static QString malformedSignature() { return QStringLiteral("malformed signature"); }
    static QString unusableSecret() { return QStringLiteral("unusable secret"); }
    static QString secretUnavailable() { return QStringLiteral("secret unavailable"); }
    // The webhook aimed at the inbox does not sign its requests.
    static QString notSigned() { return QStringLiteral("not signed"); }
    // No webhook is aimed at the inbox: nothing to check the request against.
    static QString noWebhook() { return QStringLiteral("no webhook"); }

    static QString fromVerification(const Verification &v);
    static bool isValid(const QString &key) { return key == valid(); }
    // True for the verdicts that say something is wrong with the signature
    // (as opposed to "nothing to check").
    static bool isProblem(const QString &key);
    // The verdict in the user's language, for tables.
    static QString label(const QString &key);
};

} // namespace relais
