#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>

namespace relais {

// The secrets the editor's live preview signs with: values typed in the
// dialog (not saved yet) first, then the keychain, read at most once per
// entry so that typing never waits on it again. Writes nothing.
class PreviewSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(PreviewSecretStore)

public:
    explicit PreviewSecretStore(SecretStore &keychain);

    void setTyped(const QString &key, const QByteArray &value);
    void clearTyped();

    Result read(const QString &key) override;
    Result write(const QString &key, const QByteArray &value) override;
    Result remove(const QString &key) override;

private:
    SecretStore &m_keychain;
    QHash<QString, QByteArray> m_typed;
    QHash<QString, Result> m_read;
};

} // namespace relais
