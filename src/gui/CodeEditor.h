#pragma once

#include <QPlainTextEdit>

namespace relais {

// A plain-text editor for conditions, templates and sample JSON: monospace,
// line numbers in a gutter, and one error marker (a dot in the gutter and a
// wavy underline from the column at fault) whose message is the tooltip.
// Tab indents unless tabChangesFocus is set; Ctrl+Tab always moves on.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // `line` and `column` are 1-based; column 0 marks the whole line.
    void setErrorMarker(int line, int column, const QString &message);
    void clearErrorMarker();
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorMessage() const { return m_errorMessage; }

    // Shows the gutter (on by default; a one-line condition does without).
    void setLineNumbersVisible(bool visible);
    // Height for this many lines of text, for editors that should stay small.
    void setVisibleLines(int lines);

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void applyMarker();
    void applyFont();

    Gutter *const m_gutter;
    bool m_lineNumbers = true;
    int m_visibleLines = 0;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace relais
