#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QThread>

#include <functional>
#include <memory>

namespace relais {

// Secrets in the operating system's keychain through QtKeychain (the Secret
// Service on Linux). QtKeychain queues its jobs through one object that
// must not be shared between threads, so every job runs in a thread of the
// store's own; callers from any thread wait for the answer there.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Relais"));
    ~KeychainSecretStore() override;
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

    Result read(const QString &key) override;
    Result write(const QString &key, const QByteArray &value) override;
    Result remove(const QString &key) override;
    // On Linux the keychain is a service of the session bus: without one (a
    // server, a cron job) there is none to ask.
    bool mayBeReachable() const override;

    // The sentence shown when the keychain cannot be used.
    static QString unavailableMessage(const QString &detail);

private:
    Result inKeychainThread(const std::function<Result()> &work);

    QString m_service;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
};

} // namespace relais
