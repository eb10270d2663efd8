#pragma once

#include <QByteArray>
#include <QString>

namespace relais {

// Where secret values live (signing secrets, secret header values, the
// intake token). The database keeps only the key names.
class SecretStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,    // no entry under that key
        Unavailable, // keychain locked, missing or refused access
    };

    struct Result
    {
        Status status = Status::Ok;
        QByteArray value;
        QString error; // translated, says what to do; empty when Ok

        bool ok() const { return status == Status::Ok; }
    };

    virtual ~SecretStore() = default;
    virtual Result read(const QString &key) = 0;
    virtual Result write(const QString &key, const QByteArray &value) = 0;
    // Removing an entry that does not exist is not an error.
    virtual Result remove(const QString &key) = 0;
    // False when asking is known to be pointless (no keychain service can be
    // reached from here), for lookups that have other places to look.
    virtual bool mayBeReachable() const { return true; }
};

} // namespace relais
