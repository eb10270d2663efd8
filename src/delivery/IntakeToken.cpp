#include "IntakeToken.h"

#include "secrets/SecretStore.h"

#include <QRandomGenerator>

#include <array>

namespace relais {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString IntakeToken::secretKey()
{
    return QStringLiteral("intake/token");
}

QByteArray IntakeToken::generate()
{
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray IntakeToken::current(SecretStore &secrets, QString *error)
{
    const SecretStore::Result stored = secrets.read(secretKey());
    if (stored.ok() && !stored.value.isEmpty())
        return stored.value;
    if (stored.status == SecretStore::Status::Unavailable) {
        setError(
            error,
            tr("Relais could not read the intake token from the keychain. %1").arg(stored.error));
        return {};
    }
    // Not found (or an empty entry): this is the first use.
    return regenerate(secrets, error);
}

QByteArray IntakeToken::regenerate(SecretStore &secrets, QString *error)
{
    const QByteArray token = generate();
    const SecretStore::Result written = secrets.write(secretKey(), token);
    if (!written.ok()) {
        setError(
            error,
            tr("Relais could not store the intake token in the keychain. %1").arg(written.error));
        return {};
    }
    return token;
}

} // namespace relais
