#include "WebhookService.h"

#include "payload/FieldEncryptor.h"

#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace relais {

namespace {

// Everything that keeps a webhook from being saved: the model's own checks,
// then those that need GnuPG (the encryption key), only when the rest is
// right (they are slower).
FieldErrors problemsOf(const Webhook &webhook)
{
    FieldErrors problems = webhook.validate();
    if (problems.isEmpty())
        problems = FieldEncryptor::check(webhook);
    return problems;
}

bool needsSigningSecret(const Webhook &w)
{
    return w.signing != SigningScheme::None;
}

} // namespace

WebhookService::WebhookService(const Database &db, SecretStore &secrets)
    : m_db(db)
    , m_secrets(secrets)
{}

void WebhookService::forget(const QStringList &keys)
{
    for (const QString &key : keys)
        m_secrets.remove(key);
}

bool WebhookService::storeSecrets(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                                  QStringList *written, ServiceError *error)
{
    auto put = [&](const QString &key, const QByteArray &value) {
        const SecretStore::Result r = m_secrets.write(key, value);
        if (!r.ok()) {
            forget(*written);
            written->clear();
            *error = ServiceError::runtime(r.error);
            return false;
        }
        written->append(key);
        return true;
    };

    for (WebhookHeader &h : webhook.headers) {
        if (!h.secret || h.value.isEmpty())
            continue;
        if (!put(webhook.secretKeyForHeader(h.name), h.value.toUtf8()))
            return false;
        h.value.clear();
    }
    if (signingSecret) {
        if (signingSecret->isEmpty()) {
            forget(*written);
            *error = ServiceError::validation(tr("The signing secret cannot be empty."));
            return false;
        }
        const QString key = webhook.newSigningSecretKey();
        if (!put(key, *signingSecret))
            return false;
        webhook.secrets = {SecretRef{key, {}}};
        webhook.needsSecret = false;
    }
    return true;
}

bool WebhookService::create(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                            ServiceError *error)
{
    if (webhook.id.isNull())
        webhook.id = QUuid::createUuid();
    if (const FieldErrors problems = problemsOf(webhook); !problems.isEmpty()) {
        *error = ServiceError::validation(joinFieldErrors(problems));
        return false;
    }
    WebhookRepository repo(m_db);
    if (repo.nameTaken(webhook.name, webhook.id)) {
        *error =
            ServiceError::validation(tr("A webhook named “%1” already exists.").arg(webhook.name));
        return false;
    }
    if (needsSigningSecret(webhook) && !signingSecret) {
        *error = ServiceError::validation(
            tr("The %1 signature needs a secret: give one or generate one.")
                .arg(signingSchemeKey(webhook.signing)));
        return false;
    }
    for (const WebhookHeader &h : webhook.headers) {
        if (h.secret && h.value.isEmpty()) {
            *error =
                ServiceError::validation(tr("The secret header “%1” needs a value.").arg(h.name));
            return false;
        }
    }

    QStringList written;
    if (!storeSecrets(webhook, signingSecret, &written, error))
        return false;
    QString dbError;
    if (!repo.insert(webhook, &dbError)) {
        forget(written);
        *error = ServiceError::runtime(dbError);
        return false;
    }
    return true;
}

bool WebhookService::update(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                            ServiceError *error)
{
    WebhookRepository repo(m_db);
    QString dbError;
    const std::optional<Webhook> before = repo.find(webhook.id, &dbError);
    if (!before) {
        *error = ServiceError::runtime(dbError.isEmpty() ? tr("This webhook no longer exists.")
                                                         : dbError);
        return false;
    }
    if (const FieldErrors problems = problemsOf(webhook); !problems.isEmpty()) {
        *error = ServiceError::validation(joinFieldErrors(problems));
        return false;
    }
    if (repo.nameTaken(webhook.name, webhook.id)) {
        *error =
            ServiceError::validation(tr("A webhook named “%1” already exists.").arg(webhook.name));
        return false;
    }
    if (needsSigningSecret(webhook) && !signingSecret && webhook.secrets.isEmpty() &&
        !webhook.needsSecret) {
        *error = ServiceError::validation(
            tr("The %1 signature needs a secret: give one or generate one.")
                .arg(signingSchemeKey(webhook.signing)));
        return false;
    }

    QStringList written;
    if (!storeSecrets(webhook, signingSecret, &written, error))
        return false;
    if (!needsSigningSecret(webhook))
        webhook.secrets.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    webhook.secrets.removeIf([&now](const SecretRef &ref) { return !ref.isActiveAt(now); });
    if (!repo.update(webhook, &dbError)) {
        forget(written);
        *error = ServiceError::runtime(dbError);
        return false;
    }

    // Entries the webhook no longer refers to.
    QStringList stale;
    for (const SecretRef &ref : before->secrets) {
        const bool kept = std::any_of(webhook.secrets.cbegin(), webhook.secrets.cend(),
                                      [&ref](const SecretRef &r) { return r.key == ref.key; });
        if (!kept)
            stale << ref.key;
    }
    QSet<QString> secretHeaders;
    for (const WebhookHeader &h : webhook.headers) {
        if (h.secret)
            secretHeaders.insert(h.name.trimmed().toLower());
    }
    for (const WebhookHeader &h : before->headers) {
        if (h.secret && !secretHeaders.contains(h.name.trimmed().toLower()))
            stale << before->secretKeyForHeader(h.name);
    }
    forget(stale);
    return true;
}

