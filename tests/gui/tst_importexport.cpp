// Import and export from the window: a Frappe / Dokos export is previewed
// with its notes and imported, a Relais export goes round trip without its
// secrets, a file that is neither is refused; and the editor's field
// encryption part checks the recipient's key with GnuPG.
#include "EditorFixture.h"

#include "../payload/GpgTestSupport.h"

#include "delivery/DeliveryEngine.h"
#include "gui/EncryptionEditor.h"
#include "gui/FileDialogs.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

using namespace relais;

class TestImportExport final : public QObject, public EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpEnvironment(); }
    void cleanup() { tearDownEnvironment(); }

    void aFrappeExportIsPreviewedWithItsNotesThenImported();
    void theWindowExportsAndImportsWithoutSecrets();
    void aFileOfAnotherKindIsRefused();
    void theRecipientKeyIsCheckedWithGnuPG();

private:
    static QString frappeFile() { return QFINDTESTDATA("../service/data/frappe-webhooks.json"); }
    QStringList storedNames() const
    {
        QString error;
        QStringList names;
        for (const Webhook &w : WebhookRepository(*m_db).list(&error))
            names << w.name;
        names.sort();
        return names;
    }
};

void TestImportExport::aFrappeExportIsPreviewedWithItsNotesThenImported()
{
    ImportDialog dialog(*m_service, frappeFile());
    QCOMPARE(dialog.format(), ImportDialog::Format::Frappe);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("importTree"));
    QCOMPARE(tree->topLevelItemCount(), 3);
    QString notes;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            notes += tree->topLevelItem(i)->child(c)->text(2) + u'\n';
    }
    QVERIFY2(notes.contains(QStringLiteral("{% for")), qPrintable(notes));
    QVERIFY(storedNames().isEmpty()); // nothing written by the preview

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.imported().size(), 3);
    QCOMPARE(storedNames().size(), 3);
}

void TestImportExport::theWindowExportsAndImportsWithoutSecrets()
{
    storeSignedWebhook(); // with a signing secret and a secret header
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString file = m_dir->filePath(QStringLiteral("export.json"));
    FileDialogs::setNextSaveFileName(file);
    window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QVERIFY(bytes.contains("Commandes Dokos"));
    QVERIFY(!bytes.contains("s3cr3t"));
    QVERIFY(!bytes.contains("frappe-secret"));
    QCOMPARE(exported.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Imported again under another name, through the window.
    QByteArray renamed = bytes;
    renamed.replace("Commandes Dokos", "Commandes Dokos (import)");
    const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(renamed);
    out.close();
    FileDialogs::setNextOpenFileName(copy);
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = dialog->format() == ImportDialog::Format::Relais;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(storedNames(), (QStringList{QStringLiteral("Commandes Dokos"),
                                         QStringLiteral("Commandes Dokos (import)")}));
    QString error;
    const auto imported =
        WebhookRepository(*m_db).findByIdOrName(QStringLiteral("Commandes Dokos (import)"), &error);
    QVERIFY(imported);
    QVERIFY(imported->needsSecret);
    QVERIFY(!imported->enabled);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 webhook")));
}

void TestImportExport::aFileOfAnotherKindIsRefused()
{
    const QString file = m_dir->filePath(QStringLiteral("other.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"invoices": [1, 2, 3]})");
    out.close();
    ImportDialog dialog(*m_service, file);
    QCOMPARE(dialog.format(), ImportDialog::Format::Unknown);
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    ImportDialog missing(*m_service, m_dir->filePath(QStringLiteral("nowhere.json")));
    QVERIFY(missing.problem().contains(QStringLiteral("cannot be read")));
}

void TestImportExport::theRecipientKeyIsCheckedWithGnuPG()
{
    test::GpgTestHome home;
    QVERIFY(home.isValid());
    QString error;
    QVERIFY2(home.generateKey(QStringLiteral("Analyste <analyste@example.org>"),
                              QStringLiteral("future-default"), QStringLiteral("default"), &error),
             qPrintable(error));
    const QString key = home.exportPublicKey(QStringLiteral("analyste@example.org"));
    QVERIFY(key.contains(QStringLiteral("BEGIN PGP PUBLIC KEY BLOCK")));

    EncryptionEditor editor;
    editor.show();
    auto *paths = editor.findChild<QPlainTextEdit *>(QStringLiteral("encryptFieldsEdit"));
    auto *keyEdit = editor.findChild<QPlainTextEdit *>(QStringLiteral("publicKeyEdit"));
    auto *info = editor.findChild<QLabel *>(QStringLiteral("keyInfoLabel"));
    QTest::keyClicks(paths, QStringLiteral("answers[?classification==\"restricted\"].value"));
    keyEdit->setPlainText(key);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCheckingKey() && !info->text().isEmpty(), 15000);
    QVERIFY2(info->text().contains(QStringLiteral("analyste@example.org")),
             qPrintable(info->text()));

    Webhook w;
    editor.apply(&w);
    QCOMPARE(w.encryptFields,
             QStringList{QStringLiteral("answers[?classification==\"restricted\"].value")});
    QVERIFY(w.encryptionPublicKey.startsWith(QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK")));

    keyEdit->setPlainText(QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm9w\n"
                                         "-----END PGP PUBLIC KEY BLOCK-----"));
    // The check of a broken key can finish between two looks: wait for its
    // verdict rather than for the check itself.
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isCheckingKey() && !info->text().isEmpty() &&
                                 !info->text().contains(QStringLiteral("analyste@example.org")),
                             15000);
}

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
