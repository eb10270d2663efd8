#pragma once

#include "secrets/SecretStore.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace relais {

class Database;

// The password of a PostgreSQL database. Relais keeps it in the keychain,
// under a key naming the user, server, port and database; libpq's own
// ~/.pgpass (or PGPASSFILE) and PGPASSWORD work as well. It is never part
// of a URL, the settings or the database.
class DatabaseLogin final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLogin)

public:
    static QString keychainKey(const DatabaseUrl &url);

    // Adds the keychain's password for `url`, if there is one. A locked or
    // missing keychain is not an error here (libpq may still find a
    // password elsewhere); why it could not be read goes to `note`. Not
    // asked when PGPASSWORD is set, nor without a session bus (a server).
    static void addPassword(DatabaseUrl *url, SecretStore &secrets, QString *note = nullptr);

    static SecretStore::Result storePassword(const DatabaseUrl &url, SecretStore &secrets,
                                             const QByteArray &password);
    static SecretStore::Result forgetPassword(const DatabaseUrl &url, SecretStore &secrets);

    // Database::open() with the keychain's password; when the server wants
    // a password the keychain could not give, the error says why.
    static std::unique_ptr<Database> open(DatabaseUrl url, SecretStore &secrets, QString *error);
};

} // namespace relais
