#pragma once

#include "core/Webhook.h"

#include <QByteArray>
#include <optional>

// Building blocks shared by Signer and SignatureVerifier, so that both sides
// compute a signature in exactly the same way.
namespace relais::signing {

inline constexpr char kStandardWebhooksPrefix[] = "whsec_";

QByteArray hmac(HmacOptions::Algorithm algorithm, const QByteArray &key, const QByteArray &message);

// True when a and b hold the same bytes. Takes the same time whatever the
// position of the first difference, so a receiver cannot be probed byte by
// byte. Lengths are not secret (a MAC's length is fixed by its algorithm).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// The HMAC key of a Standard Webhooks secret: the base64 after "whsec_", or
// the whole secret when it has no prefix. False when that is not base64.
bool standardWebhooksKey(const QByteArray &secret, QByteArray *key);

// "<id>.<timestamp>.<body>", the content Standard Webhooks signs.
QByteArray idTimestampBody(const QByteArray &messageId, qint64 timestamp, const QByteArray &body);

// The schemes that put one HMAC in one header, described as custom HMAC
// options: GitHub, Frappe, SeaTable and Decsys presets, or `custom` itself
// for SigningScheme::Hmac. Empty for the other schemes.
std::optional<HmacOptions> singleHeaderOptions(SigningScheme scheme, const HmacOptions &custom);

QByteArray encode(HmacOptions::Encoding encoding, const QByteArray &mac);
// Strict decoding: false on any character outside the alphabet.
bool decode(HmacOptions::Encoding encoding, const QByteArray &text, QByteArray *mac);

} // namespace relais::signing
