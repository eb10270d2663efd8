#include "JinjaHints.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace relais {

namespace {

qsizetype skipQuoted(QStringView text, qsizetype i)
{
    const QChar quote = text[i];
    for (++i; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == quote)
            return i + 1;
    }
    return text.size();
}

// Splits at the single bars that stand at the top level of the expression
// (not inside quotes or brackets, not part of || or |=).
QStringList splitAtBars(QStringView expression)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < expression.size()) {
        const QChar c = expression[i];
        if (c == u'"' || c == u'\'' || c == u'`') {
            i = skipQuoted(expression, i);
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            const QChar prev = i > 0 ? expression[i - 1] : QChar();
            const QChar next = i + 1 < expression.size() ? expression[i + 1] : QChar();
            if (prev != u'|' && next != u'|' && next != u'=') {
                parts << expression.mid(start, i - start).toString();
                start = i + 1;
            }
        }
        ++i;
    }
    parts << expression.mid(start).toString();
    return parts;
}

// Names that may legitimately follow a bitwise | in JavaScript.
bool isJavaScriptName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("event"),      QStringLiteral("doc"),       QStringLiteral("webhook"),
        QStringLiteral("Math"),       QStringLiteral("Number"),    QStringLiteral("parseInt"),
        QStringLiteral("parseFloat"), QStringLiteral("String"),    QStringLiteral("Boolean"),
        QStringLiteral("JSON"),       QStringLiteral("Date"),      QStringLiteral("Object"),
        QStringLiteral("Array"),      QStringLiteral("true"),      QStringLiteral("false"),
        QStringLiteral("null"),       QStringLiteral("undefined"), QStringLiteral("NaN"),
        QStringLiteral("Infinity"),   QStringLiteral("new"),       QStringLiteral("typeof"),
    };
    return names.contains(name);
}

// A value that can take a method call without parentheses: doc.name,
// x[0], doc.name.trim() — at its top level only names, dots and brackets.
QString operand(const QString &value)
{
    int depth = 0;
    bool simple = !value.isEmpty();
    for (qsizetype i = 0; simple && i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'"' || c == u'\'') {
            i = skipQuoted(value, i) - 1;
            simple = depth > 0;
        } else if (c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u']') {
            --depth;
        } else if (depth == 0) {
            simple = c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.';
        }
    }
    return simple ? value : QString(u'(' + value + u')');
}

// Splits "a, b" at the first top-level comma.
QPair<QString, QString> splitArguments(const QString &arguments)
{
    int depth = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments[i];
        if (c == u'"' || c == u'\'') {
            i = skipQuoted(arguments, i) - 1;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            --depth;
        } else if (c == u',' && depth == 0) {
            return {arguments.left(i).trimmed(), arguments.mid(i + 1).trimmed()};
        }
    }
    return {arguments.trimmed(), QString()};
}

// Rewrites the Jinja words of an expression outside its string literals.
QString rewriteOperators(QStringView expression, bool *changed)
{
    static const QList<QPair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("\\bis\\s+not\\s+none\\b")), QStringLiteral("!= null")},
        {QRegularExpression(QStringLiteral("\\bis\\s+none\\b")), QStringLiteral("== null")},
        {QRegularExpression(QStringLiteral("\\bis\\s+not\\s+defined\\b")),
         QStringLiteral("=== undefined")},
        {QRegularExpression(QStringLiteral("\\bis\\s+defined\\b")),
         QStringLiteral("!== undefined")},
        {QRegularExpression(QStringLiteral("\\band\\b")), QStringLiteral("&&")},
        {QRegularExpression(QStringLiteral("\\bor\\b")), QStringLiteral("||")},
        {QRegularExpression(QStringLiteral("\\bnot\\s+")), QStringLiteral("!")},
        {QRegularExpression(QStringLiteral("\\bNone\\b")), QStringLiteral("null")},
        {QRegularExpression(QStringLiteral("\\bTrue\\b")), QStringLiteral("true")},
        {QRegularExpression(QStringLiteral("\\bFalse\\b")), QStringLiteral("false")},
        {QRegularExpression(QStringLiteral("\\s~\\s")), QStringLiteral(" + ")},
    };
    QString out;
    *changed = false;
    qsizetype i = 0;
    while (i < expression.size()) {
        // Copy code up to the next string literal, rewritten; then the literal as is.
        qsizetype quote = i;
        while (quote < expression.size() && expression[quote] != u'"' && expression[quote] != u'\'')
            ++quote;
        QString code = expression.mid(i, quote - i).toString();
        for (const auto &[pattern, replacement] : rules) {
            const QString before = code;
            code.replace(pattern, replacement);
            *changed = *changed || code != before;
        }
        out += code;
        if (quote < expression.size()) {
            const qsizetype end = skipQuoted(expression, quote);
            out += expression.mid(quote, end - quote);
            i = end;
        } else {
            i = quote;
        }
    }
    return out.simplified();
}

} // namespace

