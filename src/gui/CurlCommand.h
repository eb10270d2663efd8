#pragma once

#include "core/Delivery.h"

#include <QString>

namespace relais {

// A curl command line that sends a logged request again from a terminal.
// Logged requests are redacted, and a signature is only valid for the
// moment it was made: those values become shell variables ("$AUTHORIZATION",
// "$WEBHOOK_SIGNATURE") for the user to set, never the secrets themselves.
class CurlCommand final
{
public:
    static QString build(const RequestSnapshot &request);
    // The variable standing for the value of `headerName`.
    static QString placeholderFor(const QByteArray &headerName);
    static bool isSignatureHeader(const QByteArray &name);
};

} // namespace relais
