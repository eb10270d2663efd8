// The deliveries log: events emitted through the engine show up with their
// attempts, the filters narrow the list, Redeliver adds an attempt.
#include "DarkPalette.h"
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "gui/DeliveryLogModel.h"
#include "gui/DeliveryLogView.h"
#include "gui/EmitEventDialog.h"
#include "gui/MainWindow.h"
#include "gui/WebhookListView.h"
#include "storage/DatabaseListener.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace relais;

class TestDeliveryLog final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The PostgreSQL run may go at the same time: its own settings file.
        if (test::onPostgres())
            QCoreApplication::setApplicationName(QCoreApplication::applicationName() +
                                                 QStringLiteral("-pg"));
        QSettings().clear();
    }
    void init();
    void cleanup()
    {
        m_view.reset();
        tearDownEngine();
    }

    void anEmittedEventShowsItsAttempt();
    void filtersNarrowTheList();
    void redeliverAddsAnAttempt();
    void modelPagesThroughTheLog();
    void columnWidthsAndTheSplitAreRemembered();
    void statusBarShowsTheDispatcherAndTheQueue();
    void pausingLetsRequestsInFlightFinishWhileTheWindowGoesOn();
    void statusBarListsTheOtherDispatchers();
    void anotherProgramsDeliveriesArriveWithoutPolling();
    void webhooksChangedElsewhereShowInTheWindow();
    void theWindowShowsTheSelectedWebhooksDeliveries();
    void emitEventSaysWhichWebhooksMatched();
    void screenshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return namedChild<T>(m_view.get(), name);
    }
    QTableView *table() const { return child<QTableView>("deliveryTable"); }
    int shownRows() const { return table()->model()->rowCount(); }
    QString cell(int row, int column) const { return cellText(table(), row, column); }
    void chooseData(const char *comboName, int data)
    {
        auto *box = child<QComboBox>(comboName);
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setFocus();
        while (box->currentIndex() != index)
            QTest::keyClick(box, box->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }
    // A second webhook whose receiver is gone: 127.0.0.1, a closed port.
    QString closedPortUrl() const
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("no port");
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1/gone").arg(port);
    }

    Webhook m_webhook;
    std::unique_ptr<DeliveryLogView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDeliveryLog::init()
{
    setUpEngine();
    m_webhook = storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url());
    m_view = std::make_unique<DeliveryLogView>();
    m_view->setUp(*m_db, *m_engine);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setWebhook(m_webhook.id);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDeliveryLog::anEmittedEventShowsItsAttempt()
{
    QCOMPARE(shownRows(), 0);
    const SubmitResult submitted = emitEvent(QStringLiteral("Sales Order.on_submit"));
    QVERIFY2(submitted.accepted, qPrintable(submitted.error));
    QCOMPARE(submitted.matchedWebhooks, QStringList{m_webhook.name});
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::StatusColumn), QStringLiteral("200"),
                              20000);
    QCOMPARE(cell(0, DeliveryLogModel::EventColumn), QStringLiteral("Sales Order.on_submit"));
    QCOMPARE(cell(0, DeliveryLogModel::StateColumn),
             DeliveryLogModel::stateName(DeliveryState::Succeeded));
    QCOMPARE(cell(0, DeliveryLogModel::AttemptsColumn), QStringLiteral("1"));

    table()->setCurrentIndex(table()->model()->index(0, 0));
    const QString attempts = child<QPlainTextEdit>("attemptsTextEdit")->toPlainText();
    QVERIFY2(attempts.contains(QStringLiteral("Attempt 1")), qPrintable(attempts));
    QVERIFY2(attempts.contains(QStringLiteral("200 OK")), qPrintable(attempts));
    QVERIFY2(attempts.contains(QStringLiteral("\"rcv_42\"")), qPrintable(attempts));
    QVERIFY2(!attempts.contains(QStringLiteral("tok-abc-123")), qPrintable(attempts));
}

