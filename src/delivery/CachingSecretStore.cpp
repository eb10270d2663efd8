#include "CachingSecretStore.h"

namespace relais {

namespace {

constexpr qsizetype kMaxEntries = 1024;

} // namespace

SecretStore::Result CachingSecretStore::read(const QString &key)
{
    if (m_ttl.count() <= 0)
        return m_inner.read(key);
    const QByteArray cacheKey = m_scope + '\n' + key.toUtf8();
    if (const auto it = m_entries.constFind(cacheKey);
        it != m_entries.constEnd() && !it->expires.hasExpired()) {
        return {Status::Ok, it->value, {}};
    }
    Result r = m_inner.read(key);
    if (r.ok()) {
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear();
        m_entries.insert(cacheKey, {r.value, QDeadlineTimer(m_ttl)});
    }
    return r;
}

SecretStore::Result CachingSecretStore::write(const QString &key, const QByteArray &value)
{
    m_entries.clear();
    return m_inner.write(key, value);
}

SecretStore::Result CachingSecretStore::remove(const QString &key)
{
    m_entries.clear();
    return m_inner.remove(key);
}

} // namespace relais
