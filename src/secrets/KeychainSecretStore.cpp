#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "relais.keychain")

namespace relais {

namespace {

// Runs a keychain job to completion in this thread and maps its outcome.
// The job deletes itself once finished; what it found is copied out of the
// finished signal first.
SecretStore::Result runJob(QKeychain::Job *job, const QString &key)
{
    SecretStore::Result result;
    job->setAutoDelete(true);
    job->setKey(key);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError:
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.value = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            result.status = SecretStore::Status::NotFound;
            result.error =
                KeychainSecretStore::tr("No secret is stored in the keychain under “%1”.").arg(key);
            break;
        default:
            // The key is a name, not a secret: it may be logged.
            qCWarning(lcKeychain) << "keychain job failed for" << key << ":" << done->errorString();
            result.status = SecretStore::Status::Unavailable;
            result.error = KeychainSecretStore::unavailableMessage(done->errorString());
            break;
        }
        loop.quit();
    });
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("relais-keychain"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

KeychainSecretStore::~KeychainSecretStore()
{
    // The context is destroyed in its own thread, after the jobs it ran.
    QObject *context = m_context.release();
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool KeychainSecretStore::mayBeReachable() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
    return tr("The system keychain is not available (%1). Unlock your keyring, or start a "
              "Secret Service such as GNOME Keyring or KWallet, then try again. Relais never "
              "stores secrets in clear text instead.")
        .arg(detail);
}

SecretStore::Result KeychainSecretStore::inKeychainThread(const std::function<Result()> &work)
{
    if (QThread::currentThread() == &m_thread)
        return work();
    Result result;
    QMetaObject::invokeMethod(
        m_context.get(), [&] { result = work(); }, Qt::BlockingQueuedConnection);
    return result;
}

SecretStore::Result KeychainSecretStore::read(const QString &key)
{
    return inKeychainThread([&] { return runJob(new QKeychain::ReadPasswordJob(m_service), key); });
}

SecretStore::Result KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    return inKeychainThread([&] {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setBinaryData(value);
        return runJob(job, key);
    });
}

SecretStore::Result KeychainSecretStore::remove(const QString &key)
{
    return inKeychainThread([&] {
        Result r = runJob(new QKeychain::DeletePasswordJob(m_service), key);
        if (r.status == Status::NotFound)
            return Result{};
        return r;
    });
}

} // namespace relais
