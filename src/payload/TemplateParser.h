#pragma once

#include "PayloadError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace relais {

// One piece of a template: literal text, or a {{ expression }} placeholder.
struct TemplateSegment
{
    enum class Type
    {
        Literal,
        Placeholder
    };

    Type type = Type::Literal;
    QString text;              // the literal text, or the expression between the braces
    qsizetype offset = 0;      // where the literal, or the "{{", starts in the template
    qsizetype textOffset = 0;  // where `text` starts in the template
    bool inJsonString = false; // a placeholder written inside a JSON string literal
    bool afterEscape = false;  // … right after the backslash of an escape
};

// Splits templates into literal text and {{ expression }} placeholders,
// knows which placeholders of a JSON template stand inside a string, and
// refuses Jinja syntax with a hint.
class TemplateParser final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    enum class Syntax
    {
        Text,
        Json
    };

    // Errors carry the line and column in `text`; their part is left to the caller.
    static bool parse(const QString &text, Syntax syntax, QList<TemplateSegment> *segments,
                      PayloadError *error);
    static bool hasPlaceholder(QStringView text) { return text.contains(u"{{"); }
    // Checks the JSON around the placeholders, as if each placeholder were a
    // valid value (or valid string content), so that a missing comma is
    // reported where the user wrote it rather than in the rendered output.
    static bool checkJsonShape(const QString &text, const QList<TemplateSegment> &segments,
                               PayloadError *error);
    // Whether a template whose shape is valid JSON renders valid JSON
    // whatever its placeholders hold: each placeholder outside a string
    // stands where a whole value goes (after "[", ":", "," or at the start;
    // before "]", "}", "," or at the end), and none inside a string follows
    // a lone backslash. When false, the output is checked after rendering.
    static bool alwaysRendersJson(const QString &text, const QList<TemplateSegment> &segments);
    // Where the "}}" closing the placeholder whose expression starts at
    // `from` is, skipping braces and quotes of the expression itself; -1 if
    // there is none.
    static qsizetype placeholderEnd(QStringView text, qsizetype from);
};

} // namespace relais
