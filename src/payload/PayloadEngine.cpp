#include "PayloadEngine.h"

#include "DefaultEnvelope.h"
#include "FormEncoder.h"
#include "JsonText.h"
#include "TemplateParser.h"

#include "core/HttpRules.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QUrl>

namespace relais {

namespace {

// Form fields as one text, to tell when they changed.
QString formSource(const QList<FormField> &fields)
{
    QString source;
    for (const FormField &f : fields)
        source += f.key + u'\x1f' + f.expression + u'\x1e';
    return source;
}

QString excerpt(const QByteArray &body, qsizetype offset)
{
    const qsizetype from = qMax(qsizetype(0), offset - 30);
    return QString::fromUtf8(body.mid(from, 60)).simplified();
}

} // namespace

PayloadEngine::PayloadEngine() = default;
PayloadEngine::~PayloadEngine() = default;

void PayloadEngine::forgetWebhook(const QUuid &webhook)
{
    m_cache.removeWebhook(webhook);
    m_webhookValues.remove(webhook);
}

template<typename Compile>
ScriptCompiler::Result PayloadEngine::script(const Webhook &webhook, const QString &slot,
                                             const QString &source, Compile compile)
{
    if (ScriptCompiler::Result cached = m_cache.find(webhook.id, slot, source))
        return cached;
    ScriptCompiler::Result compiled = compile();
    m_cache.insert(webhook.id, slot, source, compiled);
    return compiled;
}

ScriptCompiler::Result PayloadEngine::conditionScript(const Webhook &webhook)
{
    return script(webhook, QStringLiteral("condition"), webhook.condition,
                  [&] { return m_compiler.condition(webhook.condition); });
}

ScriptCompiler::Result PayloadEngine::bodyScript(const Webhook &webhook)
{
    const QString &text = webhook.bodyTemplate;
    switch (webhook.bodyMode) {
    case BodyMode::JsonTemplate:
        return script(webhook, QStringLiteral("body:json"), text,
                      [&] { return m_compiler.jsonTemplate(text); });
    case BodyMode::Raw:
        return script(webhook, QStringLiteral("body:raw"), text,
                      [&] { return m_compiler.textTemplate(text); });
    case BodyMode::Transform:
        return script(webhook, QStringLiteral("body:transform"), text,
                      [&] { return m_compiler.transform(text); });
    case BodyMode::Form:
        return script(webhook, QStringLiteral("body:form"), formSource(webhook.formFields),
                      [&] { return m_compiler.formFields(webhook.formFields); });
    case BodyMode::DefaultEnvelope:
        break;
    }
    return {};
}

ScriptCompiler::Result PayloadEngine::urlScript(const Webhook &webhook)
{
    return script(webhook, QStringLiteral("url"), webhook.url,
                  [&] { return m_compiler.parts(webhook.url, PayloadError::Part::Url); });
}

ScriptCompiler::Result PayloadEngine::headerScript(const Webhook &webhook, const QString &name,
                                                   const QString &valueTemplate)
{
    return script(webhook, QStringLiteral("header:") + name.toLower(), valueTemplate, [&] {
        return m_compiler.parts(valueTemplate, PayloadError::Part::Header, name);
    });
}

QJSValue PayloadEngine::webhookValue(const Webhook &webhook)
{
    auto it = m_webhookValues.find(webhook.id);
    if (it != m_webhookValues.end() && it->first == webhook.name)
        return it->second;
    if (m_webhookValues.size() > 1024)
        m_webhookValues.clear();
    QJSValue value =
        m_sandbox.webhookValue(webhook.id.toString(QUuid::WithoutBraces), webhook.name);
    m_webhookValues.insert(webhook.id, {webhook.name, value});
    return value;
}

bool PayloadEngine::run(const CompiledScript &script, const Webhook &webhook, const Event &event,
                        QJSValue *result, PayloadError *error)
{
    if (script.error) {
        *error = *script.error;
        return false;
    }
    ScriptFailure failure;
    if (!m_sandbox.call(script.function,
                        m_sandbox.arguments(webhookValue(webhook), event, script.dataUse), result,
                        &failure)) {
        *error = script.errorFor(failure);
        return false;
    }
    return true;
}

bool PayloadEngine::checkSize(qsizetype size, PayloadError::Part part, PayloadError *error) const
{
    if (size <= m_sandbox.outputLimit())
        return true;
    *error = PayloadError{};
    error->kind = PayloadError::Kind::TooLarge;
    error->part = part;
    error->message = m_sandbox.tooLargeMessage(size);
    return false;
}

void PayloadEngine::joinParts(const CompiledScript &script, const QJSValue &values,
                              bool percentEncode, QString *out)
{
    out->clear();
    for (qsizetype i = 0; i < script.literals.size(); ++i) {
        *out += script.literals.at(i);
        if (i + 1 == script.literals.size())
            break;
        const QString value = values.property(quint32(i)).toString();
        *out += percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(value)) : value;
    }
}

