#pragma once

#include "core/Delivery.h"
#include "core/Event.h"
#include "payload/EventMatcher.h"
#include "payload/PayloadError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace relais {

struct Webhook;
class PayloadEngine;
class SecretStore;

// What a webhook would do with an event, without sending anything: whether
// it matches (and which stage decided) and the complete request — final URL,
// headers with the signature computed and secret values redacted, body.
// One API for the editor's live preview and `relaisctl preview`.
struct PreviewResult
{
    Q_DECLARE_TR_FUNCTIONS(PreviewResult)

public:
    MatchResult match;
    bool rendered = false;
    RequestSnapshot request;           // redacted
    std::optional<PayloadError> error; // the condition or template failed
    QString signingNote;               // e.g. the keychain is locked: no signature shown

    // A condition or template error: the preview could not decide.
    bool failed() const { return error.has_value(); }
    QJsonObject toJson() const;
};

class Preview final
{
public:
    static PreviewResult run(PayloadEngine &engine, SecretStore &secrets, const Webhook &webhook,
                             const Event &event);
};

} // namespace relais
