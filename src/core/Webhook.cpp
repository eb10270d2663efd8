#include "Webhook.h"

#include "EnumNames.h"
#include "EventPattern.h"
#include "HttpRules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace relais {

namespace {

using enumnames::Named;
using enumnames::keyOf;
using enumnames::valueOf;

const Named kMethods[] = {{"POST", int(HttpMethod::Post)},
                          {"PUT", int(HttpMethod::Put)},
                          {"PATCH", int(HttpMethod::Patch)},
                          {"DELETE", int(HttpMethod::Delete)}};
const Named kBodyModes[] = {{"default", int(BodyMode::DefaultEnvelope)},
                            {"json-template", int(BodyMode::JsonTemplate)},
                            {"transform", int(BodyMode::Transform)},
                            {"form", int(BodyMode::Form)},
                            {"raw", int(BodyMode::Raw)}};
const Named kSchemes[] = {{"none", int(SigningScheme::None)},
                          {"standard-webhooks", int(SigningScheme::StandardWebhooks)},
                          {"github", int(SigningScheme::GitHub)},
                          {"frappe", int(SigningScheme::Frappe)},
                          {"stripe", int(SigningScheme::Stripe)},
                          {"seatable", int(SigningScheme::SeaTable)},
                          {"decsys", int(SigningScheme::Decsys)},
                          {"hmac", int(SigningScheme::Hmac)}};
const Named kAlgorithms[] = {{"sha256", int(HmacOptions::Algorithm::Sha256)},
                             {"sha512", int(HmacOptions::Algorithm::Sha512)}};
const Named kEncodings[] = {{"hex", int(HmacOptions::Encoding::Hex)},
                            {"base64", int(HmacOptions::Encoding::Base64)}};
const Named kContents[] = {{"body", int(HmacOptions::Content::Body)},
                           {"id.timestamp.body", int(HmacOptions::Content::IdTimestampBody)}};

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QString methodName(HttpMethod m) { return keyOf(kMethods, m); }
bool methodFromName(const QString &name, HttpMethod *out) { return valueOf(kMethods, name, out); }
QString bodyModeKey(BodyMode m) { return keyOf(kBodyModes, m); }
bool bodyModeFromKey(const QString &key, BodyMode *out) { return valueOf(kBodyModes, key, out); }
QString signingSchemeKey(SigningScheme s) { return keyOf(kSchemes, s); }
bool signingSchemeFromKey(const QString &key, SigningScheme *out)
{
    return valueOf(kSchemes, key, out);
}

QList<int> Webhook::defaultRetrySchedule()
{
    // Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (as Svix does).
    return {0, 5, 300, 1800, 7200, 18000, 36000, 36000};
}

QString Webhook::effectiveContentType() const
{
    if (!contentType.trimmed().isEmpty())
        return contentType.trimmed();
    switch (bodyMode) {
    case BodyMode::Form:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyMode::Raw:
        return QStringLiteral("text/plain; charset=utf-8");
    case BodyMode::DefaultEnvelope:
    case BodyMode::JsonTemplate:
    case BodyMode::Transform:
        break;
    }
    return QStringLiteral("application/json");
}

QString Webhook::secretKeyForHeader(const QString &headerName) const
{
    return QStringLiteral("webhook/") + id.toString(QUuid::WithoutBraces) +
           QStringLiteral("/header/") + headerName.trimmed().toLower();
}

QString Webhook::newSigningSecretKey() const
{
    return QStringLiteral("webhook/") + id.toString(QUuid::WithoutBraces) +
           QStringLiteral("/signing/") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

FieldErrors Webhook::validate() const
{
    FieldErrors errors;
    auto add = [&errors](const char *field, const QString &message) {
        errors.append({QString::fromLatin1(field), message});
    };

    if (name.trimmed().isEmpty())
        add("name", tr("Give the webhook a name."));
    else if (name.size() > 200)
        add("name", tr("The name is too long (%1 characters, at most 200).").arg(name.size()));

    if (const QString p = HttpRules::urlProblem(url); !p.isEmpty())
        add("url", p);

    if (eventPatterns.isEmpty())
        add("events", tr("Choose at least one event, or * for every event."));
    for (const QString &pattern : eventPatterns) {
        if (const QString p = EventPattern::problem(pattern); !p.isEmpty())
            add("events", p);
    }

    QStringList seen;
    for (const WebhookHeader &h : headers) {
        if (const QString p = HttpRules::headerNameProblem(h.name); !p.isEmpty())
            add("headers", p);
        else if (seen.contains(h.name.trimmed().toLower()))
            add("headers", tr("Header \"%1\" is listed twice.").arg(h.name));
        seen << h.name.trimmed().toLower();
        if (const QString p = HttpRules::headerValueProblem(h.value); !p.isEmpty())
            add("headers", tr("Header \"%1\": %2").arg(h.name, p));
    }

    if (const QString p = HttpRules::headerValueProblem(contentType); !p.isEmpty())
        add("contentType", p);

    switch (bodyMode) {
    case BodyMode::JsonTemplate:
    case BodyMode::Transform:
    case BodyMode::Raw:
        if (bodyTemplate.trimmed().isEmpty())
            add("template", tr("This body mode needs a template."));
        break;
    case BodyMode::Form:
        if (formFields.isEmpty())
            add("form", tr("Add at least one form field."));
        for (const FormField &f : formFields) {
            if (f.key.trimmed().isEmpty())
                add("form", tr("Every form field needs a key."));
        }
        break;
    case BodyMode::DefaultEnvelope:
        break;
    }

    if (signing == SigningScheme::Hmac) {
        if (const QString p = HttpRules::headerNameProblem(hmac.headerName); !p.isEmpty())
            add("hmac", p);
        if (const QString p = HttpRules::headerValueProblem(hmac.prefix); !p.isEmpty())
            add("hmac", p);
    }

    if (timeoutMs < 100 || timeoutMs > 300000)
        add("timeout", tr("The timeout must be between 0.1 and 300 seconds."));
    if (retrySchedule.size() > 50)
        add("retry", tr("At most 50 retries can be scheduled."));
    for (int s : retrySchedule) {
        if (s < 0 || s > 7 * 24 * 3600) {
            add("retry", tr("Each retry delay must be between 0 seconds and 7 days."));
            break;
        }
    }
    if (maxConcurrency < 1 || maxConcurrency > 256)
        add("concurrency", tr("Concurrency must be between 1 and 256."));
    if (rateLimitPerSecond < 0)
        add("rateLimit", tr("The rate limit cannot be negative."));
    if (autoDisableAfterFailures < 0)
        add("autoDisable", tr("The auto-disable threshold cannot be negative."));
    validateEncryption(&errors);
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!pinnedCertSha256.isEmpty() &&
        !hex64.match(QString(pinnedCertSha256).remove(u':')).hasMatch())
        add("tls", tr("A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256)."));
    return errors;
}

void Webhook::validateEncryption(FieldErrors *errors) const
{
    auto add = [errors](const char *field, const QString &message) {
        errors->append({QString::fromLatin1(field), message});
    };
    if (!encryptFields.isEmpty()) {
        if (bodyMode == BodyMode::Form || bodyMode == BodyMode::Raw) {
            add("encryptFields", tr("Only JSON bodies can have encrypted fields: use the default "
                                    "envelope, a JSON template or a transform."));
        }
        for (const QString &path : encryptFields) {
            if (path.trimmed().isEmpty()) {
                add("encryptFields", tr("An encrypted field needs a path, such as "
                                        "respondent.email or answers[*].value."));
                break;
            }
        }
        if (encryptionPublicKey.trimmed().isEmpty())
            add("encryptionKey", tr("Encrypted fields need the receiver's OpenPGP public key."));
    }
    const QString key = encryptionPublicKey.trimmed();
    if (key.isEmpty())
        return;
    if (key.contains(QLatin1String("-----BEGIN PGP PRIVATE KEY BLOCK-----"))) {
        add("encryptionKey", tr("This is a private key. Paste the receiver's public key: a "
                                "private key must never be stored here."));
    } else if (!key.startsWith(QLatin1String("-----BEGIN PGP PUBLIC KEY BLOCK-----")) ||
               !key.contains(QLatin1String("-----END PGP PUBLIC KEY BLOCK-----"))) {
        add("encryptionKey", tr("The encryption key must be an ASCII-armored OpenPGP public key, "
                                "from -----BEGIN PGP PUBLIC KEY BLOCK----- to -----END PGP "
                                "PUBLIC KEY BLOCK-----."));
    }
}

QJsonObject Webhook::toJson() const
{
    QJsonArray headersJson;
    for (const WebhookHeader &h : headers) {
        headersJson.append(QJsonObject{{QStringLiteral("name"), h.name},
                                       {QStringLiteral("value"), h.secret ? QString() : h.value},
                                       {QStringLiteral("secret"), h.secret}});
    }
    QJsonArray formJson;
    for (const FormField &f : formFields) {
        formJson.append(QJsonObject{{QStringLiteral("key"), f.key},
                                    {QStringLiteral("expression"), f.expression}});
    }
    QJsonArray secretsJson;
    for (const SecretRef &s : secrets) {
        secretsJson.append(QJsonObject{{QStringLiteral("key"), s.key},
                                       {QStringLiteral("expiresAt"), isoOrEmpty(s.expiresAt)}});
    }
    QJsonArray retryJson;
    for (int s : retrySchedule)
        retryJson.append(s);

    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), methodName(method)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("events"), QJsonArray::fromStringList(eventPatterns)},
        {QStringLiteral("resource"), resourceFilter},
        {QStringLiteral("condition"), condition},
        {QStringLiteral("headers"), headersJson},
        {QStringLiteral("bodyMode"), bodyModeKey(bodyMode)},
        {QStringLiteral("template"), bodyTemplate},
        {QStringLiteral("formFields"), formJson},
        {QStringLiteral("contentType"), contentType},
        {QStringLiteral("signing"), signingSchemeKey(signing)},
        {QStringLiteral("secrets"), secretsJson},
        {QStringLiteral("hmac"),
         QJsonObject{{QStringLiteral("header"), hmac.headerName},
                     {QStringLiteral("algorithm"), keyOf(kAlgorithms, hmac.algorithm)},
                     {QStringLiteral("encoding"), keyOf(kEncodings, hmac.encoding)},
                     {QStringLiteral("prefix"), hmac.prefix},
                     {QStringLiteral("content"), keyOf(kContents, hmac.content)}}},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("retrySchedule"), retryJson},
        {QStringLiteral("maxConcurrency"), maxConcurrency},
        {QStringLiteral("rateLimitPerSecond"), rateLimitPerSecond},
        {QStringLiteral("verifyTls"), verifyTls},
        {QStringLiteral("pinnedCertSha256"), pinnedCertSha256},
        {QStringLiteral("followRedirects"), followRedirects},
        {QStringLiteral("autoDisableAfterFailures"), autoDisableAfterFailures},
        {QStringLiteral("disabledReason"), disabledReason},
        {QStringLiteral("needsSecret"), needsSecret},
        {QStringLiteral("createdAt"), isoOrEmpty(createdAt)},
        {QStringLiteral("updatedAt"), isoOrEmpty(updatedAt)},
    };
    // Omitted when unused, so exports of webhooks without encryption do not change.
    if (!encryptFields.isEmpty())
        json.insert(QStringLiteral("encryptFields"), QJsonArray::fromStringList(encryptFields));
    if (!encryptionPublicKey.isEmpty())
        json.insert(QStringLiteral("encryptionPublicKey"), encryptionPublicKey);
    return json;
}

