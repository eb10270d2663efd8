#include "EditorPage.h"

#include <QLabel>

namespace relais {

EditorPage::EditorPage(QWidget *parent)
    : QWidget(parent)
{}

EditorPage::~EditorPage() = default;

QString EditorPage::messagesFor(const FieldErrors &errors, const QString &field)
{
    QStringList messages;
    for (const FieldError &e : errors) {
        if (e.field == field && !messages.contains(e.message))
            messages << e.message;
    }
    return messages.join(u'\n');
}

QColor EditorPage::errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xc6, 0x28, 0x28);
}

QColor EditorPage::successColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x81, 0xc7, 0x84)
                                                           : QColor(0x2e, 0x7d, 0x32);
}

void EditorPage::setHeading(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

void EditorPage::setErrorText(QLabel *label, const QString &message)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(message);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorColor(label->palette()));
    label->setPalette(pal);
    label->setVisible(!message.isEmpty());
}

void EditorPage::setNoteText(QLabel *label, const QString &message)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(message);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setVisible(!message.isEmpty());
}

} // namespace relais