QString JinjaHints::translateFilter(const QString &value, const QString &filter,
                                    const QString &arguments)
{
    const QString x = operand(value);
    const auto [first, second] = splitArguments(arguments);
    if (filter == u"upper")
        return x + QStringLiteral(".toUpperCase()");
    if (filter == u"lower")
        return x + QStringLiteral(".toLowerCase()");
    if (filter == u"capitalize")
        return x + QStringLiteral(".charAt(0).toUpperCase() + ") + x + QStringLiteral(".slice(1)");
    if (filter == u"title")
        return x + QStringLiteral(".replace(/\\b\\w/g, c => c.toUpperCase())");
    if (filter == u"trim" || filter == u"strip")
        return x + QStringLiteral(".trim()");
    if (filter == u"length" || filter == u"count")
        return x + QStringLiteral(".length");
    if (filter == u"tojson" || filter == u"json" || filter == u"dump")
        return QStringLiteral("json(") + value + u')';
    if (filter == u"default" || filter == u"d")
        return u'(' + x + QStringLiteral(" ?? ") +
               (first.isEmpty() ? QStringLiteral("\"\"") : first) + u')';
    if (filter == u"round")
        return first.isEmpty()
                   ? QString(QStringLiteral("Math.round(") + value + u')')
                   : QString(QStringLiteral("Number(") + x + QStringLiteral(".toFixed(") + first +
                             QStringLiteral("))"));
    if (filter == u"int")
        return QStringLiteral("parseInt(") + value + QStringLiteral(", 10)");
    if (filter == u"float")
        return QStringLiteral("parseFloat(") + value + u')';
    if (filter == u"string")
        return QStringLiteral("String(") + value + u')';
    if (filter == u"abs")
        return QStringLiteral("Math.abs(") + value + u')';
    if (filter == u"join")
        return x + QStringLiteral(".join(") + (first.isEmpty() ? QStringLiteral("\"\"") : first) +
               u')';
    if (filter == u"first")
        return x + QStringLiteral("[0]");
    if (filter == u"last")
        return x + u'[' + x + QStringLiteral(".length - 1]");
    if (filter == u"replace" && !second.isEmpty())
        return x + QStringLiteral(".split(") + first + QStringLiteral(").join(") + second + u')';
    if (filter == u"urlencode")
        return QStringLiteral("urlencode(") + value + u')';
    if (filter == u"b64encode" || filter == u"base64")
        return QStringLiteral("base64(") + value + u')';
    if (filter == u"e" || filter == u"escape" || filter == u"safe" || filter == u"forceescape")
        return value;
    if (filter == u"list")
        return QStringLiteral("Array.from(") + value + u')';
    if (filter == u"sort")
        return x + QStringLiteral(".slice().sort()");
    if (filter == u"reverse")
        return x + QStringLiteral(".slice().reverse()");
    if (filter == u"sum")
        return x + QStringLiteral(".reduce((a, b) => a + b, 0)");
    if (filter == u"min" || filter == u"max")
        return QStringLiteral("Math.") + filter + QStringLiteral("(...") + value + u')';
    if (filter == u"unique")
        return QStringLiteral("[...new Set(") + value + QStringLiteral(")]");
    if (filter == u"truncate")
        return x + QStringLiteral(".slice(0, ") +
               (first.isEmpty() ? QStringLiteral("255") : first) + u')';
    if (filter == u"wordcount")
        return x + QStringLiteral(".split(/\\s+/).filter(Boolean).length");
    if (filter == u"date" || filter == u"datetime" || filter == u"format_date" ||
        filter == u"format_datetime")
        return QStringLiteral("isoDate(") + value + u')';
    return {};
}

