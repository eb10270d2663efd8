#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace relais {

// Colours JSON (keys, strings, numbers, literals) and {{ placeholders }} in
// the editor's document. The same highlighter serves the other texts of the
// editor: JavaScript conditions and transforms, raw text templates (only the
// placeholders), and the request preview (request line and header names,
// then a JSON body).
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Mode
    {
        Json,
        Script,
        Text,
        Request
    };

    explicit JsonHighlighter(QTextDocument *document, Mode mode = Mode::Json);
    ~JsonHighlighter() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Colours for a light or a dark editor background.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void setUpFormats();
    void highlightJson(const QString &text, int from);
    void highlightScript(const QString &text);
    void highlightPlaceholders(const QString &text);
    void highlightRequestHead(const QString &text);

    Mode m_mode;
    bool m_dark = false;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_placeholder;
    QTextCharFormat m_method;
    QTextCharFormat m_headerName;
};

} // namespace relais
