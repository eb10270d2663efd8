#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace relais {

enum class HttpMethod { Post, Put, Patch, Delete };
enum class BodyMode { DefaultEnvelope, JsonTemplate, Transform, Form, Raw };
enum class SigningScheme { None, StandardWebhooks, GitHub, Frappe, Stripe, SeaTable, Decsys, Hmac };

QString methodName(HttpMethod m);
bool methodFromName(const QString &name, HttpMethod *out);
QString bodyModeKey(BodyMode m);
bool bodyModeFromKey(const QString &key, BodyMode *out);
QString signingSchemeKey(SigningScheme s);
bool signingSchemeFromKey(const QString &key, SigningScheme *out);

// A request header. When `secret` is set, `value` is empty in storage and
// exports: the real value lives in the keychain under secretKeyForHeader().
struct WebhookHeader
{
    QString name;
    QString value;
    bool secret = false;

    friend bool operator==(const WebhookHeader &, const WebhookHeader &) = default;
};

// A form body row: `key = expression`.
struct FormField
{
    QString key;
    QString expression;

    friend bool operator==(const FormField &, const FormField &) = default;
};

// A reference to a signing secret kept in the keychain. Several references
// exist during a rotation; an expired one is no longer used to sign.
struct SecretRef
{
    QString key;            // keychain entry name
    QDateTime expiresAt;    // invalid: no expiry

    bool isActiveAt(const QDateTime &when) const { return !expiresAt.isValid() || when < expiresAt; }
    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

// Options of the custom HMAC scheme.
struct HmacOptions
{
    enum class Algorithm { Sha256, Sha512 };
    enum class Encoding { Hex, Base64 };
    enum class Content { Body, IdTimestampBody };

    QString headerName = QStringLiteral("X-Signature");
    Algorithm algorithm = Algorithm::Sha256;
    Encoding encoding = Encoding::Hex;
    QString prefix;
    Content content = Content::Body;

    friend bool operator==(const HmacOptions &, const HmacOptions &) = default;
};

// A webhook as the user configures it. A value type: repositories load and
// store it, dialogs edit copies of it.
struct Webhook
{
    Q_DECLARE_TR_FUNCTIONS(Webhook)

public:
    QUuid id;
    QString name;
    QString description;
    QString url;
    HttpMethod method = HttpMethod::Post;
    bool enabled = true;
    QStringList eventPatterns;
    QString resourceFilter;
    QString condition;
    QList<WebhookHeader> headers;
    BodyMode bodyMode = BodyMode::DefaultEnvelope;
    QString bodyTemplate;
    QList<FormField> formFields;
    QString contentType;
    SigningScheme signing = SigningScheme::None;
    QList<SecretRef> secrets;
    HmacOptions hmac;
    int timeoutMs = 10000;
    // Entry i: seconds before attempt i + 1; the first is the initial attempt
    // (0: immediately), so the list also bounds the number of attempts.
    QList<int> retrySchedule = defaultRetrySchedule();
    int maxConcurrency = 4;
    int rateLimitPerSecond = 0; // 0: unlimited
    bool verifyTls = true;
    QString pinnedCertSha256;   // hex, optional
    // Field encryption (ngSurvey's "restricted" answers): each path names
    // values of the rendered JSON body that are replaced by an ASCII-armored
    // OpenPGP message to `encryptionPublicKey` before the delivery is stored
    // (path syntax: payload/JsonPath.h). The key is public, so it is stored
    // and exported like any other setting.
    QStringList encryptFields;
    QString encryptionPublicKey; // ASCII-armored OpenPGP public key block
    bool followRedirects = false;
    int autoDisableAfterFailures = 0; // consecutive exhausted deliveries; 0: never
    QString disabledReason;
    bool needsSecret = false; // imported without its secret
    QDateTime createdAt;
    QDateTime updatedAt;

    static QList<int> defaultRetrySchedule();

    // Every problem, each naming its field; empty when the webhook can be saved.
    // Checks what the core can (field encryption: a JSON body mode, a key
    // that looks like an armored public key); FieldEncryptor::check() in the
    // payload layer adds the path syntax and whether GnuPG can use the key.
    FieldErrors validate() const;

    // The content type sent with the body, derived from the body mode when
    // the user left it empty.
    QString effectiveContentType() const;

    // Keychain entry names, derived from the id so that nothing secret is
    // needed to find them.
    QString secretKeyForHeader(const QString &headerName) const;
    QString newSigningSecretKey() const;

    // JSON used by exports, `--json` and the storage of nested fields.
    // Never holds a secret value: secret headers keep only their name.
    QJsonObject toJson() const;
    static Webhook fromJson(const QJsonObject &o, FieldErrors *errors);

    friend bool operator==(const Webhook &, const Webhook &) = default;

private:
    void validateEncryption(FieldErrors *errors) const;
};

} // namespace relais