QString JinjaHints::filterProblem(QStringView expression)
{
    const QStringList parts = splitAtBars(expression);
    if (parts.size() < 2)
        return {};
    static const QRegularExpression filterCall(
        QStringLiteral("^\\s*([A-Za-z_]\\w*)\\s*(?:\\((.*)\\))?\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    QString js = parts.first().trimmed();
    QString firstFilter;
    bool translated = true;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = filterCall.match(parts[i]);
        if (!m.hasMatch() || isJavaScriptName(m.captured(1)))
            return {}; // a bitwise or, as in "x | 0"
        if (firstFilter.isEmpty())
            firstFilter = m.captured(1);
        const QString next = translateFilter(js, m.captured(1), m.captured(2).trimmed());
        translated = translated && !next.isEmpty();
        js = next;
    }
    if (!translated) {
        return tr("\"| %1\" is a Jinja filter, but Relais templates are JavaScript expressions. "
                  "Call a JavaScript method or helper instead, for example {{ "
                  "doc.name.toUpperCase() "
                  "}} rather than {{ doc.name | upper }}.")
            .arg(firstFilter);
    }
    return tr("\"| %1\" is a Jinja filter, but Relais templates are JavaScript expressions. Write "
              "{{ %2 }} instead.")
        .arg(firstFilter, js);
}

QString JinjaHints::blockProblem(QStringView inner)
{
    const QString statement = inner.toString().trimmed();
    const QString keyword = statement.section(u' ', 0, 0);
    static const QRegularExpression forLoop(
        QStringLiteral("^for\\s+([A-Za-z_]\\w*)(?:\\s*,\\s*[A-Za-z_]\\w*)?\\s+in\\s+(.+?)\\s*$"));
    if (const QRegularExpressionMatch m = forLoop.match(statement); m.hasMatch()) {
        const QString item = m.captured(1);
        const QString list = operand(m.captured(2));
        return tr("Jinja loops ({% for %}) are not supported: Relais templates are JavaScript. "
                  "Insert the whole list with one placeholder, for example {{ %1.map(%2 => ({ … "
                  "})) }}, or build the body in a transform: function transform(event) { return "
                  "{ items: %1.map(%2 => …) }; }")
            .arg(list, item);
    }
    if (keyword == u"for" || keyword == u"endfor") {
        return tr("Jinja loops ({% for %}) are not supported: Relais templates are JavaScript. "
                  "Insert a list with one placeholder, for example {{ doc.items.map(item => ({ … "
                  "})) }}, or build the body in a transform.");
    }
    if (keyword == u"if" || keyword == u"elif") {
        bool changed = false;
        const QString condition =
            rewriteOperators(statement.mid(keyword.size()).trimmed(), &changed);
        return tr("Jinja conditions ({% if %}) are not supported: Relais templates are JavaScript. "
                  "Use a conditional expression in a placeholder, for example {{ %1 ? … : … }}, "
                  "or a transform.")
            .arg(condition);
    }
    if (keyword == u"else" || keyword == u"endif") {
        return tr("Jinja conditions ({% if %}) are not supported: Relais templates are JavaScript. "
                  "Use a conditional expression in a placeholder, {{ condition ? … : … }}, or a "
                  "transform.");
    }
    if (keyword == u"set") {
        return tr("Jinja assignments ({% set %}) are not supported: Relais templates are "
                  "JavaScript. Write the expression in the placeholder itself, or declare the "
                  "value in a transform (const name = …;).");
    }
    return tr("\"{% %1 %}\" is a Jinja block, but Relais templates are JavaScript: use {{ … }} "
              "placeholders with JavaScript expressions, or a transform.")
        .arg(keyword);
}

QString JinjaHints::commentProblem()
{
    return tr("Jinja comments ({# … #}) are not supported: Relais templates are JavaScript. Remove "
              "the comment, or write the body as a transform, where // comments are allowed.");
}

QString JinjaHints::operatorProblem(QStringView expression, bool placeholder)
{
    bool changed = false;
    const QString js = rewriteOperators(expression, &changed);
    if (!changed)
        return {};
    return tr("This is Jinja syntax, but Relais evaluates JavaScript expressions. Write %1 "
              "instead.")
        .arg(placeholder ? QStringLiteral("{{ ") + js + QStringLiteral(" }}") : js);
}

QString JinjaHints::frappeApiProblem(const QString &message)
{
    if (!message.startsWith(u"ReferenceError: frappe "))
        return {};
    return tr("frappe.* is Frappe's Python API, which Relais does not have: use JavaScript and "
              "the helpers json(), isoDate(), base64() and urlencode().");
}

} // namespace relais