void TestDeliveryLog::filtersNarrowTheList()
{
    storeWebhook(QStringLiteral("Entrepôt fermé"), closedPortUrl());
    QTest::mouseClick(child<QCheckBox>("allWebhooksCheckBox"), Qt::LeftButton);
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 2, 20000);
    // Both attempted: one answered, one refused.
    const auto bothAttempted = [this] {
        return cell(0, DeliveryLogModel::AttemptsColumn) == QStringLiteral("1") &&
               cell(1, DeliveryLogModel::AttemptsColumn) == QStringLiteral("1");
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothAttempted(), 20000);

    chooseData("stateComboBox", int(DeliveryState::Succeeded));
    QTRY_COMPARE(shownRows(), 1);
    QCOMPARE(cell(0, DeliveryLogModel::WebhookColumn), m_webhook.name);

    chooseData("stateComboBox", -1);
    QTRY_COMPARE(shownRows(), 2);
    chooseData("statusClassComboBox", 4); // network error
    QCOMPARE(shownRows(), 1);
    QCOMPARE(cell(0, DeliveryLogModel::WebhookColumn), QStringLiteral("Entrepôt fermé"));
    chooseData("statusClassComboBox", 0);
    QCOMPARE(shownRows(), 2);

    QTest::keyClicks(child<QLineEdit>("eventFilterLineEdit"), QStringLiteral("on_update"));
    QCOMPARE(shownRows(), 0);
    child<QLineEdit>("eventFilterLineEdit")->clear();
    QCOMPARE(shownRows(), 2);

    QTest::mouseClick(child<QCheckBox>("allWebhooksCheckBox"), Qt::LeftButton);
    QTRY_COMPARE(shownRows(), 1);
}

void TestDeliveryLog::redeliverAddsAnAttempt()
{
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::StatusColumn), QStringLiteral("200"),
                              20000);
    table()->setCurrentIndex(table()->model()->index(0, 0));
    auto *redeliver = child<QPushButton>("redeliverButton");
    QVERIFY(redeliver->isEnabled());
    QTest::mouseClick(redeliver, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::AttemptsColumn), QStringLiteral("2"),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPlainTextEdit>("attemptsTextEdit")
                                 ->toPlainText()
                                 .contains(QStringLiteral("Attempt 2 · redelivery")),
                             20000);
    QCOMPARE(m_view->currentDeliveryId(),
             table()->model()->index(0, 0).data(DeliveryLogModel::DeliveryIdRole).toString());
}

void TestDeliveryLog::modelPagesThroughTheLog()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 5, 20000);
    DeliveryLogModel model(*m_db);
    model.setPageSize(2);
    model.setWebhook(m_webhook.id);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, each delivery once.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(DeliveryLogModel::DeliveryIdRole).toString());
        if (row > 0)
            QVERIFY(model.summaryAt(row - 1)->delivery.createdAt >=
                    model.summaryAt(row)->delivery.createdAt);
    }
    QCOMPARE(ids.size(), 5);

    // The tester fetches more by itself while it checks a change, which it
    // then reports as a change inside a change: attach it once all is loaded.
    model.setPageSize(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    model.refresh(); // a newer delivery: the rows shift and are read again
    QCOMPARE(model.rowCount(), 6);
}

void TestDeliveryLog::columnWidthsAndTheSplitAreRemembered()
{
    table()->horizontalHeader()->resizeSection(DeliveryLogModel::StateColumn, 173);
    auto *split = child<QSplitter>("logSplitter");
    split->setSizes({350, 190});
    const QList<int> sizes = split->sizes();
    m_tester.reset();
    m_view.reset(); // remembered as the view goes

    m_view = std::make_unique<DeliveryLogView>();
    m_view->setUp(*m_db, *m_engine);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(table()->horizontalHeader()->sectionSize(DeliveryLogModel::StateColumn), 173);
    QCOMPARE(child<QSplitter>("logSplitter")->sizes(), sizes);
    QSettings().clear();
}

