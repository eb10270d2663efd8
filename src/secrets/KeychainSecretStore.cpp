#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "relais.keychain")

namespace relais {

namespace {

// Runs a keychain job to completion and maps its outcome.
SecretStore::Result runJob(QKeychain::Job &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.error = KeychainSecretStore::tr("No secret is stored in the keychain under “%1”.")
                           .arg(key);
        break;
    default:
        // The key is a name, not a secret: it may be logged.
        qCWarning(lcKeychain) << "keychain job failed for" << key << ":" << job.errorString();
        result.status = SecretStore::Status::Unavailable;
        result.error = KeychainSecretStore::unavailableMessage(job.errorString());
        break;
    }
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
    return tr("The system keychain is not available (%1). Unlock your keyring, or start a "
              "Secret Service such as GNOME Keyring or KWallet, then try again. Relais never "
              "stores secrets in clear text instead.")
        .arg(detail);
}

SecretStore::Result KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    Result r = runJob(job, key);
    if (r.ok())
        r.value = job.binaryData();
    return r;
}

SecretStore::Result KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setBinaryData(value);
    return runJob(job, key);
}

SecretStore::Result KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    Result r = runJob(job, key);
    if (r.status == Status::NotFound)
        return {};
    return r;
}

} // namespace relais
