#pragma once

#include "DataUse.h"
#include "JsonToScript.h"
#include "PayloadError.h"
#include "ScriptWatchdog.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonValue>
#include <QString>

#include <chrono>

namespace relais {

struct Event;

// How a script failed, in terms of the generated source it was compiled
// from; CompiledScript maps it back to what the user wrote.
struct ScriptFailure
{
    PayloadError::Kind kind = PayloadError::Kind::Runtime;
    QString message;
    int line = 0;         // in the generated source; 0: unknown
    int column = 0;       // idem
    int placeholder = -1; // index of the template placeholder that threw
    bool inScript = true; // false when the line is in the prelude
};

// A QJSEngine with nothing but ECMAScript and Relais's helpers in it (no
// file, network or Qt access, no promises), a watchdog that interrupts each
// call after the time limit, and an output limit that compiled scripts
// check. One per thread: the engine belongs to the thread that made it.
//
// Limits of the limits, from QV4 itself: memory is not bounded (native
// string builders are guarded, a script can still fill memory in a loop
// until the time limit stops it), and QV4 does not check for interruption
// in some call paths: a function that only recurses inside try/catch, such
// as function f() { try { f(); } catch (e) { f(); } }, is not stopped.
class ScriptSandbox final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptSandbox)

public:
    static constexpr std::chrono::milliseconds kDefaultTimeLimit{100};
    static constexpr qsizetype kDefaultOutputLimit = 5 * 1024 * 1024;

    ScriptSandbox();
    ~ScriptSandbox();
    Q_DISABLE_COPY_MOVE(ScriptSandbox)

    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; }
    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }
    void setOutputLimit(qsizetype bytes);
    qsizetype outputLimit() const { return m_outputLimit; }

    // Evaluates `source`, a factory `(function (__r) { return function … })`,
    // and calls it with the private helpers; *function is what it returns.
    bool compile(const QString &source, QJSValue *function, ScriptFailure *failure);
    // Calls `function` under the time limit.
    bool call(const QJSValue &function, const QJSValueList &arguments, QJSValue *result,
              ScriptFailure *failure);

    // The arguments of a compiled script (see ScriptCompiler): the webhook,
    // the event's fields, and the parts of its data that `use` says the
    // script reads. New values each time: what a script changes, no other
    // script sees.
    QJSValueList arguments(const QJSValue &webhook, const Event &event, const DataUse &use);
    // Frozen: it is shared by every script of the webhook.
    QJSValue webhookValue(const QString &id, const QString &name);

    // The messages of failures the scripts report themselves.
    QString tooLargeMessage(qint64 size) const;

    static QString scriptFileName() { return QStringLiteral("relais-script"); }

private:
    QJSValue toScript(const QJsonValue &value);
    QJSValue project(const QJsonValue &value, const QList<const QStringList *> &paths, int depth);
    ScriptFailure failureFrom(const QJSValue &error) const;
    ScriptFailure timeoutFailure() const;

    QJSEngine m_engine;
    ScriptWatchdog m_watchdog;
    JsonToScript m_converter{m_engine};
    QJSValue m_helpers;
    QJSValue m_limits;
    std::chrono::milliseconds m_timeLimit = kDefaultTimeLimit;
    qsizetype m_outputLimit = kDefaultOutputLimit;
};

} // namespace relais
