#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <optional>

namespace relais {

// Every message box of the window goes through here, so that a GUI test can
// answer the next one in advance instead of waiting on a modal dialog.
class MessageBoxes final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxes)

public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text, const QString &informativeText,
                                                const QString &acceptText,
                                                QMessageBox::Icon icon = QMessageBox::Question);
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = QString());
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         const QString &informativeText = QString());
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Test hook: the next box is not shown and returns `answer` at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasNextAnswer();
    // The text of the last box answered by the hook.
    static QString lastHookedText();

private:
    static QMessageBox::StandardButton
    exec(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         const QString &informativeText, QMessageBox::StandardButtons buttons,
         QMessageBox::StandardButton defaultButton, const QString &acceptText = QString());

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastHookedText;
};

} // namespace relais
