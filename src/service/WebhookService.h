#pragma once

#include "service/ServiceError.h"

#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include <optional>

namespace relais {

class Database;
class SecretStore;

// The webhook use cases shared by the GUI and relaisctl: saving a webhook
// together with its secrets, removing it, exporting and importing. Secret
// values go to the keychain first; the database row is written only when
// the keychain accepted them, and keychain entries written for a save that
// then fails are removed again. Nothing secret is ever written elsewhere.
class WebhookService final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookService)

public:
    WebhookService(const Database &db, SecretStore &secrets);

    // Secret header values are taken from `webhook.headers[i].value` where
    // `secret` is set (an empty value on update keeps the stored one) and
    // blanked before the row is written. `signingSecret`, when given,
    // replaces the webhook's signing secrets.
    bool create(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                ServiceError *error);
    bool update(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                ServiceError *error);
    bool remove(const Webhook &webhook, ServiceError *error);
    // Adds `newSecret` as the webhook's signing secret while the current ones
    // stay valid until `oldValidUntil` (receivers switch over meanwhile:
    // Standard Webhooks and Stripe carry both signatures during the overlap).
    bool rotateSigningSecret(Webhook &webhook, const QByteArray &newSecret,
                             const QDateTime &oldValidUntil, ServiceError *error);

    // Every webhook as JSON, without secret values or keychain references.
    QJsonDocument exportAll(ServiceError *error) const;
    // Validates every entry before writing any; all or nothing. Webhooks that
    // need a secret are imported flagged `needsSecret` (exports carry none).
    bool importJson(const QByteArray &json, QList<Webhook> *imported, ServiceError *error);
    // The same for webhooks read from another format (see FrappeImport).
    bool importWebhooks(const QList<Webhook> &webhooks, QList<Webhook> *imported,
                        ServiceError *error);

    static constexpr int kExportFormatVersion = 1;

private:
    bool storeSecrets(Webhook &webhook, const std::optional<QByteArray> &signingSecret,
                      QStringList *written, ServiceError *error);
    void forget(const QStringList &keys);
    bool importAll(const QList<Webhook> &webhooks, const QList<FieldErrors> &readErrors,
                   QList<Webhook> *imported, ServiceError *error);

    const Database &m_db;
    SecretStore &m_secrets;
};

} // namespace relais
