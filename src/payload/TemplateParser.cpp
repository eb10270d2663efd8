#include "TemplateParser.h"

#include "JinjaHints.h"
#include "TextPosition.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace relais {

namespace {

void fail(PayloadError *error, PayloadError::Kind kind, const QString &message, QStringView text,
          qsizetype offset)
{
    if (!error)
        return;
    const TextPosition at = TextPosition::at(text, offset);
    error->kind = kind;
    error->message = message;
    error->line = at.line;
    error->column = at.column;
}

// Skips a JavaScript string or template literal starting at `i` (on the
// quote); returns the index after the closing quote, or text.size().
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

} // namespace

qsizetype TemplateParser::placeholderEnd(QStringView text, qsizetype from)
{
    int depth = 0;
    qsizetype i = from;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'' || c == u'`') {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == u'{' || c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u'}' && depth == 0 && i + 1 < text.size() && text[i + 1] == u'}') {
            return i;
        } else if (c == u'}' || c == u')' || c == u']') {
            depth = qMax(0, depth - 1);
        }
        ++i;
    }
    return -1;
}

bool TemplateParser::parse(const QString &text, Syntax syntax, QList<TemplateSegment> *segments,
                           PayloadError *error)
{
    segments->clear();
    bool inString = false;
    bool escaped = false;
    qsizetype literalStart = 0;
    auto flushLiteral = [&](qsizetype end) {
        if (end > literalStart) {
            TemplateSegment s;
            s.text = text.mid(literalStart, end - literalStart);
            s.offset = s.textOffset = literalStart;
            segments->append(s);
        }
    };

    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (c == u'{' && next == u'{') {
            flushLiteral(i);
            const qsizetype end = placeholderEnd(text, i + 2);
            if (end < 0) {
                fail(error, PayloadError::Kind::Syntax,
                     tr("This placeholder is opened with {{ but never closed with }}."), text, i);
                return false;
            }
            TemplateSegment p;
            p.type = TemplateSegment::Type::Placeholder;
            p.text = text.mid(i + 2, end - i - 2);
            p.offset = i;
            p.textOffset = i + 2;
            p.inJsonString = syntax == Syntax::Json && inString;
            p.afterEscape = p.inJsonString && escaped;
            if (p.text.trimmed().isEmpty()) {
                fail(error, PayloadError::Kind::Syntax,
                     tr("This placeholder is empty; write an expression such as {{ doc.name }}."),
                     text, i);
                return false;
            }
            if (const QString jinja = JinjaHints::filterProblem(p.text); !jinja.isEmpty()) {
                fail(error, PayloadError::Kind::Jinja, jinja, text, i);
                return false;
            }
            segments->append(p);
            i = end + 2;
            literalStart = i;
            continue;
        }
        if (c == u'{' && (next == u'%' || next == u'#')) {
            const QString closing = next == u'%' ? QStringLiteral("%}") : QStringLiteral("#}");
            const qsizetype close = text.indexOf(closing, i + 2);
            if (close >= 0) {
                const QStringView inner = QStringView(text).mid(i + 2, close - i - 2);
                fail(error, PayloadError::Kind::Jinja,
                     next == u'%' ? JinjaHints::blockProblem(inner) : JinjaHints::commentProblem(),
                     text, i);
                return false;
            }
        }
        if (syntax == Syntax::Json) {
            if (escaped)
                escaped = false;
            else if (inString && c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = !inString;
        }
        ++i;
    }
    flushLiteral(text.size());
    return true;
}

bool TemplateParser::alwaysRendersJson(const QString &text, const QList<TemplateSegment> &segments)
{
    for (const TemplateSegment &s : segments) {
        if (s.type != TemplateSegment::Type::Placeholder)
            continue;
        if (s.inJsonString) {
            if (s.afterEscape)
                return false;
            continue;
        }
        qsizetype before = s.offset - 1;
        while (before >= 0 && text[before].isSpace())
            --before;
        qsizetype after = TemplateParser::placeholderEnd(text, s.textOffset) + 2;
        while (after < text.size() && text[after].isSpace())
            ++after;
        const bool startsValue = before < 0 || QStringView(u"[:,").contains(text[before]);
        const bool endsValue = after >= text.size() || QStringView(u"]},").contains(text[after]);
        if (!startsValue || !endsValue)
            return false;
    }
    return true;
}

bool TemplateParser::checkJsonShape(const QString &text, const QList<TemplateSegment> &segments,
                                    PayloadError *error)
{
    // The template with each placeholder replaced by a stand-in, and where
    // each piece came from, to map a parse error back to the template.
    QString shape;
    QList<QPair<qsizetype, qsizetype>> anchors; // (offset in shape, offset in template)
    for (const TemplateSegment &s : segments) {
        anchors.append({shape.size(), s.offset});
        if (s.type == TemplateSegment::Type::Literal)
            shape += s.text;
        else if (!s.inJsonString)
            shape += u'0';
    }
    // Wrapped in an array: a body may be any JSON value, QJsonDocument only
    // reads objects and arrays.
    const QByteArray bytes = QByteArray("[") + shape.toUtf8() + QByteArray("]");
    QJsonParseError parseError;
    QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;

    qsizetype at =
        qBound(qsizetype(0),
               QString::fromUtf8(bytes.constData() + 1, qMax(0, parseError.offset - 1)).size(),
               shape.size());
    qsizetype templateOffset = text.size();
    for (auto it = anchors.crbegin(); it != anchors.crend(); ++it) {
        if (it->first <= at) {
            templateOffset = qMin(it->second + (at - it->first), text.size());
            break;
        }
    }
    fail(error, PayloadError::Kind::InvalidJson,
         tr("The template is not valid JSON here (%1). Placeholders outside quotes insert a JSON "
            "value; inside quotes they insert text.")
             .arg(parseError.errorString()),
         text, templateOffset);
    return false;
}

} // namespace relais
