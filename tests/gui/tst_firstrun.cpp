// The first-run example: an empty database offers one click that creates a
// signed webhook to the built-in inbox and sends a sample event; the
// request then shows in the Inbox tab with its signature verified.
#include "DarkPalette.h"
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "delivery/InboxServer.h"
#include "gui/EmptyStateView.h"
#include "gui/FirstRunExample.h"
#include "gui/InboxRequestModel.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/WebhookEditorDialog.h"
#include "storage/WebhookRepository.h"

#include <QAction>
#include <QDir>
#include <QSqlQuery>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace relais;

class TestFirstRun final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpEngine(); }
    void cleanup() { tearDownEngine(); }

    void oneClickEndsWithAVerifiedRequestInView();
};

void TestFirstRun::oneClickEndsWithAVerifiedRequestInView()
{
    InboxServer inbox(*m_db, *m_secrets);
    QString error;
    QVERIFY2(inbox.start(InboxOptions{}, &error), qPrintable(error));
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.setInbox(&inbox);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = namedChild<QStackedWidget>(&window, "mainStack");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    auto *example = namedChild<QPushButton>(&window, "exampleButton");
    QVERIFY(example->isVisible());
    QTest::mouseClick(example, Qt::LeftButton);

    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("webhooksPage"));
    auto *tabs = namedChild<QTabWidget>(&window, "detailsTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("inboxTab"));
    auto *table = namedChild<QTableView>(&window, "requestsTableView");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(table, 0, InboxRequestModel::SignatureColumn),
                              QStringLiteral("✓ valid"), 10000);

    // The webhook the example made targets the inbox and is signed.
    const auto w = WebhookRepository(*m_db).findByIdOrName(FirstRunExample::webhookName(), &error);
    QVERIFY(w);
    QCOMPARE(w->url, inbox.urlFor(QStringLiteral("demo")));
    QCOMPARE(w->signing, SigningScheme::StandardWebhooks);
    // Its attempt names it, for the Overview's response times.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT webhook_id FROM attempts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), w->id.toString(QUuid::WithoutBraces));

    // A new webhook can be sent to an inbox with one click.
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    auto *editor = window.findChild<WebhookEditorDialog *>();
    QVERIFY(editor);
    QTest::mouseClick(namedChild<QToolButton>(editor, "inboxUrlButton"), Qt::LeftButton);
    QCOMPARE(namedChild<QLineEdit>(editor, "urlLineEdit")->text(),
             inbox.urlFor(QStringLiteral("default")));
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // discard the unsaved webhook
    editor->reject();
    QVERIFY(!MessageBoxes::hasNextAnswer()); // it asked

    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("inbox.png"))));
        tabs->setCurrentWidget(namedChild<QWidget>(&window, "overviewTab"));
        QTest::qWait(2500);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("overview.png"))));
    }
    inbox.stop();
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
