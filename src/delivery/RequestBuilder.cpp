#include "RequestBuilder.h"

#include "core/Event.h"
#include "payload/PayloadEngine.h"
#include "secrets/SecretStore.h"
#include "signing/Signer.h"

namespace relais {

RequestBuilder::RequestBuilder(PayloadEngine &engine, SecretStore &secrets)
    : m_engine(engine)
    , m_secrets(secrets)
{}

QByteArray RequestBuilder::userAgent()
{
    return QByteArrayLiteral("Relais/" RELAIS_VERSION);
}

QStringList RequestBuilder::secretHeaderNames(const Webhook &webhook)
{
    QStringList names;
    for (const WebhookHeader &h : webhook.headers) {
        if (h.secret)
            names << h.name;
    }
    return names;
}

bool RequestBuilder::render(const Webhook &webhook, const Event &event, RequestSnapshot *out,
                            PayloadError *error)
{
    RequestSnapshot request;
    request.method = methodName(webhook.method);
    if (!m_engine.renderUrl(webhook, event, &request.url, error))
        return false;

    RenderedBody body;
    if (!m_engine.renderBody(webhook, event, &body, error))
        return false;
    request.body = body.body;
    request.headers.append(
        {QByteArrayLiteral("Content-Type"),
         (body.contentType.isEmpty() ? webhook.effectiveContentType() : body.contentType)
             .toUtf8()});
    for (const WebhookHeader &h : webhook.headers) {
        if (h.secret)
            continue; // added per attempt, from the keychain
        QString value;
        if (!m_engine.renderHeaderValue(webhook, event, h.name, h.value, &value, error))
            return false;
        request.headers.append({h.name.toUtf8(), value.toUtf8()});
    }
    *out = request;
    return true;
}

bool RequestBuilder::prepareAttempt(const Webhook &webhook, const QString &deliveryId,
                                    qint64 timestamp, RequestSnapshot *request,
                                    AttemptProblem *problem, QString *error)
{
    HeaderList extra;
    for (const WebhookHeader &h : webhook.headers) {
        if (!h.secret)
            continue;
        const SecretStore::Result r = m_secrets.read(webhook.secretKeyForHeader(h.name));
        if (!r.ok()) {
            *problem = AttemptProblem::SecretUnavailable;
            *error = tr("The value of header “%1” cannot be read: %2").arg(h.name, r.error);
            return false;
        }
        extra.append({h.name.toUtf8(), r.value});
    }

    const QDateTime now = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC);
    QList<QByteArray> secrets;
    for (const SecretRef &ref : webhook.secrets) {
        if (!ref.isActiveAt(now))
            continue;
        const SecretStore::Result r = m_secrets.read(ref.key);
        if (!r.ok()) {
            *problem = AttemptProblem::SecretUnavailable;
            *error = tr("The signing secret cannot be read: %1").arg(r.error);
            return false;
        }
        secrets << r.value;
    }
    if (webhook.signing != SigningScheme::None && secrets.isEmpty()) {
        *problem = AttemptProblem::SecretUnavailable;
        *error = tr("The webhook signs its requests but has no active secret; give it one.");
        return false;
    }

    const bool standard = webhook.signing == SigningScheme::StandardWebhooks;
    if (!standard) {
        // Receivers de-duplicate on webhook-id whatever the scheme.
        extra.append({QByteArrayLiteral("webhook-id"), deliveryId.toUtf8()});
        extra.append({QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)});
    }
    if (webhook.signing != SigningScheme::None) {
        const SigningInput input{deliveryId.toUtf8(), timestamp, request->body};
        QString signError;
        HeaderList signature;
        if (!Signer::sign(webhook.signing, webhook.hmac, secrets, input, &signature, &signError)) {
            *problem = AttemptProblem::Invalid;
            *error = signError;
            return false;
        }
        // The custom scheme signing id.timestamp.body adds these itself.
        for (const auto &header : std::as_const(signature)) {
            const QByteArray lower = header.first.toLower();
            if (!standard && (lower == "webhook-id" || lower == "webhook-timestamp"))
                continue;
            extra.append(header);
        }
    }
    extra.append({QByteArrayLiteral("User-Agent"), userAgent()});
    request->headers += extra;
    *problem = AttemptProblem::None;
    return true;
}

} // namespace relais
