#include "FieldEncryptor.h"

#include "JsonPath.h"
#include "JsonText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>

#include <gpgme++/context.h>
#include <gpgme++/data.h>
#include <gpgme++/encryptionresult.h>
#include <gpgme++/error.h>
#include <gpgme++/global.h>
#include <gpgme++/importresult.h>
#include <gpgme++/key.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <vector>

namespace relais {

namespace {

// Keys kept per encryptor before the list starts again (they stay in the
// private keyring; only the lookup by text is forgotten).
constexpr qsizetype kMaxCachedKeys = 64;

QString gpgText(const GpgME::Error &e)
{
    return QString::fromLocal8Bit(e.asString());
}

QString hexText(const char *text)
{
    return text ? QString::fromLatin1(text) : QString();
}

} // namespace

struct FieldEncryptor::Private
{
    QMutex mutex;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<GpgME::Context> context;
    QHash<QString, std::vector<GpgME::Key>> keys; // by armored text

    bool ensureContext(QString *error);
    bool importKey(const QString &armored, std::vector<GpgME::Key> *out, QString *error);
    bool encryptText(const QByteArray &plain, const std::vector<GpgME::Key> &recipients,
                     QByteArray *out, QString *error);
};

bool FieldEncryptor::Private::ensureContext(QString *error)
{
    if (context)
        return true;
    static std::once_flag initialized;
    static GpgME::Error engineError;
    std::call_once(initialized, [] {
        GpgME::initializeLibrary();
        engineError = GpgME::checkEngine(GpgME::OpenPGP);
    });
    if (engineError) {
        *error = tr("GnuPG (gpg) is needed to encrypt fields but cannot be used: %1")
                     .arg(gpgText(engineError));
        return false;
    }
    // A home of our own: the user's keyring is never read or changed, and
    // nothing here is visible to other programs (the folder is 0700).
    home = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/relais-gpg-XXXXXX"));
    if (!home->isValid()) {
        *error = tr("Cannot create a temporary folder for GnuPG: %1").arg(home->errorString());
        home.reset();
        return false;
    }
    // Only public keys are handled here, so gpg never needs its agent: not
    // starting one leaves no process behind when the folder goes.
    QFile conf(home->filePath(QStringLiteral("gpg.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write("no-autostart\n") < 0) {
        *error = tr("Cannot prepare the temporary folder for GnuPG: %1").arg(conf.errorString());
        home.reset();
        return false;
    }
    conf.close();
    std::unique_ptr<GpgME::Context> ctx(GpgME::Context::createForProtocol(GpgME::OpenPGP));
    if (!ctx) {
        *error = tr("Cannot start GnuPG for OpenPGP.");
        return false;
    }
    if (const GpgME::Error e =
            ctx->setEngineHomeDirectory(QFile::encodeName(home->path()).constData())) {
        *error = tr("Cannot give GnuPG its private folder: %1").arg(gpgText(e));
        return false;
    }
    ctx->setArmor(true);
    ctx->setOffline(true); // never look keys up on the network
    ctx->setKeyListMode(GpgME::Local);
    context = std::move(ctx);
    return true;
}

bool FieldEncryptor::Private::importKey(const QString &armored, std::vector<GpgME::Key> *out,
                                        QString *error)
{
    if (const auto it = keys.constFind(armored); it != keys.constEnd()) {
        *out = it.value();
        return true;
    }
    const QByteArray bytes = armored.trimmed().toUtf8();
    if (bytes.isEmpty()) {
        *error = tr("There is no encryption key: paste the receiver's OpenPGP public key.");
        return false;
    }
    const GpgME::Data data(bytes.constData(), size_t(bytes.size()), true);
    const GpgME::ImportResult result = context->importKeys(data);
    if (result.error()) {
        *error = tr("GnuPG could not import the encryption key: %1").arg(gpgText(result.error()));
        return false;
    }
    std::vector<GpgME::Key> usable;
    QStringList seen;
    QStringList problems;
    for (const GpgME::Import &import : result.imports()) {
        const QString fingerprint = hexText(import.fingerprint());
        if (import.error() || fingerprint.isEmpty() || seen.contains(fingerprint))
            continue;
        seen << fingerprint;
        GpgME::Error e;
        const GpgME::Key key = context->key(import.fingerprint(), e, false);
        if (e || key.isNull())
            continue;
        if (key.isRevoked())
            problems << tr("key %1 is revoked").arg(fingerprint);
        else if (key.isExpired())
            problems << tr("key %1 has expired").arg(fingerprint);
        else if (key.isDisabled() || key.isInvalid())
            problems << tr("key %1 is disabled or invalid").arg(fingerprint);
        else if (!key.canEncrypt())
            problems << tr("key %1 has no encryption subkey").arg(fingerprint);
        else
            usable.push_back(key);
    }
    if (usable.empty()) {
        *error = problems.isEmpty()
                     ? tr("The encryption key holds no OpenPGP public key that GnuPG can read.")
                     : tr("The encryption key cannot be used: %1.")
                           .arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    if (keys.size() >= kMaxCachedKeys)
        keys.clear();
    keys.insert(armored, usable);
    *out = usable;
    return true;
}

bool FieldEncryptor::Private::encryptText(const QByteArray &plain,
                                          const std::vector<GpgME::Key> &recipients,
                                          QByteArray *out, QString *error)
{
    const GpgME::Data plainData(plain.constData(), size_t(plain.size()), true);
    GpgME::Data cipher;
    // Always trust: the user chose this key. (No encrypt-to default can
    // apply: the private home's gpg.conf names no recipient.)
    const GpgME::EncryptionResult result =
        context->encrypt(recipients, plainData, cipher, GpgME::Context::AlwaysTrust);
    if (result.error()) {
        *error = tr("GnuPG could not encrypt a field: %1").arg(gpgText(result.error()));
        return false;
    }
    if (!result.invalidEncryptionKeys().empty()) {
        *error = tr("GnuPG refused the encryption key: %1")
                     .arg(gpgText(result.invalidEncryptionKeys().front().reason()));
        return false;
    }
    cipher.seek(0, SEEK_SET);
    const QByteArray armored = QByteArray::fromStdString(cipher.toString());
    if (!armored.startsWith("-----BEGIN PGP MESSAGE-----")) {
        *error = tr("GnuPG did not return an armored OpenPGP message.");
        return false;
    }
    *out = armored;
    return true;
}

FieldEncryptor::FieldEncryptor()
    : d(std::make_unique<Private>())
{}

FieldEncryptor::~FieldEncryptor() = default;

bool FieldEncryptor::encrypt(const QByteArray &body, const QStringList &paths,
                             const QString &armoredPublicKey, QByteArray *out, QString *error)
{
    if (paths.isEmpty()) {
        *out = body;
        return true;
    }
    QMutexLocker lock(&d->mutex);
    QString why;
    const std::optional<JsonValueIndex> index = JsonValueIndex::build(body, &why);
    if (!index) {
        *error = tr("Fields can only be encrypted in a JSON body: %1").arg(why);
        return false;
    }
    QList<JsonValueIndex::Span> spans;
    for (const QString &text : paths) {
        const std::optional<JsonPath> path = JsonPath::parse(text, &why);
        if (!path) {
            *error = why;
            return false;
        }
        spans += index->select(*path);
    }
    // The key is checked even when nothing matches: a broken key shows up
    // on the first delivery, not on the first one holding a restricted answer.
    std::vector<GpgME::Key> recipients;
    if (!d->ensureContext(error) || !d->importKey(armoredPublicKey, &recipients, error))
        return false;

    std::sort(spans.begin(), spans.end(),
              [](const auto &a, const auto &b) { return a.begin < b.begin; });
    QByteArray result;
    result.reserve(body.size() + spans.size() * 1024);
    qsizetype copied = 0;
    for (const JsonValueIndex::Span &span : std::as_const(spans)) {
        if (span.begin < copied)
            continue; // inside a value encrypted already
        const QByteArray plain =
            span.isString ? index->stringAt(span).toUtf8() : index->compactAt(span);
        QByteArray armored;
        if (!d->encryptText(plain, recipients, &armored, error))
            return false;
        result += QByteArrayView(body).sliced(copied, span.begin - copied);
        result += jsontext::quote(QString::fromLatin1(armored)).toUtf8();
        copied = span.end;
    }
    result += QByteArrayView(body).sliced(copied);
    *out = result;
    return true;
}

bool FieldEncryptor::inspectKey(const QString &armoredPublicKey, KeyInfo *info, QString *error)
{
    FieldEncryptor encryptor;
    Private &p = *encryptor.d;
    std::vector<GpgME::Key> keys;
    if (!p.ensureContext(error) || !p.importKey(armoredPublicKey, &keys, error))
        return false;
    QByteArray probe;
    if (!p.encryptText(QByteArrayLiteral("probe"), keys, &probe, error))
        return false;
    if (info) {
        const GpgME::Key &key = keys.front();
        info->fingerprint = hexText(key.primaryFingerprint());
        info->userIds.clear();
        for (const GpgME::UserID &uid : key.userIDs())
            info->userIds << QString::fromUtf8(uid.id());
        const GpgME::Subkey primary = key.subkey(0);
        info->expires = primary.neverExpires()
                            ? QDateTime()
                            : QDateTime::fromSecsSinceEpoch(qint64(primary.expirationTime()));
    }
    return true;
}

FieldErrors FieldEncryptor::check(const Webhook &webhook)
{
    FieldErrors errors;
    for (const QString &text : webhook.encryptFields) {
        if (text.trimmed().isEmpty())
            continue; // Webhook::validate() says so
        QString why;
        if (!JsonPath::parse(text, &why))
            errors.append({QStringLiteral("encryptFields"), why});
    }
    // A text that does not look like a public key block is reported by
    // Webhook::validate(); only a plausible one is worth running gpg for.
    const QString key = webhook.encryptionPublicKey.trimmed();
    if (key.startsWith(QLatin1String("-----BEGIN PGP PUBLIC KEY BLOCK-----"))) {
        QString why;
        if (!inspectKey(key, nullptr, &why))
            errors.append({QStringLiteral("encryptionKey"), why});
    }
    return errors;
}

} // namespace relais