void TestDeliveryLog::statusBarShowsTheDispatcherAndTheQueue()
{
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toggle = window.findChild<QToolButton *>(QStringLiteral("dispatcherToggleButton"));
    auto *queue = window.findChild<QLabel *>(QStringLiteral("queueDepthLabel"));
    QVERIFY(toggle && queue);
    QCOMPARE(toggle->text(), QStringLiteral("Dispatcher running"));
    QTRY_COMPARE_WITH_TIMEOUT(queue->text(), QStringLiteral("Nothing queued"), 10000);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_engine->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Dispatcher paused"), 10000);
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(queue->text(), QStringLiteral("1 queued"), 10000);
    QCOMPARE(m_server->requestCount(), 0);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_engine->isRunning());
    QCOMPARE(toggle->text(), QStringLiteral("Dispatcher running"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->text(), QStringLiteral("Nothing queued"), 10000);
    // The database label stays.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel")));
}

void TestDeliveryLog::pausingLetsRequestsInFlightFinishWhileTheWindowGoesOn()
{
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toggle = window.findChild<QToolButton *>(QStringLiteral("dispatcherToggleButton"));
    QVERIFY(toggle);
    m_server->holdAnswers();
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);

    // The click returns while the receiver still holds its answer: the
    // window says it is pausing and takes no second click meanwhile.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_engine->isStopping());
    QVERIFY(!m_engine->isRunning());
    QCOMPARE(toggle->text(), QStringLiteral("Pausing…"));
    QVERIFY(!toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_engine->isStopping());

    m_server->releaseAnswers();
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Dispatcher paused"), 20000);
    QVERIFY(toggle->isEnabled());
    QVERIFY(!m_engine->isStopping());
    // The request in flight was answered, not cut, and its attempt kept.
    QString error;
    DeliveryFilter filter;
    filter.webhookId = m_webhook.id;
    const QList<DeliverySummary> rows = DeliveryRepository(*m_db).list(filter, &error);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().delivery.state, DeliveryState::Succeeded);
    QCOMPARE(rows.first().lastStatus, 200);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_engine->isRunning());
    QCOMPARE(toggle->text(), QStringLiteral("Dispatcher running"));
}

void TestDeliveryLog::statusBarListsTheOtherDispatchers()
{
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *others = window.findChild<QLabel *>(QStringLiteral("otherDispatchersLabel"));
    QVERIFY(others);
    QVERIFY(!others->isVisible()); // only this window's dispatcher

    // A relaisctl serve on the same database, here or on another machine.
    QString error;
    auto otherDb = Database::open(m_db->url(), &error);
    QVERIFY2(otherDb, qPrintable(error));
    DeliveryEngineOptions options;
    options.dispatcherId = QStringLiteral("server-b:4242:serve");
    options.workerCount = 1;
    auto serve = std::make_unique<DeliveryEngine>(*otherDb, *m_secrets, options);
    serve->start();
    QTRY_VERIFY_WITH_TIMEOUT(others->isVisible(), 10000);
    QCOMPARE(others->text(), QStringLiteral("Other dispatchers: 1"));
    QVERIFY2(others->toolTip().contains(QStringLiteral("(this window)")),
             qPrintable(others->toolTip()));
    QVERIFY2(others->toolTip().contains(QStringLiteral("running, last heard")),
             qPrintable(others->toolTip()));

    serve.reset(); // stops cleanly
    QTRY_VERIFY_WITH_TIMEOUT(!others->isVisible(), 10000);
}

// On PostgreSQL what another program commits reaches the log through
// LISTEN/NOTIFY; on SQLite the log reads the database every few seconds.
void TestDeliveryLog::anotherProgramsDeliveriesArriveWithoutPolling()
{
    DatabaseListener listener(*m_db, DatabaseListener::Changes);
    const bool listening = listener.start();
    QCOMPARE(listening, test::onPostgres());
    m_view->followNotifications(&listener);
    QCOMPARE(m_view->isPolling(), !test::onPostgres());
    if (!test::onPostgres())
        QSKIP("SQLite has no notifications: the log polls");

    m_engine->stop(); // only the other program sends
    QString error;
    auto otherDb = Database::open(m_db->url(), &error);
    QVERIFY2(otherDb, qPrintable(error));
    DeliveryEngineOptions options;
    options.dispatcherId = QStringLiteral("serve-elsewhere");
    options.workerCount = 1;
    DeliveryEngine serve(*otherDb, *m_secrets, options);
    serve.start();
    const EventType *sample = m_catalog->find(QStringLiteral("Sales Order.on_submit"));
    QVERIFY(sample);
    std::optional<SubmitResult> result;
    serve.sink().submit(sample->sampleEvent(), [&result](const SubmitResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->accepted);
    // This window's engine saw nothing; only the notification can refresh it.
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::StatusColumn), QStringLiteral("200"), 5000);
    serve.stop();
}

