#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace relais {

// A secret store in memory, for tests; can pretend to be locked.
class MemorySecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    Result read(const QString &key) override;
    Result write(const QString &key, const QByteArray &value) override;
    Result remove(const QString &key) override;

    void setLocked(bool locked);
    int size() const;

private:
    Result lockedResult() const;

    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
    bool m_locked = false;
};

} // namespace relais
