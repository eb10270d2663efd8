#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace relais {

// Secrets in the operating system's keychain through QtKeychain (the Secret
// Service on Linux). Calls wait for the keychain's answer in a local event
// loop, so they must run in a thread with a QCoreApplication.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Relais"));

    Result read(const QString &key) override;
    Result write(const QString &key, const QByteArray &value) override;
    Result remove(const QString &key) override;

    // The sentence shown when the keychain cannot be used.
    static QString unavailableMessage(const QString &detail);

private:
    QString m_service;
};

} // namespace relais
