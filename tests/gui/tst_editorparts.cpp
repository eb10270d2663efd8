// The editor from the main window (New, Edit, Duplicate), its parts on their
// own, and its screenshots.
#include "EditorFixture.h"

#include "delivery/DeliveryEngine.h"
#include "gui/CodeEditor.h"
#include "gui/DeliveryPage.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/RequestText.h"
#include "gui/SecurityPage.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextDocument>

using namespace relais;

class TestEditorParts final : public QObject, public EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { setUpEnvironment(); }
    void cleanup();

    void ctrlNOpensTheEditorFromTheMainWindow();
    void enterOnARowEditsAndCtrlDDuplicates();
    void retrySchedulePresetsAndText();
    void formFieldsAndTransformArePreviewed();
    void aBrokenSampleIsMarkedAndIgnored();
    void previewKeepsJsonKeysInOrder();
    void signatureSchemesExplainTheirHeader();
    void screenshots();
};

void TestEditorParts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QSettings().clear();
}

void TestEditorParts::cleanup()
{
    tearDownEnvironment();
    QVERIFY(!MessageBoxes::hasNextAnswer());
}

void TestEditorParts::ctrlNOpensTheEditorFromTheMainWindow()
{
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window.findChild<WebhookEditorDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), EditorMode::Create);

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QTest::keyClicks(name, QStringLiteral("From the window"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit")),
                     QStringLiteral("https://hooks.example.org/relais"));
    auto *pattern = dialog->findChild<QLineEdit *>(QStringLiteral("patternLineEdit"));
    QTest::keyClicks(pattern, QStringLiteral("*"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QTest::keyClick(name, Qt::Key_Return); // Enter saves once all is well
    QTRY_VERIFY(window.findChild<WebhookEditorDialog *>() == nullptr); // closed and deleted

    QVERIFY(stored(QStringLiteral("From the window")));
    auto *list = window.findChild<QListView *>(QStringLiteral("webhookList"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("From the window"));
}

void TestEditorParts::enterOnARowEditsAndCtrlDDuplicates()
{
    seedSampleWebhooks(*m_db, *m_secrets);
    DeliveryEngine engine(*m_db, *m_secrets);
    MainWindow window(*m_db, *m_secrets, engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *list = window.findChild<QListView *>(QStringLiteral("webhookList"));
    list->setFocus();
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Commandes Dokos"));

    QTest::keyClick(list, Qt::Key_Return);
    auto *dialog = window.findChild<WebhookEditorDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), EditorMode::Edit);
    QCOMPARE(dialog->webhook().name, QStringLiteral("Commandes Dokos"));
    dialog->reject(); // nothing changed: closes without asking
    QTRY_VERIFY(window.findChild<WebhookEditorDialog *>() == nullptr);

    window.activateWindow(); // as the window manager does when a dialog closes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
    dialog = window.findChild<WebhookEditorDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), EditorMode::Duplicate);
    QCOMPARE(dialog->webhook().name, QStringLiteral("Commandes Dokos (copy)"));
    QVERIFY(dialog->webhook().secrets.isEmpty());
    QVERIFY(dialog->webhook().id != stored(QStringLiteral("Commandes Dokos"))->id);
    dialog->reject(); // an untouched copy is not worth a question
    QTRY_VERIFY(window.findChild<WebhookEditorDialog *>() == nullptr);
}

void TestEditorParts::retrySchedulePresetsAndText()
{
    QList<int> seconds;
    QString error;
    QVERIFY(DeliveryPage::parseSchedule(QStringLiteral("0, 5s, 5m, 30 min, 2h, 1 d"), &seconds,
                                        &error));
    QCOMPARE(seconds, (QList<int>{0, 5, 300, 1800, 7200, 86400}));
    QCOMPARE(DeliveryPage::scheduleText(Webhook::defaultRetrySchedule()),
             QStringLiteral("0, 5s, 5m, 30m, 2h, 5h, 10h, 10h"));
    QVERIFY(!DeliveryPage::parseSchedule(QStringLiteral("0, soon"), &seconds, &error));
    QVERIFY(error.contains(QStringLiteral("soon")));

    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Retries"));
    goToPage(WebhookEditorDialog::Page::Delivery);
    auto *preset = child<QComboBox>("retryPresetComboBox");
    auto *text = child<QLineEdit>("retryScheduleLineEdit");
    QCOMPARE(preset->currentText(), QStringLiteral("Standard"));
    choose(preset, QStringLiteral("Quick"));
    QCOMPARE(text->text(), QStringLiteral("0, 10s, 1m"));
    replaceText(text, QStringLiteral("0, 1m, 1h"));
    QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
    QTest::keyClicks(text, QStringLiteral(", later"));
    QVERIFY(child<QLabel>("retryErrorLabel")->isVisible());
    QVERIFY(!saveButton()->isEnabled());
    QTest::keyClick(text, Qt::Key_Backspace);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(text, Qt::Key_Backspace);
    QCOMPARE(text->text(), QStringLiteral("0, 1m, 1h"));
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(stored(QStringLiteral("Retries"))->retrySchedule, (QList<int>{0, 60, 3600}));
}