Webhook Webhook::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    Webhook w;
    auto fail = [errors](const char *field, const QString &message) {
        if (errors)
            errors->append({QString::fromLatin1(field), message});
    };
    auto has = [&o](const char *k) { return o.contains(QLatin1String(k)); };
    auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString(); };

    w.id = QUuid::fromString(str("id"));
    w.name = str("name");
    w.description = str("description");
    w.url = str("url");
    if (has("method") && !methodFromName(str("method"), &w.method))
        fail("method", tr("Unknown method \"%1\" (use POST, PUT, PATCH or DELETE).").arg(str("method")));
    if (has("enabled"))
        w.enabled = o.value(QLatin1String("enabled")).toBool(true);
    for (const QJsonValue &v : o.value(QLatin1String("events")).toArray())
        w.eventPatterns << v.toString();
    w.resourceFilter = str("resource");
    w.condition = str("condition");
    for (const QJsonValue &v : o.value(QLatin1String("headers")).toArray()) {
        const QJsonObject h = v.toObject();
        w.headers.append({h.value(QLatin1String("name")).toString(),
                          h.value(QLatin1String("value")).toString(),
                          h.value(QLatin1String("secret")).toBool()});
    }
    if (has("bodyMode") && !bodyModeFromKey(str("bodyMode"), &w.bodyMode))
        fail("bodyMode", tr("Unknown body mode \"%1\".").arg(str("bodyMode")));
    w.bodyTemplate = str("template");
    for (const QJsonValue &v : o.value(QLatin1String("formFields")).toArray()) {
        const QJsonObject f = v.toObject();
        w.formFields.append({f.value(QLatin1String("key")).toString(),
                             f.value(QLatin1String("expression")).toString()});
    }
    w.contentType = str("contentType");
    if (has("signing") && !signingSchemeFromKey(str("signing"), &w.signing))
        fail("signing", tr("Unknown signing scheme \"%1\".").arg(str("signing")));
    for (const QJsonValue &v : o.value(QLatin1String("secrets")).toArray()) {
        const QJsonObject s = v.toObject();
        w.secrets.append({s.value(QLatin1String("key")).toString(),
                          parseIso(s.value(QLatin1String("expiresAt")))});
    }
    const QJsonObject h = o.value(QLatin1String("hmac")).toObject();
    if (h.contains(QLatin1String("header")))
        w.hmac.headerName = h.value(QLatin1String("header")).toString();
    valueOf(kAlgorithms, h.value(QLatin1String("algorithm")).toString(), &w.hmac.algorithm);
    valueOf(kEncodings, h.value(QLatin1String("encoding")).toString(), &w.hmac.encoding);
    valueOf(kContents, h.value(QLatin1String("content")).toString(), &w.hmac.content);
    w.hmac.prefix = h.value(QLatin1String("prefix")).toString();
    if (has("timeoutMs"))
        w.timeoutMs = o.value(QLatin1String("timeoutMs")).toInt(w.timeoutMs);
    if (has("retrySchedule")) {
        w.retrySchedule.clear();
        for (const QJsonValue &v : o.value(QLatin1String("retrySchedule")).toArray())
            w.retrySchedule << v.toInt();
    }
    if (has("maxConcurrency"))
        w.maxConcurrency = o.value(QLatin1String("maxConcurrency")).toInt(w.maxConcurrency);
    w.rateLimitPerSecond = o.value(QLatin1String("rateLimitPerSecond")).toInt(0);
    if (has("verifyTls"))
        w.verifyTls = o.value(QLatin1String("verifyTls")).toBool(true);
    w.pinnedCertSha256 = str("pinnedCertSha256");
    w.followRedirects = o.value(QLatin1String("followRedirects")).toBool(false);
    w.autoDisableAfterFailures = o.value(QLatin1String("autoDisableAfterFailures")).toInt(0);
    w.disabledReason = str("disabledReason");
    w.needsSecret = o.value(QLatin1String("needsSecret")).toBool(false);
    for (const QJsonValue &v : o.value(QLatin1String("encryptFields")).toArray())
        w.encryptFields << v.toString();
    w.encryptionPublicKey = str("encryptionPublicKey");
    w.createdAt = parseIso(o.value(QLatin1String("createdAt")));
    w.updatedAt = parseIso(o.value(QLatin1String("updatedAt")));
    return w;
}

} // namespace relais
