#include "DatabaseLogin.h"

#include "storage/Database.h"

namespace relais {

QString DatabaseLogin::keychainKey(const DatabaseUrl &url)
{
    DatabaseUrl named = url;
    named.password.clear();
    return QStringLiteral("database/") + named.toString();
}

void DatabaseLogin::addPassword(DatabaseUrl *url, SecretStore &secrets, QString *note)
{
    if (url->kind != DatabaseUrl::Kind::Postgres || !url->password.isEmpty())
        return;
    // PGPASSWORD is the user's explicit choice for this run; and a server
    // without a session bus has no keychain to ask (libpq still reads
    // ~/.pgpass), so it is not asked, rather than warning at every start.
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !secrets.mayBeReachable())
        return;
    const SecretStore::Result stored = secrets.read(keychainKey(*url));
    if (stored.ok())
        url->password = QString::fromUtf8(stored.value);
    else if (stored.status == SecretStore::Status::Unavailable && note)
        *note = stored.error;
}

SecretStore::Result DatabaseLogin::storePassword(const DatabaseUrl &url, SecretStore &secrets,
                                                 const QByteArray &password)
{
    return secrets.write(keychainKey(url), password);
}

SecretStore::Result DatabaseLogin::forgetPassword(const DatabaseUrl &url, SecretStore &secrets)
{
    return secrets.remove(keychainKey(url));
}

std::unique_ptr<Database> DatabaseLogin::open(DatabaseUrl url, SecretStore &secrets, QString *error)
{
    QString note;
    addPassword(&url, secrets, &note);
    auto db = Database::open(url, error);
    if (!db && error && !note.isEmpty())
        *error += QLatin1Char(' ') + tr("(The keychain could not be read: %1)").arg(note);
    return db;
}

} // namespace relais
