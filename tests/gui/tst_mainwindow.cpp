// The main window driven as a user would: keys, clicks and named widgets.
#include "SampleWebhooks.h"

#include "delivery/DeliveryEngine.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/WebhookDetailsView.h"
#include "gui/WebhookListModel.h"
#include "gui/WebhookText.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseShowsTheEmptyState();
    void refreshShowsTheWebhooksWithTheirHealth();
    void searchNarrowsTheList();
    void selectingARowShowsItsUrlAndEvents();
    void secretHeaderValuesAreNeverShown();
    void ctrlEDisablesAndEnablesTheSelectedWebhook();
    void enablingAnAutoDisabledWebhookForgetsTheReason();
    void aWebhookMissingItsSecretCannotBeEnabled();
    void deleteAnsweredNoKeepsTheWebhook();
    void deleteAnsweredYesRemovesItAndItsSecrets();
    void geometryAndSplitterAreRemembered();
    void listModelIsAConsistentModel();
    void retryScheduleReadsInWords();
    void seedScreenshotDatabase();

private:
    void openWindow();
    QListView *list() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("webhookList"));
    }
    QLabel *label(const char *name) const
    {
        return m_window->findChild<QLabel *>(QString::fromLatin1(name));
    }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QStringList shownNames() const;
    QString markOf(const QString &name) const;
    void select(const QString &name);
    std::optional<Webhook> stored(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DeliveryEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = Database::openSqliteFile(m_dir->filePath(QStringLiteral("relais.db")), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_secrets = std::make_unique<MemorySecretStore>();
    openWindow();
}

void TestMainWindow::openWindow()
{
    m_window.reset();
    if (!m_engine)
        m_engine = std::make_unique<DeliveryEngine>(*m_db, *m_secrets);
    m_window = std::make_unique<MainWindow>(*m_db, *m_secrets, *m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_db.reset();
    m_secrets.reset();
    m_dir.reset();
    QVERIFY(!MessageBoxes::hasNextAnswer());
}

QStringList TestMainWindow::shownNames() const
{
    QStringList names;
    for (int row = 0; row < list()->model()->rowCount(); ++row)
        names << list()->model()->index(row, 0).data().toString();
    return names;
}

QString TestMainWindow::markOf(const QString &name) const
{
    const QAbstractItemModel *model = list()->model();
    const QModelIndexList hits =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return hits.isEmpty() ? QString()
                          : hits.first().data(WebhookListModel::HealthMarkRole).toString();
}

void TestMainWindow::select(const QString &name)
{
    const QAbstractItemModel *model = list()->model();
    const QModelIndexList hits =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(name));
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                      list()->visualRect(hits.first()).center());
    QCOMPARE(list()->currentIndex().data().toString(), name);
    list()->setFocus();
}

std::optional<Webhook> TestMainWindow::stored(const QString &name) const
{
    QString error;
    return WebhookRepository(*m_db).findByIdOrName(name, &error);
}

