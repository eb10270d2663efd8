#pragma once

#include "DataUse.h"
#include "PayloadError.h"
#include "ScriptSandbox.h"

#include <QJSValue>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// Where a piece of user text (a condition, a placeholder's expression, a
// transform, a form field) stands in the generated source, and where it
// came from, to report errors in the user's terms.
struct SourceRegion
{
    int generatedLine = 0; // first line of the text in the generated source
    int lineCount = 1;
    int userLine = 1; // where the text starts in what the user wrote
    int userColumn = 1;
    QString text;            // the text itself
    QString partName;        // form fields: the key
    int placeholderLine = 0; // templates: where the "{{" is
    int placeholderColumn = 0;
};

// A condition, template, transform or set of form fields compiled into one
// JavaScript function (event, doc, webhook) → result, or the error that kept
// it from compiling. Shared through ScriptCache, so immutable once built.
struct CompiledScript
{
    enum class Kind
    {
        Condition,
        JsonTemplate,
        TextTemplate,
        Parts,
        Transform,
        FormFields
    };

    Kind kind = Kind::Condition;
    PayloadError::Part part = PayloadError::Part::Body;
    QString partName;
    QJSValue function;
    std::optional<PayloadError> error;
    QList<SourceRegion> regions; // one per user text, in generated order
    QStringList literals;        // Parts: the text around the placeholders (one more than them)
    DataUse dataUse;             // what the function reads of the event
    bool checkJson = false;      // JSON templates: the output must be checked

    // `failure` (from compiling or calling `function`) in the user's terms.
    PayloadError errorFor(const ScriptFailure &failure) const;
};

} // namespace relais
