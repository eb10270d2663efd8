#include "PreviewSecretStore.h"

namespace relais {

PreviewSecretStore::PreviewSecretStore(SecretStore &keychain)
    : m_keychain(keychain)
{}

void PreviewSecretStore::setTyped(const QString &key, const QByteArray &value)
{
    m_typed.insert(key, value);
}

void PreviewSecretStore::clearTyped()
{
    m_typed.clear();
}

SecretStore::Result PreviewSecretStore::read(const QString &key)
{
    if (const auto typed = m_typed.constFind(key); typed != m_typed.constEnd())
        return {Status::Ok, *typed, {}};
    if (const auto known = m_read.constFind(key); known != m_read.constEnd())
        return *known;
    const Result result = m_keychain.read(key);
    m_read.insert(key, result);
    return result;
}

SecretStore::Result PreviewSecretStore::write(const QString &, const QByteArray &)
{
    return {Status::Unavailable, {}, tr("The preview never stores secrets.")};
}

SecretStore::Result PreviewSecretStore::remove(const QString &)
{
    return {Status::Unavailable, {}, tr("The preview never removes secrets.")};
}

} // namespace relais
