#pragma once

#include "core/FieldError.h"
#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace relais {

// Encrypts chosen values of a JSON body with OpenPGP (GPGME), as ngSurvey
// sends answers classified "restricted": each value a path names (JsonPath.h)
// becomes a JSON string holding the ASCII-armored OpenPGP message of
//   - a string value: its text, as it is (UTF-8), without quotes;
//   - any other value (number, true/false/null, object, array): its compact
//     JSON text, e.g. 42, {"a":1} (member order and number spelling kept).
// Every other byte of the body stays as it was. A path that matches nothing
// is not an error (that answer is simply absent); a value inside another
// encrypted value is encrypted once, as part of the outer one.
//
// GnuPG (the gpg program, through GPGME) runs with a private, temporary
// home (never the user's ~/.gnupg, and GNUPGHOME is left alone); no agent is
// started. Keys are imported there once per key text and kept for the
// encryptor's life. The imported key is always trusted: the user chose it.
// Each encrypted value costs one gpg run (about 30 ms). Thread-safe
// (one mutex); the router keeps one in its own thread.
class FieldEncryptor final
{
    Q_DECLARE_TR_FUNCTIONS(FieldEncryptor)

public:
    FieldEncryptor();
    ~FieldEncryptor();
    Q_DISABLE_COPY_MOVE(FieldEncryptor)

    // On success `out` is the body with the values replaced. On failure
    // (body not JSON, invalid path, unusable key, GnuPG error) false with a
    // translated `error`; `out` is left untouched, so a caller never gets
    // the body in clear by mistake.
    bool encrypt(const QByteArray &body, const QStringList &paths, const QString &armoredPublicKey,
                 QByteArray *out, QString *error);

    // What an editor shows about a key before saving.
    struct KeyInfo
    {
        QString fingerprint;
        QStringList userIds;
        QDateTime expires; // invalid: never
    };
    // Imports the key into a throwaway home and checks that GnuPG can
    // encrypt to it (not expired, revoked or sign-only). Slow-ish (spawns
    // gpg): call it when the user saves or leaves the key field.
    static bool inspectKey(const QString &armoredPublicKey, KeyInfo *info, QString *error);
    // The save-time checks the core cannot make (Webhook::validate() makes
    // the others): the syntax of each path ("encryptFields") and whether the
    // key can be used ("encryptionKey"). Empty when there is no encryption.
    static FieldErrors check(const Webhook &webhook);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace relais
