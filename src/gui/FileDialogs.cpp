#include "FileDialogs.h"

#include <QFileDialog>

namespace relais {

std::optional<QString> FileDialogs::s_nextSaveFileName;
std::optional<QString> FileDialogs::s_nextOpenFileName;

namespace {

QString takeHooked(std::optional<QString> &hook)
{
    const QString name = *hook;
    hook.reset();
    return name;
}

} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    if (s_nextSaveFileName)
        return takeHooked(s_nextSaveFileName);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_nextOpenFileName)
        return takeHooked(s_nextOpenFileName);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

void FileDialogs::setNextOpenFileName(const QString &fileName)
{
    s_nextOpenFileName = fileName;
}

void FileDialogs::setNextSaveFileName(const QString &fileName)
{
    s_nextSaveFileName = fileName;
}

} // namespace relais
