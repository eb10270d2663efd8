#include "MemorySecretStore.h"

#include <QMutexLocker>

namespace relais {

SecretStore::Result MemorySecretStore::lockedResult() const
{
    return {Status::Unavailable, {}, tr("The keychain is locked. Unlock it and try again.")};
}

SecretStore::Result MemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_locked)
        return lockedResult();
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return {Status::NotFound, {}, tr("No secret is stored under “%1”.").arg(key)};
    return {Status::Ok, it.value(), {}};
}

SecretStore::Result MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    if (m_locked)
        return lockedResult();
    m_values.insert(key, value);
    return {};
}

SecretStore::Result MemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (m_locked)
        return lockedResult();
    m_values.remove(key);
    return {};
}

void MemorySecretStore::setLocked(bool locked)
{
    QMutexLocker lock(&m_mutex);
    m_locked = locked;
}

int MemorySecretStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_values.size());
}

} // namespace relais