void TestMainWindow::emptyDatabaseShowsTheEmptyState()
{
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("mainStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("emptyStateView"))->isVisible());
    // The command reaches this very database, not the default one.
    const QString command = label("commandLabel")->text();
    QVERIFY(command.contains(QStringLiteral("relaisctl")));
    QVERIFY(command.contains(QStringLiteral("webhook add")));
    QVERIFY(command.contains(m_db->url().toString()));
    QVERIFY(!action("actionDelete")->isEnabled());
    QVERIFY(!action("actionToggleEnabled")->isEnabled());
    QCOMPARE(label("webhookCountLabel")->text(), QStringLiteral("0 webhooks"));
    QVERIFY(label("databaseLabel")->text().contains(m_db->url().toString()));
}

void TestMainWindow::refreshShowsTheWebhooksWithTheirHealth()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QCOMPARE(list()->model()->rowCount(), 0); // not before the user asks
    QTest::keyClick(m_window.get(), Qt::Key_F5);

    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("mainStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("webhooksPage"));
    QCOMPARE(shownNames().size(), 4);
    QCOMPARE(markOf(QStringLiteral("Commandes Dokos")), QStringLiteral("●"));
    QCOMPARE(markOf(QStringLiteral("Lignes SeaTable")), QStringLiteral("○"));
    QCOMPARE(markOf(QStringLiteral("Réponses ngSurvey")), QStringLiteral("▲"));
    QCOMPARE(markOf(QStringLiteral("Navigation Decsys")), QStringLiteral("◆"));
    QCOMPARE(label("webhookCountLabel")->text(), QStringLiteral("4 webhooks"));
    QVERIFY(list()->currentIndex().isValid()); // something is always shown on the right
}

void TestMainWindow::searchNarrowsTheList()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search->hasFocus());
    // The filtered model the list shows stays consistent while it narrows.
    QAbstractItemModelTester tester(list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::keyClicks(search, QStringLiteral("seatable")); // the host
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Lignes SeaTable")});
    QVERIFY(label("requestLabel")->text().contains(QStringLiteral("cloud.seatable.example")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("RESPONSE.comp")); // an event, any case
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Réponses ngSurvey")});

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QVERIFY(shownNames().isEmpty());
    QVERIFY(label("noMatchLabel")->isVisible());
    QVERIFY(!action("actionDelete")->isEnabled());

    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(shownNames().size(), 4);
    QVERIFY(!label("noMatchLabel")->isVisible());
}

void TestMainWindow::selectingARowShowsItsUrlAndEvents()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Commandes Dokos"));

    QCOMPARE(label("nameLabel")->text(), QStringLiteral("Commandes Dokos"));
    QCOMPARE(label("requestLabel")->text(),
             QStringLiteral("POST  https://erp.dokos.example/api/method/relais.receive"));
    QVERIFY(label("eventsLabel")->text().contains(QStringLiteral("Sales Order.on_submit")));
    QVERIFY(label("eventsLabel")->text().contains(QStringLiteral("on_update_after_submit")));
    QCOMPARE(label("conditionLabel")->text(), QStringLiteral("doc.grand_total > 1000"));
    QVERIFY(label("signingLabel")->text().contains(QStringLiteral("X-Frappe-Webhook-Signature")));
    QCOMPARE(label("retriesLabel")->text(),
             QStringLiteral("immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h"));

    select(QStringLiteral("Réponses ngSurvey"));
    QVERIFY(label("requestLabel")->text().startsWith(QStringLiteral("PUT  https://sondages")));
    QVERIFY(label("stateNoteLabel")->isVisible());
    QVERIFY(label("stateNoteLabel")->text().contains(QStringLiteral("HTTP 503")));
}

void TestMainWindow::secretHeaderValuesAreNeverShown()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Commandes Dokos"));
    const QString headers = label("headersLabel")->text();
    QVERIFY(headers.contains(QStringLiteral("Authorization: ••••  [secret]")));
    QVERIFY(headers.contains(QStringLiteral("X-Relais-Source: dokos")));

    // Even when a caller hands the view a webhook that still holds the value.
    WebhookDetailsView view;
    Webhook w = *stored(QStringLiteral("Commandes Dokos"));
    w.headers[0].value = QStringLiteral("Bearer s3cr3t");
    view.setWebhook(w);
    for (const QLabel *l : view.findChildren<QLabel *>())
        QVERIFY2(!l->text().contains(QStringLiteral("s3cr3t")), qPrintable(l->objectName()));
}

