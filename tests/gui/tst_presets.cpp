// "New from…": a webhook that sends what a seed system sends, started from
// the window's menu and finished in the editor with a URL and a secret.
#include "EditorFixture.h"

#include "delivery/DeliveryEngine.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/PresetMenu.h"

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>

using namespace relais;

class TestPresets final : public QObject, public EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { setUpEnvironment(); }
    void cleanup();

    void theMenuOffersEverySeedSystem();
    void pickingSeaTableCreatesASeaTableSignedWebhook();
    void cancellingAnUntouchedPresetAsksNothing();

private:
    PresetMenu *presetMenu(const MainWindow &window) const
    {
        return namedChild<PresetMenu>(&window, "presetMenu");
    }
    // Opens the menu as the user does and clicks the entry of `key`.
    void pick(const MainWindow &window, const QString &key);
};

void TestPresets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QSettings().clear();
}

void TestPresets::cleanup()
{
    tearDownEnvironment();
    QVERIFY(!MessageBoxes::hasNextAnswer());
}

void TestPresets::pick(const MainWindow &window, const QString &key)
{
    PresetMenu *menu = presetMenu(window);
    menu->popup(window.mapToGlobal(QPoint(20, 20)));
    QTRY_VERIFY(menu->isVisible());
    QAction *action = menu->actionFor(key);
    QVERIFY(action);
    const QRect where = menu->actionGeometry(action);
    QVERIFY(where.isValid());
    QTest::mouseClick(menu, Qt::LeftButton, {}, where.center());
    QTRY_VERIFY(!menu->isVisible());
}

void TestPresets::theMenuOffersEverySeedSystem()
{
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    PresetMenu *menu = presetMenu(window);
    QStringList entries;
    for (const QAction *a : menu->actions())
        entries << a->text();
    QCOMPARE(entries, QStringList({QStringLiteral("ngSurvey…"), QStringLiteral("Dokos / Frappe…"),
                                   QStringLiteral("Decsys…"), QStringLiteral("SeaTable…")}));
    // Reachable from the Webhook menu, the New tool button and the empty state.
    auto *webhookMenu = namedChild<QMenu>(&window, "webhookMenu");
    QVERIFY(webhookMenu->actions().contains(menu->menuAction()));
    auto *toolBar = namedChild<QToolBar>(&window, "mainToolBar");
    auto *newButton = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(namedChild<QAction>(&window, "actionNew")));
    QVERIFY(newButton);
    QCOMPARE(newButton->menu(), menu);
    auto *emptyStateButton = namedChild<QPushButton>(&window, "newFromPresetButton");
    QVERIFY(emptyStateButton->isVisible()); // no webhook yet
    QCOMPARE(emptyStateButton->menu(), menu);
}

void TestPresets::pickingSeaTableCreatesASeaTableSignedWebhook()
{
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    pick(window, QStringLiteral("seatable"));
    WebhookEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<WebhookEditorDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), EditorMode::Create);
    QCOMPARE(dialog->webhook().signing, SigningScheme::SeaTable);
    QCOMPARE(dialog->webhook().name, QStringLiteral("SeaTable row changes"));
    QVERIFY(dialog->webhook().url.isEmpty());

    auto *save = namedChild<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY2(!save->isEnabled(), "nothing is saved without the receiver's URL and secret");
    QTest::keyClicks(namedChild<QLineEdit>(dialog, "urlLineEdit"),
                     QStringLiteral("https://tables.example.org/hooks/seatable"));
    dialog->showPage(WebhookEditorDialog::Page::Security);
    auto *secret = namedChild<QLineEdit>(dialog, "secretLineEdit");
    QTRY_VERIFY(secret->isVisible());
    QTest::keyClicks(secret, QStringLiteral("seatable-s3cret"));
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<WebhookEditorDialog *>() == nullptr); // saved, closed

    const std::optional<Webhook> w = stored(QStringLiteral("SeaTable row changes"));
    QVERIFY(w);
    QCOMPARE(w->signing, SigningScheme::SeaTable);
    QCOMPARE(w->url, QStringLiteral("https://tables.example.org/hooks/seatable"));
    QCOMPARE(w->eventPatterns,
             QStringList({QStringLiteral("insert_row"), QStringLiteral("modify_row"),
                          QStringLiteral("delete_row")}));
    QCOMPARE(w->bodyMode, BodyMode::JsonTemplate);
    QCOMPARE(w->contentType, QStringLiteral("application/json"));
    QCOMPARE(w->secrets.size(), 1);
    QCOMPARE(m_secrets->read(w->secrets.first().key).value, QByteArray("seatable-s3cret"));
}

void TestPresets::cancellingAnUntouchedPresetAsksNothing()
{
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pick(window, QStringLiteral("frappe"));
    WebhookEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<WebhookEditorDialog *>()) != nullptr);
    QCOMPARE(dialog->webhook().signing, SigningScheme::Frappe);
    QCOMPARE(dialog->webhook().timeoutMs, 5000);
    dialog->reject(); // no MessageBoxes answer queued: a question would fail cleanup
    QTRY_VERIFY(window.findChild<WebhookEditorDialog *>() == nullptr);
    QString error;
    QVERIFY(WebhookRepository(*m_db).list(&error).isEmpty());
}

QTEST_MAIN(TestPresets)
#include "tst_presets.moc"
