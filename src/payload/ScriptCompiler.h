#pragma once

#include "CompiledScript.h"

#include "core/Webhook.h"

#include <QCoreApplication>

#include <memory>

namespace relais {

class ScriptSandbox;

// Turns what the user wrote into one JavaScript function per script: a
// template's literals and placeholders become a single string expression,
// so rendering is one call, not one evaluation per placeholder.
class ScriptCompiler final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptCompiler)

public:
    using Result = std::shared_ptr<const CompiledScript>;

    explicit ScriptCompiler(ScriptSandbox &sandbox)
        : m_sandbox(sandbox)
    {}

    // An expression; the function returns its value.
    Result condition(const QString &expression);
    // A JSON template; the function returns the body text.
    Result jsonTemplate(const QString &text);
    // A text template (raw bodies); the function returns the text.
    Result textTemplate(const QString &text);
    // A URL or header template; the function returns the placeholders'
    // values as text, to be encoded and placed between `literals`.
    Result parts(const QString &text, PayloadError::Part part, const QString &partName = {});
    // Script text defining transform(event); the function returns the body text.
    Result transform(const QString &text);
    // One expression per field; the function returns their values as text.
    Result formFields(const QList<FormField> &fields);

private:
    class Source;

    Result templateScript(const QString &text, CompiledScript::Kind kind, PayloadError::Part part,
                          const QString &partName);
    Result finish(std::shared_ptr<CompiledScript> script, const Source &source);

    ScriptSandbox &m_sandbox;
};

} // namespace relais
