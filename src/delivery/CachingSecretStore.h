#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>

#include <chrono>

namespace relais {

// Keeps the secrets a dispatcher worker read for a short while, so that
// signing thousands of requests does not ask the keychain thousands of
// times. Entries belong to a scope (a webhook at one revision): editing the
// webhook starts afresh. Only successful reads are kept, so a locked
// keychain is asked again each time. One per worker thread; not shared.
class CachingSecretStore final : public SecretStore
{
public:
    CachingSecretStore(SecretStore &inner, std::chrono::milliseconds ttl)
        : m_inner(inner)
        , m_ttl(ttl)
    {}

    void setScope(const QByteArray &scope) { m_scope = scope; }

    Result read(const QString &key) override;
    Result write(const QString &key, const QByteArray &value) override;
    Result remove(const QString &key) override;

private:
    struct Entry
    {
        QByteArray value;
        QDeadlineTimer expires;
    };

    SecretStore &m_inner;
    std::chrono::milliseconds m_ttl;
    QByteArray m_scope;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace relais
