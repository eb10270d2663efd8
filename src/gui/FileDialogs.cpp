#include "FileDialogs.h"

#include <QFileDialog>

namespace relais {

std::optional<QString> FileDialogs::s_nextSaveFileName;

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    if (s_nextSaveFileName) {
        const QString name = *s_nextSaveFileName;
        s_nextSaveFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialogs::setNextSaveFileName(const QString &fileName)
{
    s_nextSaveFileName = fileName;
}

} // namespace relais