void TestMainWindow::ctrlEDisablesAndEnablesTheSelectedWebhook()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Commandes Dokos"));
    QCOMPARE(action("actionToggleEnabled")->text(), QStringLiteral("&Disable"));

    QTest::keyClick(list(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!stored(QStringLiteral("Commandes Dokos"))->enabled);
    QCOMPARE(markOf(QStringLiteral("Commandes Dokos")), QStringLiteral("○"));
    QCOMPARE(list()->currentIndex().data().toString(), QStringLiteral("Commandes Dokos"));
    QCOMPARE(action("actionToggleEnabled")->text(), QStringLiteral("&Enable"));

    QTest::keyClick(list(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(stored(QStringLiteral("Commandes Dokos"))->enabled);
    QCOMPARE(markOf(QStringLiteral("Commandes Dokos")), QStringLiteral("●"));
}

void TestMainWindow::enablingAnAutoDisabledWebhookForgetsTheReason()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Réponses ngSurvey"));
    QTest::keyClick(list(), Qt::Key_E, Qt::ControlModifier);
    const std::optional<Webhook> w = stored(QStringLiteral("Réponses ngSurvey"));
    QVERIFY(w->enabled);
    QVERIFY(w->disabledReason.isEmpty());
    QCOMPARE(markOf(QStringLiteral("Réponses ngSurvey")), QStringLiteral("●"));
    QVERIFY(!label("stateNoteLabel")->isVisible());
}

void TestMainWindow::aWebhookMissingItsSecretCannotBeEnabled()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Navigation Decsys"));
    QVERIFY(!action("actionToggleEnabled")->isEnabled());
    QTest::keyClick(list(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!stored(QStringLiteral("Navigation Decsys"))->enabled);
    QVERIFY(label("stateNoteLabel")->text().contains(QStringLiteral("--secret")));
}

void TestMainWindow::deleteAnsweredNoKeepsTheWebhook()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Commandes Dokos"));

    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(!MessageBoxes::hasNextAnswer()); // the user was asked
    QVERIFY(MessageBoxes::lastHookedText().contains(QStringLiteral("Commandes Dokos")));
    QVERIFY(stored(QStringLiteral("Commandes Dokos")));
    QCOMPARE(shownNames().size(), 4);
    QCOMPARE(m_secrets->size(), 2);
}

void TestMainWindow::deleteAnsweredYesRemovesItAndItsSecrets()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    select(QStringLiteral("Commandes Dokos"));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(!MessageBoxes::hasNextAnswer());
    QVERIFY(!stored(QStringLiteral("Commandes Dokos")));
    QCOMPARE(m_secrets->size(), 0);
    QCOMPARE(shownNames().size(), 3);
    QVERIFY(!shownNames().contains(QStringLiteral("Commandes Dokos")));
    QCOMPARE(label("webhookCountLabel")->text(), QStringLiteral("3 webhooks"));
    QVERIFY(list()->currentIndex().isValid());
}

void TestMainWindow::geometryAndSplitterAreRemembered()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    m_window->resize(1000, 680);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({250, 700});
    const QList<int> sizes = splitter->sizes();
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!m_window->isVisible());

    openWindow();
    QCOMPARE(m_window->size(), QSize(1000, 680));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QSettings().clear();
}

void TestMainWindow::listModelIsAConsistentModel()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWebhooks(seedSampleWebhooks(*m_db, *m_secrets));
    QCOMPARE(model.rowCount(), 4);
    model.setWebhooks({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::retryScheduleReadsInWords()
{
    QCOMPARE(WebhookText::retrySchedule({0, 5, 300, 5400, 86400}),
             QStringLiteral("immediately, 5 s, 5 min, 1 h 30 min, 1 d"));
    QCOMPARE(WebhookText::retrySchedule({}), QStringLiteral("one attempt, no retry"));
    QCOMPARE(WebhookText::host(QStringLiteral("https://{{ doc.site }}.example.org/hook")),
             QStringLiteral("{{ doc.site }}.example.org"));
    QCOMPARE(WebhookText::host(QStringLiteral("https://user@erp.example:8443/x")),
             QStringLiteral("erp.example"));
}

// Opt-in: RELAIS_SCREENSHOT_DB=/tmp/x.db fills that file for the screenshots.
void TestMainWindow::seedScreenshotDatabase()
{
    const QString path = qEnvironmentVariable("RELAIS_SCREENSHOT_DB");
    if (path.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DB to write a database for the screenshots");
    QString error;
    const std::unique_ptr<Database> db = Database::openSqliteFile(path, &error);
    QVERIFY2(db, qPrintable(error));
    MemorySecretStore secrets;
    seedSampleWebhooks(*db, secrets);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
