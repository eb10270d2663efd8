#pragma once

#include "EventMatcher.h"
#include "PayloadError.h"
#include "ScriptCache.h"
#include "ScriptCompiler.h"
#include "ScriptSandbox.h"

#include "core/Event.h"
#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJSValue>
#include <QString>

#include <chrono>

namespace relais {

// A rendered request body and the content type to send it with.
struct RenderedBody
{
    QByteArray body;
    QString contentType;
};

// Decides whether a webhook fires for an event and renders what it sends.
// One per thread (the JavaScript engine inside belongs to its thread).
//
// The payload language is JavaScript, run in a sandbox: ECMAScript only, no
// file, network or Qt access, no promises; each evaluation is stopped after
// a time limit (100 ms by default) and output is limited (5 MB by default).
//
// Every script sees:
//   event    {id, type, resource, occurredAt (ISO 8601 string), data}
//   doc      the same object as event.data, so that Frappe's conditions
//            (doc.status == "Open") and templates ({"id": "{{ doc.name }}"})
//            work as written
//   webhook  {id, name}
// and these helpers:
//   json(value[, indent])  JSON.stringify, "null" for undefined
//   isoDate(value)         ISO 8601 UTC text of a Date, of seconds or
//                          milliseconds since 1970, or of a date text
//                          ("2024-05-02 10:15:00" as Frappe writes it);
//                          now when called without a value
//   base64(text)           Base64 of the UTF-8 text
//   urlencode(text)        percent-encoding (RFC 3986 unreserved kept)
// Each script gets its own copy of the event (holding the fields it reads):
// what one script changes, no other script sees.
//
// Where each is used:
//   condition      an expression; the webhook fires when it is truthy.
//   JSON template  JSON with {{ expression }} placeholders. Inside a JSON
//                  string a placeholder inserts its value as text, escaped
//                  ("{{ doc.name }}"); outside one it inserts the value as
//                  JSON ({"total": {{ doc.total }}, "items": {{ doc.items }}}).
//                  The result must be valid JSON.
//   transform      script text defining function transform(event) { … };
//                  an object or array it returns is sent as JSON, a string
//                  as it is.
//   form fields    key = expression rows, sent form-encoded.
//   raw text       a template whose placeholders insert text as it is.
//   URL, headers   templates whose placeholders insert text; in the URL it
//                  is percent-encoded, in headers it may not hold line breaks.
// A placeholder's text: strings as they are, null and undefined as nothing,
// dates as ISO 8601, objects and arrays as JSON, other values as String().
// Jinja syntax ({% for %}, {{ x | upper }}) is refused with the JavaScript
// way to write it. Without a template the body is the default envelope
// (DefaultEnvelope.h). Each script is compiled once per revision of its
// text and kept (ScriptCache).
class PayloadEngine final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadEngine)

public:
    PayloadEngine();
    ~PayloadEngine();
    Q_DISABLE_COPY_MOVE(PayloadEngine)

    void setTimeLimit(std::chrono::milliseconds limit) { m_sandbox.setTimeLimit(limit); }
    std::chrono::milliseconds timeLimit() const { return m_sandbox.timeLimit(); }
    void setOutputLimit(qsizetype bytes) { m_sandbox.setOutputLimit(bytes); }
    qsizetype outputLimit() const { return m_sandbox.outputLimit(); }
    // Compiled scripts are kept per webhook and revision; turning the cache
    // off (to measure it) compiles every script on every use.
    void setCacheEnabled(bool enabled) { m_cache.setEnabled(enabled); }
    bool isCacheEnabled() const { return m_cache.isEnabled(); }
    // Drops what is kept for a deleted webhook.
    void forgetWebhook(const QUuid &webhook);
    qsizetype cachedScripts() const { return m_cache.size(); }

    // Patterns, resource filter, then condition.
    MatchResult match(const Webhook &webhook, const Event &event);
    bool renderBody(const Webhook &webhook, const Event &event, RenderedBody *out,
                    PayloadError *error);
    bool renderUrl(const Webhook &webhook, const Event &event, QString *url, PayloadError *error);
    // `valueTemplate` is the header's value (for a secret header, the value
    // from the keychain).
    bool renderHeaderValue(const Webhook &webhook, const Event &event, const QString &name,
                           const QString &valueTemplate, QString *value, PayloadError *error);
    // Compiles every script of the webhook without running any: the errors
    // an editor shows before the webhook is saved.
    QList<PayloadError> check(const Webhook &webhook);

private:
    template<typename Compile>
    ScriptCompiler::Result script(const Webhook &webhook, const QString &slot,
                                  const QString &source, Compile compile);
    ScriptCompiler::Result conditionScript(const Webhook &webhook);
    ScriptCompiler::Result bodyScript(const Webhook &webhook);
    ScriptCompiler::Result urlScript(const Webhook &webhook);
    ScriptCompiler::Result headerScript(const Webhook &webhook, const QString &name,
                                        const QString &valueTemplate);
    bool run(const CompiledScript &script, const Webhook &webhook, const Event &event,
             QJSValue *result, PayloadError *error);
    static void joinParts(const CompiledScript &script, const QJSValue &values, bool percentEncode,
                          QString *out);
    bool checkSize(qsizetype size, PayloadError::Part part, PayloadError *error) const;
    QJSValue webhookValue(const Webhook &webhook);

    // Declared first: destroyed last, after every QJSValue below.
    ScriptSandbox m_sandbox;
    ScriptCompiler m_compiler{m_sandbox};
    ScriptCache m_cache;
    QHash<QUuid, QPair<QString, QJSValue>> m_webhookValues;
};

} // namespace relais
