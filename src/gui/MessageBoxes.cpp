#include "MessageBoxes.h"

#include <QAbstractButton>

namespace relais {

std::optional<QMessageBox::StandardButton> MessageBoxes::s_nextAnswer;
QString MessageBoxes::s_lastHookedText;

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
                                                   const QString &text,
                                                   const QString &informativeText,
                                                   const QString &acceptText,
                                                   QMessageBox::Icon icon)
{
    // The safe answer is the default: Enter never destroys anything.
    return exec(parent, icon, title, text, informativeText, QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No, acceptText);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text,
                           const QString &informativeText)
{
    exec(parent, QMessageBox::Warning, title, text, informativeText, QMessageBox::Ok,
         QMessageBox::Ok);
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText)
{
    exec(parent, QMessageBox::Critical, title, text, informativeText, QMessageBox::Ok,
         QMessageBox::Ok);
}

void MessageBoxes::about(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        s_lastHookedText = text;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

bool MessageBoxes::hasNextAnswer()
{
    return s_nextAnswer.has_value();
}

QString MessageBoxes::lastHookedText()
{
    return s_lastHookedText;
}

QMessageBox::StandardButton MessageBoxes::exec(QWidget *parent, QMessageBox::Icon icon,
                                               const QString &title, const QString &text,
                                               const QString &informativeText,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               const QString &acceptText)
{
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        s_lastHookedText = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(informativeText);
    box.setDefaultButton(defaultButton);
    if (!acceptText.isEmpty()) {
        // A verb ("Delete") says what Yes does; No stays the way out.
        box.button(QMessageBox::Yes)->setText(acceptText);
        box.button(QMessageBox::No)->setText(tr("Cancel"));
    }
    return QMessageBox::StandardButton(box.exec());
}

} // namespace relais
