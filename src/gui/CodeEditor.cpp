#include "CodeEditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace relais {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

// The gutter left of the text: line numbers and the error dot.
class CodeEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && m_editor->m_errorLine > 0) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextBlock block =
                m_editor->cursorForPosition(QPoint(0, help->pos().y())).block();
            if (block.blockNumber() + 1 == m_editor->m_errorLine) {
                QToolTip::showText(help->globalPos(), m_editor->m_errorMessage, this);
                return true;
            }
            QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor *const m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    applyFont();
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    updateGutterWidth();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::applyFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFont base = QWidget::font();
    if (base.pointSizeF() > 0 && mono.pointSizeF() > 0)
        mono.setPointSizeF(base.pointSizeF());
    // Set on the document only: the widget's own font stays inherited, so
    // that a font change of the dialog reaches us through changeEvent().
    document()->setDefaultFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * 4);
    updateGutterWidth();
    setVisibleLines(m_visibleLines);
}

void CodeEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    m_gutter->setVisible(visible);
    updateGutterWidth();
}

void CodeEditor::setVisibleLines(int lines)
{
    m_visibleLines = lines;
    if (lines <= 0)
        return;
    const QFontMetrics metrics(document()->defaultFont());
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2 +
                        contentsMargins().top() + contentsMargins().bottom();
    setFixedHeight(metrics.lineSpacing() * lines + margins + 2);
}

int CodeEditor::gutterWidth() const
{
    if (!m_lineNumbers)
        return 0;
    const int digits = qMax(2, int(QString::number(qMax(1, blockCount())).size()));
    const QFontMetrics metrics(document()->defaultFont());
    // Room for the digits and, on their left, the error dot.
    return metrics.horizontalAdvance(u'9') * digits + metrics.height() / 2 + 12;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
    else if (event->type() == QEvent::PaletteChange)
        applyMarker();
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(document()->defaultFont());
    const QFontMetrics metrics(document()->defaultFont());
    const int right = m_gutter->width() - 6;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool error = line == m_errorLine;
            if (error) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(errorColor(pal));
                const qreal d = metrics.height() * 0.42;
                painter.drawEllipse(QRectF(4, top + (metrics.height() - d) / 2, d, d));
            }
            QColor color = pal.color(QPalette::PlaceholderText);
            if (error)
                color = errorColor(pal);
            else if (block.blockNumber() == current)
                color = pal.color(QPalette::Text);
            painter.setPen(color);
            painter.drawText(0, top, right, metrics.height(), Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void CodeEditor::setErrorMarker(int line, int column, const QString &message)
{
    m_errorLine = qBound(1, line, qMax(1, blockCount()));
    m_errorColumn = qMax(0, column);
    m_errorMessage = message;
    applyMarker();
}

void CodeEditor::clearErrorMarker()
{
    if (m_errorLine == 0 && m_errorMessage.isEmpty())
        return;
    m_errorLine = 0;
    m_errorColumn = 0;
    m_errorMessage.clear();
    applyMarker();
}

void CodeEditor::applyMarker()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        const QColor color = errorColor(palette());

        QTextEdit::ExtraSelection line;
        QColor tint = color;
        tint.setAlphaF(0.10f);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections << line;

        // From the column at fault to the end of the word there, or the
        // whole line when the column is unknown or past the end.
        const QString text = block.text();
        int from = m_errorColumn > 0 ? m_errorColumn - 1 : 0;
        if (from >= text.size())
            from = 0;
        int to = m_errorColumn == 0 ? int(text.size()) : from + 1;
        while (to < text.size() && (text.at(to).isLetterOrNumber() || text.at(to) == u'_'))
            ++to;
        if (!text.isEmpty()) {
            QTextEdit::ExtraSelection word;
            word.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            word.format.setUnderlineColor(color);
            word.cursor = QTextCursor(block);
            word.cursor.setPosition(block.position() + from);
            word.cursor.setPosition(block.position() + qMin(int(text.size()), qMax(to, from + 1)),
                                    QTextCursor::KeepAnchor);
            selections << word;
        }
    }
    setExtraSelections(selections);
    m_gutter->update();
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_errorLine > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (cursorForPosition(help->pos()).block().blockNumber() + 1 == m_errorLine) {
            QToolTip::showText(help->globalPos(), m_errorMessage, viewport());
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    // Ctrl+Tab always leaves, so the keyboard never gets stuck here.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        focusNextPrevChild(event->key() == Qt::Key_Tab &&
                           !event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    // Tab indents (unless it moves the focus); Enter keeps the indentation.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && !tabChangesFocus()) {
        textCursor().insertText(QStringLiteral("  "));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        textCursor().insertText(u'\n' + line.left(indent));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace relais
