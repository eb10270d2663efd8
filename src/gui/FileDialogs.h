#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace relais {

// Every file dialog of the window goes through here, so that a GUI test can
// choose the next file in advance instead of waiting on a modal dialog.
class FileDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // Empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    // Test hook: the next dialog is not shown and returns `fileName` at once
    // (an empty name: cancelled).
    static void setNextSaveFileName(const QString &fileName);

    // Empty when cancelled; the file exists.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Test hook, as for saving.
    static void setNextOpenFileName(const QString &fileName);

private:
    static std::optional<QString> s_nextSaveFileName;
    static std::optional<QString> s_nextOpenFileName;
};

} // namespace relais
