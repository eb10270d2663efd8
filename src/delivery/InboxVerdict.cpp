#include "InboxVerdict.h"

namespace relais {

QString InboxVerdict::fromVerification(const Verification &v)
{
    if (v.valid)
        return valid();
    switch (v.problem) {
    case Verification::Problem::None:
        return valid();
    case Verification::Problem::MissingHeader:
        return signatureMissing();
    case Verification::Problem::MalformedHeader:
        return malformedSignature();
    case Verification::Problem::StaleTimestamp:
        return staleTimestamp();
    case Verification::Problem::Mismatch:
        return wrongSecret();
    case Verification::Problem::UnusableSecret:
        return unusableSecret();
    }
    return wrongSecret();
}

bool InboxVerdict::isProblem(const QString &key)
{
    return !key.isEmpty() && key != valid() && key != notSigned() && key != noWebhook();
}

QString InboxVerdict::label(const QString &key)
{
    if (key == valid())
        return tr("valid");
    if (key == wrongSecret())
        return tr("wrong secret");
    if (key == bodyChanged())
        return tr("body changed");
    if (key == staleTimestamp())
        return tr("stale timestamp");
    if (key == signatureMissing())
        return tr("signature missing");
    if (key == malformedSignature())
        return tr("malformed signature");
    if (key == unusableSecret())
        return tr("unusable secret");
    if (key == secretUnavailable())
        return tr("secret unavailable");
    if (key == notSigned())
        return tr("not signed");
    if (key == noWebhook())
        return tr("no webhook");
    return key;
}

} // namespace relais