// On PostgreSQL a webhook added or disabled by another program (a
// colleague's window, relaisctl) shows in the list without pressing F5.
void TestDeliveryLog::webhooksChangedElsewhereShowInTheWindow()
{
    if (!test::onPostgres())
        QSKIP("SQLite has no notifications: F5 refreshes the list");
    MainWindow window(*m_db, *m_secrets, *m_engine);
    DatabaseListener listener(*m_db, DatabaseListener::Changes | DatabaseListener::Webhooks);
    QVERIFY(listener.start());
    window.followNotifications(&listener);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *count = window.findChild<QLabel *>(QStringLiteral("webhookCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("1 webhook"));

    QString error;
    auto elsewhere = Database::open(m_db->url(), &error);
    QVERIFY2(elsewhere, qPrintable(error));
    Webhook w;
    w.name = QStringLiteral("Added by a colleague");
    w.url = QStringLiteral("https://example.org/hook");
    w.eventPatterns = {QStringLiteral("*")};
    QVERIFY2(WebhookRepository(*elsewhere).insert(w, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("2 webhooks"), 5000);

    QVERIFY2(WebhookRepository(*elsewhere).remove(w.id, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("1 webhook"), 5000);
}

void TestDeliveryLog::theWindowShowsTheSelectedWebhooksDeliveries()
{
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<WebhookListView *>(QStringLiteral("webhookListView"))
        ->selectWebhook(m_webhook.id);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailsTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("deliveriesTab")));
    auto *log = window.findChild<QTableView *>(QStringLiteral("deliveryTable"));
    QTRY_COMPARE(log->model()->rowCount(), 1);
    // The attempt may still be on its way to the database: the log follows.
    QTRY_COMPARE_WITH_TIMEOUT(
        log->model()->index(0, DeliveryLogModel::StatusColumn).data().toString(),
        QStringLiteral("200"), 20000);

    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        log->setCurrentIndex(log->model()->index(0, 0));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-deliveries.png"))));
        const QPalette light = QApplication::palette();
        const QString styleName = QApplication::style()->name();
        useDarkPalette();
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("main-dark.png"))));
        QApplication::setPalette(light);
        QApplication::setStyle(styleName);
    }
}

void TestDeliveryLog::emitEventSaysWhichWebhooksMatched()
{
    EmitEventDialog dialog(m_engine->sink(), *m_catalog);
    dialog.setEventType(QStringLiteral("Sales Order.on_submit"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("resourceLineEdit"))->text(),
             QStringLiteral("Sales Order"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("emitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result().has_value(), 20000);
    QVERIFY(dialog.result()->accepted);
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(said.contains(m_webhook.name), qPrintable(said));
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 1, 20000);
}

// Opt-in: RELAIS_SCREENSHOT_DIR=docs/screenshots writes deliveries-log.png there.
void TestDeliveryLog::screenshot()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to write the deliveries log screenshot");
    storeWebhook(QStringLiteral("Entrepôt fermé"), closedPortUrl());
    QTest::mouseClick(child<QCheckBox>("allWebhooksCheckBox"), Qt::LeftButton);
    for (const char *type :
         {"Sales Order.on_submit", "Sales Order.on_update_after_submit", "Sales Order.on_submit"})
        QVERIFY(emitEvent(QString::fromLatin1(type)).accepted);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 3, 20000);
    QTest::qWait(1500);
    m_view->refresh();
    m_view->resize(1000, 680);
    table()->setCurrentIndex(table()->model()->index(1, 0));
    QTest::qWait(300);
    QVERIFY(m_view->grab().save(QDir(dir).filePath(QStringLiteral("deliveries-log.png"))));
}

QTEST_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"
