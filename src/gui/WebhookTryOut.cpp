#include "WebhookTryOut.h"

namespace relais {

namespace {

const QString kTypedSigningKey = QStringLiteral("editor/typed-signing-secret");

} // namespace

WebhookTryOut::WebhookTryOut(SecretStore &keychain)
    : m_secrets(keychain)
{}

TryOutResult WebhookTryOut::run(const Webhook &webhook, const Event &event,
                                const std::optional<QByteArray> &signingSecret)
{
    TryOutResult result;
    result.match = m_engine.match(webhook, event);
    if (!result.match.error && result.match.decidedBy != MatchResult::Stage::Condition &&
        !webhook.condition.trimmed().isEmpty()) {
        Webhook conditionOnly = webhook;
        conditionOnly.eventPatterns = {QStringLiteral("*")};
        conditionOnly.resourceFilter.clear();
        result.condition = m_engine.match(conditionOnly, event);
    }

    // The request is shown even for an event the trigger refuses: the
    // template is what the user is working on.
    Webhook request = webhook;
    request.eventPatterns = {QStringLiteral("*")};
    request.resourceFilter.clear();
    request.condition.clear();
    m_secrets.clearTyped();
    for (const WebhookHeader &h : request.headers) {
        if (h.secret) {
            // Never shown (the preview redacts secret headers): no need to
            // ask the keychain for a stored one.
            m_secrets.setTyped(request.secretKeyForHeader(h.name),
                               h.value.isEmpty() ? QByteArrayLiteral("secret") : h.value.toUtf8());
        }
    }
    if (signingSecret && !signingSecret->isEmpty()) {
        m_secrets.setTyped(kTypedSigningKey, *signingSecret);
        request.secrets = {SecretRef{kTypedSigningKey, {}}};
    }
    result.preview = Preview::run(m_engine, m_secrets, request, event);
    return result;
}

QList<PayloadError> WebhookTryOut::check(const Webhook &webhook)
{
    return m_engine.check(webhook);
}

} // namespace relais
