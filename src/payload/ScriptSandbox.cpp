#include "ScriptSandbox.h"

#include "core/Event.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace relais {

namespace {

// "function:line:column:file", as QJSEngine::evaluate() reports a frame.
void parseFrame(const QString &frame, int *line, int *column)
{
    const QStringList parts = frame.split(u':');
    if (parts.size() >= 3) {
        *line = qMax(0, parts.at(1).toInt());
        *column = qMax(0, parts.at(2).toInt());
    }
}

} // namespace

ScriptSandbox::ScriptSandbox()
    : m_watchdog(&m_engine)
{
    // No installExtensions(): no console, no print(), no Qt object.
    QFile file(QStringLiteral(":/relais/payload/prelude.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The payload prelude is missing from the resources.");
    const QJSValue prelude =
        m_engine.evaluate(QString::fromUtf8(file.readAll()), QStringLiteral("relais-prelude.js"));
    m_limits = m_engine.newObject();
    setOutputLimit(m_outputLimit);
    m_helpers = prelude.call({m_engine.globalObject(), m_limits});
    if (m_helpers.isError() || !m_helpers.isObject())
        qFatal("The payload prelude failed: %s", qPrintable(m_helpers.toString()));
}

ScriptSandbox::~ScriptSandbox() = default;

void ScriptSandbox::setOutputLimit(qsizetype bytes)
{
    m_outputLimit = bytes;
    // Scripts count UTF-16 units; each needs at least one byte, so a string
    // longer than the limit in units is certainly too large in bytes.
    m_limits.setProperty(QStringLiteral("chars"), double(bytes));
}

bool ScriptSandbox::compile(const QString &source, QJSValue *function, ScriptFailure *failure)
{
    QStringList stack;
    m_watchdog.arm(m_timeLimit);
    const QJSValue factory = m_engine.evaluate(source, scriptFileName(), 1, &stack);
    if (m_watchdog.disarm()) {
        *failure = timeoutFailure();
        return false;
    }
    if (factory.isError() || !factory.isCallable()) {
        *failure = failureFrom(factory);
        failure->kind = PayloadError::Kind::Syntax;
        if (!stack.isEmpty())
            parseFrame(stack.constFirst(), &failure->line, &failure->column);
        return false;
    }
    return call(factory, {m_helpers}, function, failure);
}

bool ScriptSandbox::call(const QJSValue &function, const QJSValueList &arguments, QJSValue *result,
                         ScriptFailure *failure)
{
    m_watchdog.arm(m_timeLimit);
    *result = function.call(arguments);
    if (m_watchdog.disarm()) {
        *failure = timeoutFailure();
        return false;
    }
    if (result->isError()) {
        *failure = failureFrom(*result);
        return false;
    }
    return true;
}

ScriptFailure ScriptSandbox::timeoutFailure() const
{
    ScriptFailure f;
    f.kind = PayloadError::Kind::Timeout;
    f.message =
        tr("The script ran longer than %n ms and was stopped.", nullptr, int(m_timeLimit.count()));
    return f;
}

ScriptFailure ScriptSandbox::failureFrom(const QJSValue &error) const
{
    ScriptFailure f;
    const QString kind = error.property(QStringLiteral("relaisKind")).toString();
    if (kind == u"TooLarge") {
        f.kind = PayloadError::Kind::TooLarge;
        f.message =
            tooLargeMessage(qint64(error.property(QStringLiteral("relaisSize")).toNumber()));
        return f;
    }
    if (kind == u"NoTransform") {
        f.message = tr("The transform must define function transform(event) { … } returning the "
                       "body.");
        return f;
    }
    if (kind == u"NoBody") {
        f.message = tr("transform(event) returned nothing; return an object, an array or a "
                       "string.");
        return f;
    }
    f.message = error.property(QStringLiteral("name")).toString() + QStringLiteral(": ") +
                error.property(QStringLiteral("message")).toString();
    if (!error.property(QStringLiteral("name")).isString())
        f.message = error.toString();
    const QJSValue placeholder = error.property(QStringLiteral("relaisPlaceholder"));
    if (placeholder.isNumber())
        f.placeholder = placeholder.toInt();
    const QJSValue line = error.property(QStringLiteral("lineNumber"));
    if (line.isNumber())
        f.line = line.toInt();
    f.inScript = error.property(QStringLiteral("fileName")).toString().endsWith(scriptFileName());
    return f;
}

QString ScriptSandbox::tooLargeMessage(qint64 size) const
{
    const QLocale locale;
    return tr("The output (%1) is larger than the limit of %2.")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(m_outputLimit));
}

QJSValue ScriptSandbox::toScript(const QJsonValue &value)
{
    return m_converter.convert(value);
}

// `value` holding only what `paths` (from `depth` on) lead to.
QJSValue ScriptSandbox::project(const QJsonValue &value, const QList<const QStringList *> &paths,
                                int depth)
{
    bool lengthOnly = true;
    for (const QStringList *path : paths) {
        if (path->size() == depth)
            return toScript(value); // read whole
        lengthOnly = lengthOnly && path->at(depth) == u"length";
    }
    if (value.isArray()) {
        // Only its length is read: an array of as many empty slots.
        return lengthOnly ? m_engine.newArray(uint(value.toArray().size())) : toScript(value);
    }
    if (!value.isObject())
        return toScript(value);

    const QJsonObject object = value.toObject();
    QJSValue result = m_engine.newObject();
    QList<const QStringList *> below;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &key = paths.at(i)->at(depth);
        bool seen = false;
        for (qsizetype j = 0; j < i && !seen; ++j)
            seen = paths.at(j)->at(depth) == key;
        const auto found = object.constFind(key);
        if (seen || found == object.constEnd())
            continue;
        below.clear();
        for (qsizetype j = i; j < paths.size(); ++j) {
            if (paths.at(j)->at(depth) == key)
                below << paths.at(j);
        }
        result.setProperty(key, project(*found, below, depth + 1));
    }
    return result;
}

QJSValueList ScriptSandbox::arguments(const QJSValue &webhook, const Event &event,
                                      const DataUse &use)
{
    QJSValueList args;
    args.reserve(6 + use.keys.size());
    args << webhook;
    args << (use.reads(DataUse::Id) ? QJSValue(event.id) : QJSValue());
    args << (use.reads(DataUse::Type) ? QJSValue(event.type) : QJSValue());
    args << (use.reads(DataUse::Resource) ? QJSValue(event.resource) : QJSValue());
    if (!use.reads(DataUse::OccurredAt))
        args << QJSValue();
    else if (event.occurredAt.isValid())
        args << QJSValue(event.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    else
        args << QJSValue(QJSValue::NullValue);
    if (use.wholeData) {
        args << m_converter.convert(event.data);
        return args;
    }
    args << QJSValue();
    QList<const QStringList *> below;
    for (const QString &key : use.keys) {
        const auto found = event.data.constFind(key);
        if (found == event.data.constEnd()) {
            args << QJSValue();
            continue;
        }
        below.clear();
        for (const QStringList &path : use.paths) {
            if (path.constFirst() == key)
                below << &path;
        }
        args << project(*found, below, 1);
    }
    return args;
}

QJSValue ScriptSandbox::webhookValue(const QString &id, const QString &name)
{
    QJSValue value = m_engine.toScriptValue(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
    m_helpers.property(QStringLiteral("freeze")).call({value});
    return value;
}

} // namespace relais
