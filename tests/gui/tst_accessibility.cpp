// Every control a person can tab to has a name a screen reader can say:
// its accessible name, its own text (buttons, check boxes) or the label
// that is its buddy. Checked on every tab of every page of the main window,
// the webhook editor, Settings, Send test and Emit event.
#include "GuiEngineFixture.h"

#include "gui/EmitEventDialog.h"
#include "gui/IntakeController.h"
#include "gui/MainWindow.h"
#include "gui/SendTestDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/WebhookEditorDialog.h"
#include "service/DatabaseLogin.h"
#include "service/WebhookService.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>

using namespace relais;

namespace {

// The controls of `root` (shown now) that have no name to be read out.
QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || !w->isEnabled())
            continue;
        if (w->inherits("QAbstractScrollArea") && w->parentWidget() &&
            w->parentWidget()->inherits("QComboBox"))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->objectName().isEmpty())
            continue; // Qt's own parts (scroll bars, spin box editors, tab bars)
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        const bool named = !w->accessibleName().isEmpty() || buddies.contains(w) ||
                           (button && !button->text().isEmpty());
        if (!named)
            unnamed << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return unnamed;
}

// Every page of every tab widget, in turn.
QStringList unnamedOnEveryTab(QWidget *root)
{
    QStringList all = unnamedControls(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            all += unnamedControls(root);
        }
    }
    all.removeDuplicates();
    return all;
}

} // namespace

class TestAccessibility final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpEngine(); }
    void cleanup() { tearDownEngine(); }

    void mainWindow()
    {
        storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url());
        MainWindow window(*m_db, *m_secrets, *m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList unnamed = unnamedOnEveryTab(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void webhookEditor()
    {
        WebhookService service(*m_db, *m_secrets);
        WebhookEditorDialog dialog(service, *m_secrets, *m_catalog);
        dialog.startNew();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList unnamed;
        for (int page = 0; page < 6; ++page) {
            dialog.findChild<QListWidget *>(QStringLiteral("pageList"))->setCurrentRow(page);
            unnamed += unnamedOnEveryTab(&dialog);
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void settingsSendTestAndEmit()
    {
        IntakeController intake(m_engine->sink(), *m_secrets);
        // A PostgreSQL database with a saved password: every control of the
        // Database tab is enabled and shown.
        AppSettings team;
        team.databaseUrl = QStringLiteral("postgresql://relais@db.example:5432/relais");
        DatabaseUrl url;
        QVERIFY(DatabaseUrl::parse(team.databaseUrl, &url, nullptr));
        QVERIFY(DatabaseLogin::storePassword(url, *m_secrets, "pw").ok());
        SettingsDialog settings(team, intake, *m_secrets);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QStringList unnamed = unnamedOnEveryTab(&settings);

        SendTestDialog sendTest(*m_engine, *m_catalog);
        sendTest.setWebhook(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
        sendTest.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sendTest));
        unnamed += unnamedOnEveryTab(&sendTest);

        EmitEventDialog emit(m_engine->sink(), *m_catalog);
        emit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&emit));
        unnamed += unnamedOnEveryTab(&emit);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
