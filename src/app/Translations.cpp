#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relais {

namespace {
QString g_current = QStringLiteral("en");
QList<QTranslator *> g_installed;
} // namespace

void Translations::install(const QString &language)
{
    for (QTranslator *t : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    g_installed.clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    g_current = QStringLiteral("en");

    auto *relais = new QTranslator(QCoreApplication::instance());
    if (relais->load(locale, QStringLiteral("relais"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(relais);
        g_installed << relais;
        g_current = relais->language().left(2);
    } else {
        delete relais;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_installed << qt;
    } else {
        delete qt;
    }
}

QString Translations::current()
{
    return g_current;
}

} // namespace relais
