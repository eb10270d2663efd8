#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace relais {

namespace {

enum BlockState
{
    RequestHead = 1,
    RequestBody = 2
};

const QRegularExpression &jsonString()
{
    static const QRegularExpression re(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?"));
    return re;
}

const QRegularExpression &number()
{
    static const QRegularExpression re(
        QStringLiteral("-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b"));
    return re;
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{.*?(?:\\}\\}|$)"));
    return re;
}

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, Mode mode)
    : QSyntaxHighlighter(document)
    , m_mode(mode)
    , m_dark(QGuiApplication::palette().color(QPalette::Base).lightness() < 128)
{
    setUpFormats();
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rehighlight();
}

void JsonHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    setUpFormats();
    rehighlight();
}

void JsonHighlighter::setUpFormats()
{
    // Muted colours that keep enough contrast on white and on dark grey.
    m_key = makeFormat(m_dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0x9c));
    m_string = makeFormat(m_dark ? QColor(0x9c, 0xd6, 0x8c) : QColor(0x2e, 0x7d, 0x32));
    m_number = makeFormat(m_dark ? QColor(0xf5, 0xb0, 0x6b) : QColor(0xb3, 0x55, 0x00));
    m_literal = makeFormat(m_dark ? QColor(0xd7, 0x9c, 0xf5) : QColor(0x7b, 0x1f, 0xa2), true);
    m_keyword = makeFormat(m_dark ? QColor(0xd7, 0x9c, 0xf5) : QColor(0x7b, 0x1f, 0xa2), true);
    m_comment =
        makeFormat(m_dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x75, 0x75, 0x75), false, true);
    m_placeholder = makeFormat(m_dark ? QColor(0x4d, 0xd0, 0xe1) : QColor(0x00, 0x69, 0x7c), true);
    m_placeholder.setBackground(m_dark ? QColor(0x4d, 0xd0, 0xe1, 40)
                                       : QColor(0x00, 0x69, 0x7c, 22));
    m_method = makeFormat(m_dark ? QColor(0xf5, 0xb0, 0x6b) : QColor(0xb3, 0x55, 0x00), true);
    m_headerName = makeFormat(m_dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0x9c));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    switch (m_mode) {
    case Mode::Json:
        highlightJson(text, 0);
        break;
    case Mode::Script:
        highlightScript(text);
        break;
    case Mode::Text:
        break;
    case Mode::Request:
        if (previousBlockState() == RequestBody) {
            setCurrentBlockState(RequestBody);
            highlightJson(text, 0);
            return; // a rendered body holds no placeholders
        }
        if (text.isEmpty() && previousBlockState() == RequestHead) {
            setCurrentBlockState(RequestBody);
            return;
        }
        setCurrentBlockState(RequestHead);
        highlightRequestHead(text);
        return;
    }
    highlightPlaceholders(text);
}

void JsonHighlighter::highlightJson(const QString &text, int from)
{
    for (auto it = number().globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    static const QRegularExpression literals(QStringLiteral("\\b(?:true|false|null)\\b"));
    for (auto it = literals.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_literal);
    }
    // Strings last: digits and words inside them are text.
    for (auto it = jsonString().globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        const int end = int(m.capturedEnd());
        int next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        const bool isKey = next < text.size() && text.at(next) == u':';
        setFormat(int(m.capturedStart()), int(m.capturedLength()), isKey ? m_key : m_string);
    }
}

void JsonHighlighter::highlightScript(const QString &text)
{
    for (auto it = number().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    static const QRegularExpression keywords(QStringLiteral(
        "\\b(?:function|return|const|let|var|if|else|for|of|in|while|new|typeof|instanceof|"
        "true|false|null|undefined|this|switch|case|break|continue|throw|try|catch)\\b"));
    for (auto it = keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    static const QRegularExpression strings(
        QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?|`(?:[^`\\\\]|\\\\.)*`?"));
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    static const QRegularExpression comment(QStringLiteral("//[^\\n]*$"));
    const auto m = comment.match(text);
    if (m.hasMatch() && format(int(m.capturedStart())) != m_string)
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_comment);
}

void JsonHighlighter::highlightPlaceholders(const QString &text)
{
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_placeholder);
    }
}

void JsonHighlighter::highlightRequestHead(const QString &text)
{
    if (previousBlockState() != RequestHead) {
        // The request line: "POST https://…".
        const qsizetype space = text.indexOf(u' ');
        setFormat(0, int(space < 0 ? text.size() : space), m_method);
        return;
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0)
        setFormat(0, int(colon), m_headerName);
}

} // namespace relais