bool WebhookService::rotateSigningSecret(Webhook &webhook, const QByteArray &newSecret,
                                         const QDateTime &oldValidUntil, ServiceError *error)
{
    if (!needsSigningSecret(webhook)) {
        *error = ServiceError::validation(tr("This webhook does not sign its requests."));
        return false;
    }
    if (newSecret.isEmpty()) {
        *error = ServiceError::validation(tr("The signing secret cannot be empty."));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!oldValidUntil.isValid() || oldValidUntil <= now) {
        *error = ServiceError::validation(
            tr("The previous secret must stay valid until a time in the future."));
        return false;
    }
    QList<SecretRef> kept;
    for (SecretRef ref : std::as_const(webhook.secrets)) {
        if (!ref.isActiveAt(now))
            continue; // expired: dropped, its entry removed by update()
        if (!ref.expiresAt.isValid() || ref.expiresAt > oldValidUntil)
            ref.expiresAt = oldValidUntil;
        kept << ref;
    }
    const QString key = webhook.newSigningSecretKey();
    const SecretStore::Result written = m_secrets.write(key, newSecret);
    if (!written.ok()) {
        *error = ServiceError::runtime(written.error);
        return false;
    }
    const QList<SecretRef> before = webhook.secrets;
    webhook.secrets = kept << SecretRef{key, {}};
    webhook.needsSecret = false;
    if (!update(webhook, std::nullopt, error)) {
        webhook.secrets = before;
        forget({key});
        return false;
    }
    return true;
}

bool WebhookService::remove(const Webhook &webhook, ServiceError *error)
{
    QString dbError;
    if (!WebhookRepository(m_db).remove(webhook.id, &dbError)) {
        *error = ServiceError::runtime(dbError);
        return false;
    }
    QStringList keys;
    for (const SecretRef &ref : webhook.secrets)
        keys << ref.key;
    for (const WebhookHeader &h : webhook.headers) {
        if (h.secret)
            keys << webhook.secretKeyForHeader(h.name);
    }
    forget(keys);
    return true;
}

QJsonDocument WebhookService::exportAll(ServiceError *error) const
{
    QString dbError;
    const QList<Webhook> all = WebhookRepository(m_db).list(&dbError);
    if (!dbError.isEmpty()) {
        *error = ServiceError::runtime(dbError);
        return {};
    }
    QJsonArray entries;
    for (const Webhook &w : all) {
        QJsonObject o = w.toJson();
        o.remove(QStringLiteral("secrets"));
        const bool hasSecretHeader = std::any_of(w.headers.cbegin(), w.headers.cend(),
                                                 [](const WebhookHeader &h) { return h.secret; });
        o.insert(QStringLiteral("needsSecret"), needsSigningSecret(w) || hasSecretHeader);
        entries.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("relais-webhooks")},
                                     {QStringLiteral("version"), kExportFormatVersion},
                                     {QStringLiteral("webhooks"), entries}});
}

bool WebhookService::importJson(const QByteArray &json, QList<Webhook> *imported,
                                ServiceError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ServiceError::validation(tr("The file is not valid JSON (at byte %1: %2).")
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString()));
        return false;
    }
    const QJsonArray entries =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("webhooks")).toArray();
    if (entries.isEmpty()) {
        *error = ServiceError::validation(tr("The file holds no webhooks."));
        return false;
    }
    if (doc.isObject() && doc.object().value(QLatin1String("version")).toInt(kExportFormatVersion) >
                              kExportFormatVersion) {
        *error = ServiceError::validation(
            tr("The file was exported by a newer Relais; upgrade Relais to import it."));
        return false;
    }

    QList<Webhook> read;
    QList<FieldErrors> readErrors;
    for (const QJsonValue &entry : entries) {
        FieldErrors errors;
        read << Webhook::fromJson(entry.toObject(), &errors);
        readErrors << errors;
    }
    return importAll(read, readErrors, imported, error);
}

bool WebhookService::importWebhooks(const QList<Webhook> &webhooks, QList<Webhook> *imported,
                                    ServiceError *error)
{
    if (webhooks.isEmpty()) {
        *error = ServiceError::validation(tr("The file holds no webhooks."));
        return false;
    }
    return importAll(webhooks, {}, imported, error);
}

bool WebhookService::importAll(const QList<Webhook> &read, const QList<FieldErrors> &readErrors,
                               QList<Webhook> *imported, ServiceError *error)
{
    QList<Webhook> webhooks;
    QStringList problems;
    QSet<QString> names;
    WebhookRepository repo(m_db);
    for (qsizetype i = 0; i < read.size(); ++i) {
        FieldErrors errors = readErrors.value(i);
        Webhook w = read.at(i);
        w.id = QUuid::createUuid(); // an import is a copy: never overwrite by id
        w.secrets.clear();
        w.createdAt = {};
        w.updatedAt = {};
        errors += problemsOf(w);
        const QString folded = w.name.trimmed().toCaseFolded();
        if (names.contains(folded) || repo.nameTaken(w.name, w.id))
            errors.append(
                {QStringLiteral("name"), tr("A webhook named “%1” already exists.").arg(w.name)});
        names.insert(folded);
        if (!errors.isEmpty()) {
            problems << tr("Entry %1 (“%2”): %3").arg(i + 1).arg(w.name, joinFieldErrors(errors));
            continue;
        }
        const bool hasSecretHeader = std::any_of(w.headers.cbegin(), w.headers.cend(),
                                                 [](const WebhookHeader &h) { return h.secret; });
        w.needsSecret = needsSigningSecret(w) || hasSecretHeader;
        if (w.needsSecret)
            w.enabled = false; // nothing goes out unsigned or without its credentials
        webhooks << w;
    }
    if (!problems.isEmpty()) {
        *error = ServiceError::validation(tr("Nothing was imported. %1").arg(problems.join(u' ')));
        return false;
    }
    QString dbError;
    if (!repo.insertAll(webhooks, &dbError)) {
        *error = ServiceError::runtime(dbError);
        return false;
    }
    if (imported)
        *imported = webhooks;
    return true;
}

} // namespace relais
