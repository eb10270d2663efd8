#include "CompiledScript.h"

#include "JinjaHints.h"

namespace relais {

PayloadError CompiledScript::errorFor(const ScriptFailure &failure) const
{
    PayloadError e;
    e.kind = failure.kind;
    e.part = part;
    e.partName = partName;
    e.message = failure.message;

    const SourceRegion *region = nullptr;
    if (failure.placeholder >= 0 && failure.placeholder < regions.size()) {
        region = &regions.at(failure.placeholder);
    } else if (failure.line > 0 && failure.inScript) {
        for (const SourceRegion &r : regions) {
            if (r.generatedLine <= failure.line)
                region = &r;
        }
    }
    if (!region)
        return e;
    if (!region->partName.isEmpty())
        e.partName = region->partName;

    if (failure.kind == PayloadError::Kind::Syntax) {
        const int delta = failure.line - region->generatedLine;
        if (delta < region->lineCount) {
            e.line = region->userLine + delta;
            e.column = delta == 0 ? region->userColumn + failure.column - 1 : failure.column;
        } else {
            // Reported on the generated line after the text: the text ended
            // too early (an unclosed bracket, a trailing operator).
            const QString lastLine = region->text.section(u'\n', -1);
            e.line = region->userLine + region->lineCount - 1;
            e.column = (region->lineCount == 1 ? region->userColumn : 1) + int(lastLine.size());
        }
        const bool placeholder = region->placeholderLine > 0;
        if (const QString jinja = JinjaHints::operatorProblem(region->text, placeholder);
            !jinja.isEmpty()) {
            e.kind = PayloadError::Kind::Jinja;
            e.message = jinja;
        }
        return e;
    }

    if (region->placeholderLine > 0 && failure.placeholder >= 0) {
        e.line = region->placeholderLine;
        e.column = region->placeholderColumn;
        e.message =
            PayloadError::tr("%1 (in {{ %2 }})").arg(failure.message, region->text.trimmed());
    } else if (failure.line > 0 && failure.inScript) {
        const int delta = failure.line - region->generatedLine;
        if (delta >= 0 && delta < region->lineCount)
            e.line = region->userLine + delta;
    }
    if (const QString frappe = JinjaHints::frappeApiProblem(failure.message); !frappe.isEmpty())
        e.message += u' ' + frappe;
    return e;
}

} // namespace relais