void TestEditorParts::formFieldsAndTransformArePreviewed()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Formulaire"));
    goToPage(WebhookEditorDialog::Page::Payload);
    auto *preview = child<QPlainTextEdit>("previewView");
    auto *mode = child<QComboBox>("bodyModeComboBox");

    // Form fields start with two rows rather than an error.
    choose(mode, QStringLiteral("Form fields"));
    QCOMPARE(child<QTableWidget>("formFieldsTable")->rowCount(), 2);
    QTRY_VERIFY2(preview->toPlainText().contains(
                     QStringLiteral("Content-Type: application/x-www-form-urlencoded")),
                 qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().endsWith(QStringLiteral("&type=Sales+Order.on_submit")));
    QVERIFY(saveButton()->isEnabled());

    // A transform starts from a working function.
    choose(mode, QStringLiteral("JavaScript transform"));
    QVERIFY(child<CodeEditor>("templateEditor")
                ->toPlainText()
                .contains(QStringLiteral("function transform(event)")));
    QTRY_VERIFY2(preview->toPlainText().contains(QStringLiteral("Content-Type: application/json")),
                 qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("\"type\": \"Sales Order.on_submit\"")));
    QVERIFY(saveButton()->isEnabled());
}

void TestEditorParts::aBrokenSampleIsMarkedAndIgnored()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Exemple"));
    goToPage(WebhookEditorDialog::Page::Payload);
    auto *preview = child<QPlainTextEdit>("previewView");
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("SAL-ORD-2024-00042")));
    const QString before = preview->toPlainText();

    child<QTabWidget>("previewTabs")->setCurrentIndex(1);
    auto *sample = child<CodeEditor>("sampleEditor");
    replaceText(sample, QStringLiteral("{\"name\": \"X\","));
    QTest::keyClick(sample, Qt::Key_Return);
    QTest::keyClicks(sample, QStringLiteral("\"total\": }"));
    QCOMPARE(sample->errorLine(), 2);
    QVERIFY(child<QLabel>("sampleErrorLabel")->isVisible());
    QTest::qWait(WebhookEditorDialog::kTryOutDelayMs * 2);
    // The preview keeps the last valid data, and the webhook can still be saved.
    QVERIFY(preview->toPlainText().contains(QStringLiteral("SAL-ORD-2024-00042")));
    QVERIFY(saveButton()->isEnabled());

    QTest::mouseClick(child<QPushButton>("resetSampleButton"), Qt::LeftButton);
    QCOMPARE(sample->errorLine(), 0);
    QVERIFY(!child<QLabel>("sampleErrorLabel")->isVisible());
    QTRY_COMPARE(preview->toPlainText().section(u'\n', 5), before.section(u'\n', 5));
}

void TestEditorParts::previewKeepsJsonKeysInOrder()
{
    QCOMPARE(RequestText::prettyJson(R"({"z":1,"a":{"b":[1,2],"c":{}},"s":"x, {y}"})"),
             QStringLiteral("{\n  \"z\": 1,\n  \"a\": {\n    \"b\": [\n      1,\n      2\n    ],\n"
                            "    \"c\": {}\n  },\n  \"s\": \"x, {y}\"\n}"));
    QCOMPARE(RequestText::prettyJson("not json"), QStringLiteral("not json"));
}

void TestEditorParts::signatureSchemesExplainTheirHeader()
{
    const HmacOptions custom;
    QVERIFY(SecurityPage::explanation(SigningScheme::GitHub, custom)
                .contains(QStringLiteral("X-Hub-Signature-256: sha256=")));
    QVERIFY(SecurityPage::explanation(SigningScheme::Frappe, custom)
                .contains(QStringLiteral("X-Frappe-Webhook-Signature")));
    QVERIFY(SecurityPage::explanation(SigningScheme::Stripe, custom)
                .contains(QStringLiteral("Stripe-Signature")));
    QVERIFY(SecurityPage::explanation(SigningScheme::Hmac, custom)
                .contains(QStringLiteral("X-Signature")));
}

// Opt-in: RELAIS_SCREENSHOT_DIR=docs/screenshots writes editor-*.png there.
void TestEditorParts::screenshots()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to write the editor's screenshots");
    seedSampleWebhooks(*m_db, *m_secrets);
    openDialog();
    std::optional<Webhook> w = stored(QStringLiteral("Commandes Dokos"));
    w->bodyTemplate = QStringLiteral(
        "{\n  \"order\": \"{{ doc.name }}\",\n  \"customer\": \"{{ doc.customer_name }}\",\n"
        "  \"total\": {{ doc.grand_total }},\n  \"currency\": \"{{ doc.currency }}\",\n"
        "  \"delivery\": \"{{ doc.delivery_date }}\",\n"
        "  \"items\": {{ doc.items.map(i => i.item_code) }}\n}\n");
    m_dialog->startEdit(*w);
    m_dialog->resize(1100, 720);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QList<QPair<WebhookEditorDialog::Page, const char *>> shots = {
        {WebhookEditorDialog::Page::General, "editor-general.png"},
        {WebhookEditorDialog::Page::Trigger, "editor-trigger.png"},
        {WebhookEditorDialog::Page::Payload, "editor-payload.png"},
        {WebhookEditorDialog::Page::Headers, "editor-headers.png"},
        {WebhookEditorDialog::Page::Security, "editor-security.png"},
        {WebhookEditorDialog::Page::Delivery, "editor-delivery.png"},
    };
    for (const auto &[page, file] : shots) {
        m_dialog->showPage(page);
        QTest::qWait(400);
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(QString::fromLatin1(file))));
    }

    // A template with a mistake: the line is marked, the preview says where.
    m_dialog->showPage(WebhookEditorDialog::Page::Payload);
    auto *editor = child<CodeEditor>("templateEditor");
    QTextCursor cursor = editor->document()->find(QStringLiteral("\"currency\""));
    cursor.movePosition(QTextCursor::EndOfLine);
    cursor.deletePreviousChar(); // the comma
    editor->setTextCursor(cursor);
    QTRY_VERIFY(editor->errorLine() > 0);
    QTest::qWait(400);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("editor-payload-error.png"))));
}

QTEST_MAIN(TestEditorParts)
#include "tst_editorparts.moc"
