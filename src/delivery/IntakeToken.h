#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace relais {

class SecretStore;

// The bearer token that clients of the intake endpoint present. It lives in
// the keychain, never in settings or the database, and is created the first
// time it is needed.
class IntakeToken final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeToken)

public:
    IntakeToken() = delete;

    // The key the token is stored under in the SecretStore.
    static QString secretKey();

    // The stored token; generates and stores one when there is none yet.
    // Empty, with a translated *error, when the keychain cannot be used.
    static QByteArray current(SecretStore &secrets, QString *error);

    // Replaces the stored token with a new one: clients holding the old one
    // are refused from then on. Empty, with *error, on failure.
    static QByteArray regenerate(SecretStore &secrets, QString *error);

    // 32 bytes from the system's secure random source, base64url without padding.
    static QByteArray generate();
};

} // namespace relais
