// The window speaks French when French is chosen, Qt's own buttons too.
#include "SampleWebhooks.h"

#include "app/Translations.h"
#include "delivery/DeliveryEngine.h"
#include "gui/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void theMainWindowIsInFrenchWhenFrenchIsChosen()
    {
        Translations::install(QStringLiteral("fr"));
        QCOMPARE(Translations::current(), QStringLiteral("fr"));

        QTemporaryDir dir;
        QString error;
        const auto db = Database::openSqliteFile(dir.filePath(QStringLiteral("fr.db")), &error);
        QVERIFY2(db, qPrintable(error));
        MemorySecretStore secrets;
        DeliveryEngine engine(*db, secrets);
        MainWindow window(*db, secrets, engine);
        window.show();

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Fichier")), qPrintable(menus.join(u',')));
        auto *title = window.findChild<QLabel *>(QStringLiteral("webhookCountLabel"));
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral("webhook")), qPrintable(title->text()));
        bool frenchLabel = false;
        for (QLabel *l : window.findChildren<QLabel *>())
            frenchLabel = frenchLabel || l->text().contains(QStringLiteral("Aucun webhook"));
        QVERIFY2(frenchLabel, "the empty state is not in French");

        // Qt's own strings come from Qt's French catalogue.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
                 QStringLiteral("Annuler"));
    }

    void englishIsTheSourceLanguage()
    {
        Translations::install(QStringLiteral("en"));
        QTemporaryDir dir;
        QString error;
        const auto db = Database::openSqliteFile(dir.filePath(QStringLiteral("en.db")), &error);
        MemorySecretStore secrets;
        DeliveryEngine engine(*db, secrets);
        MainWindow window(*db, secrets, engine);
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY(menus.contains(QStringLiteral("&File")));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