MatchResult PayloadEngine::match(const Webhook &webhook, const Event &event)
{
    MatchResult result = EventMatcher::matchTrigger(webhook, event);
    if (!result.matched || webhook.condition.trimmed().isEmpty())
        return result;
    result.decidedBy = MatchResult::Stage::Condition;
    QJSValue value;
    PayloadError error;
    if (!run(*conditionScript(webhook), webhook, event, &value, &error)) {
        result.matched = false;
        result.error = error;
        return result;
    }
    result.matched = value.toBool();
    result.conditionValue = value.isString() ? jsontext::quote(value.toString()) : value.toString();
    return result;
}

bool PayloadEngine::renderBody(const Webhook &webhook, const Event &event, RenderedBody *out,
                               PayloadError *error)
{
    out->contentType = webhook.effectiveContentType();
    if (webhook.bodyMode == BodyMode::DefaultEnvelope) {
        out->body = DefaultEnvelope::render(event);
        return checkSize(out->body.size(), PayloadError::Part::Body, error);
    }

    const ScriptCompiler::Result compiled = bodyScript(webhook);
    QJSValue result;
    if (!run(*compiled, webhook, event, &result, error))
        return false;

    if (webhook.bodyMode == BodyMode::Form) {
        QList<QPair<QString, QString>> fields;
        for (qsizetype i = 0; i < webhook.formFields.size(); ++i)
            fields.append({webhook.formFields.at(i).key, result.property(quint32(i)).toString()});
        out->body = FormEncoder::encode(fields);
        return checkSize(out->body.size(), PayloadError::Part::Body, error);
    }

    out->body = result.toString().toUtf8();
    if (!checkSize(out->body.size(), PayloadError::Part::Body, error))
        return false;
    if (!compiled->checkJson)
        return true;

    // Wrapped: a body may be any JSON value, QJsonDocument reads only
    // objects and arrays.
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray("[") + out->body + QByteArray("]"), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    const qsizetype offset =
        qBound(qsizetype(0), qsizetype(parseError.offset) - 1, out->body.size());
    *error = PayloadError{};
    error->kind = PayloadError::Kind::InvalidJson;
    error->part = PayloadError::Part::Body;
    error->message = tr("The rendered body is not valid JSON (%1) at character %2 of the output, "
                        "near \"%3\". A placeholder outside quotes inserts a JSON value; to insert "
                        "text, put the placeholder inside quotes.")
                         .arg(parseError.errorString())
                         .arg(offset + 1)
                         .arg(excerpt(out->body, offset));
    return false;
}

bool PayloadEngine::renderUrl(const Webhook &webhook, const Event &event, QString *url,
                              PayloadError *error)
{
    if (!TemplateParser::hasPlaceholder(webhook.url)) {
        *url = webhook.url.trimmed();
        return true;
    }
    const ScriptCompiler::Result compiled = urlScript(webhook);
    QJSValue values;
    if (!run(*compiled, webhook, event, &values, error))
        return false;
    joinParts(*compiled, values, true, url);
    *url = url->trimmed();
    if (const QString problem = HttpRules::urlProblem(*url); !problem.isEmpty()) {
        *error = PayloadError{};
        error->kind = PayloadError::Kind::InvalidValue;
        error->part = PayloadError::Part::Url;
        error->message = tr("The rendered URL \"%1\" cannot be used: %2").arg(*url, problem);
        return false;
    }
    return true;
}

bool PayloadEngine::renderHeaderValue(const Webhook &webhook, const Event &event,
                                      const QString &name, const QString &valueTemplate,
                                      QString *value, PayloadError *error)
{
    if (TemplateParser::hasPlaceholder(valueTemplate)) {
        const ScriptCompiler::Result compiled = headerScript(webhook, name, valueTemplate);
        QJSValue values;
        if (!run(*compiled, webhook, event, &values, error))
            return false;
        joinParts(*compiled, values, false, value);
    } else {
        *value = valueTemplate;
    }
    if (const QString problem = HttpRules::headerValueProblem(*value); !problem.isEmpty()) {
        *error = PayloadError{};
        error->kind = PayloadError::Kind::InvalidValue;
        error->part = PayloadError::Part::Header;
        error->partName = name;
        error->message =
            tr("The rendered value of header \"%1\" cannot be sent: %2").arg(name, problem);
        return false;
    }
    return true;
}

QList<PayloadError> PayloadEngine::check(const Webhook &webhook)
{
    QList<PayloadError> errors;
    auto add = [&errors](const ScriptCompiler::Result &compiled) {
        if (compiled && compiled->error)
            errors << *compiled->error;
    };
    if (!webhook.condition.trimmed().isEmpty())
        add(conditionScript(webhook));
    add(bodyScript(webhook));
    if (TemplateParser::hasPlaceholder(webhook.url))
        add(urlScript(webhook));
    for (const WebhookHeader &h : webhook.headers) {
        if (!h.secret && TemplateParser::hasPlaceholder(h.value))
            add(headerScript(webhook, h.name, h.value));
    }
    return errors;
}

} // namespace relais
