#pragma once

#include "PreviewSecretStore.h"

#include "core/Event.h"
#include "core/Webhook.h"
#include "delivery/Preview.h"
#include "payload/PayloadEngine.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace relais {

// What the editor shows about the webhook being edited and a sample event.
struct TryOutResult
{
    // Whether the webhook, as configured, fires for the event.
    MatchResult match;
    // The condition alone, when the event type or resource already decided.
    std::optional<MatchResult> condition;
    // The request the webhook would send, whatever the trigger decided.
    PreviewResult preview;
};

// Runs the editor's live checks: the trigger against a sample event and the
// request preview. Owns the dialog's payload engine, which lives in the GUI
// thread (each evaluation is stopped after 100 ms by its watchdog).
class WebhookTryOut final
{
public:
    explicit WebhookTryOut(SecretStore &keychain);
    Q_DISABLE_COPY_MOVE(WebhookTryOut)

    // Secret header values typed in the dialog are in `webhook.headers`; an
    // empty one stays in the keychain, and the preview hides it anyway.
    // `signingSecret` is a secret typed but not saved yet.
    TryOutResult run(const Webhook &webhook, const Event &event,
                     const std::optional<QByteArray> &signingSecret);
    // The scripts of the webhook that do not compile.
    QList<PayloadError> check(const Webhook &webhook);

private:
    PayloadEngine m_engine;
    PreviewSecretStore m_secrets;
};

} // namespace relais
