// Send test: a sample event to a loopback receiver, its answer in the
// dialog, and the request copied as a curl command without its secrets.
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "core/Redaction.h"
#include "gui/CurlCommand.h"
#include "gui/MainWindow.h"
#include "gui/SampleEventComboBox.h"
#include "gui/SendTestDialog.h"
#include "gui/WebhookListView.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace relais;

class TestSendTest final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpEngine(); }
    void cleanup()
    {
        m_dialog.reset();
        tearDownEngine();
    }

    void theFirstEventTheWebhookListensToIsChosen();
    void sendShowsTheResponseStatusAndBody();
    void aBrokenSampleCannotBeSent();
    void cancelClosesWhileSending();
    void copyAsCurlHasTheUrlAndNoSecret();
    void curlQuotesBodiesAndTurnsRedactedValuesIntoVariables();
    void ctrlTOpensSendTestFromTheMainWindow();
    void screenshot();

private:
    void openDialog(const Webhook &w)
    {
        m_dialog = std::make_unique<SendTestDialog>(*m_engine, *m_catalog);
        m_dialog->setWebhook(w);
        m_dialog->resize(1000, 680);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    template<typename T>
    T *child(const char *name) const
    {
        return namedChild<T>(m_dialog.get(), name);
    }
    void sendAndWait()
    {
        auto *send = child<QPushButton>("sendButton");
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(m_dialog->isSending());
        QVERIFY(!send->isEnabled());
        QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isSending(), 20000);
    }

    std::unique_ptr<SendTestDialog> m_dialog;
};

void TestSendTest::theFirstEventTheWebhookListensToIsChosen()
{
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    QCOMPARE(child<SampleEventComboBox>("eventTypeComboBox")->currentType(),
             QStringLiteral("Sales Order.on_submit"));
    QVERIFY(child<QPlainTextEdit>("sampleEditor")->toPlainText().contains(u'{'));
}

void TestSendTest::sendShowsTheResponseStatusAndBody()
{
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    sendAndWait();
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(child<QLabel>("responseStatusLabel")->text(), QStringLiteral("200 OK"));
    QVERIFY(child<QLabel>("responseTimeLabel")->text().endsWith(QStringLiteral("ms")));
    const QString body = child<QPlainTextEdit>("responseBodyEdit")->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("\"rcv_42\"")), qPrintable(body));
    QVERIFY2(body.contains(u'\n'), "the JSON body is indented");
    QVERIFY(child<QPlainTextEdit>("responseHeadersEdit")
                ->toPlainText()
                .contains(QStringLiteral("application/json")));
    const QString request = child<QPlainTextEdit>("requestTextEdit")->toPlainText();
    QVERIFY(request.startsWith(QStringLiteral("POST ") + m_server->url()));
    QVERIFY(!request.contains(headerSecret()));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
}

void TestSendTest::aBrokenSampleCannotBeSent()
{
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    auto *editor = child<QPlainTextEdit>("sampleEditor");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(","));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(child<QLabel>("sampleErrorLabel")->isVisible());
    QTest::keyClick(editor, Qt::Key_Backspace);
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(!child<QLabel>("sampleErrorLabel")->isVisible());
}

void TestSendTest::cancelClosesWhileSending()
{
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isSending());
    QPushButton *cancel = child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Close);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    m_dialog.reset(); // the answer arrives after the dialog is gone
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    QTest::qWait(200);
}

void TestSendTest::copyAsCurlHasTheUrlAndNoSecret()
{
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    auto *copy = child<QPushButton>("copyCurlButton");
    QVERIFY(!copy->isEnabled()); // nothing sent yet
    sendAndWait();
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST")), qPrintable(curl));
    QVERIFY2(curl.contains(m_server->url()), qPrintable(curl));
    QVERIFY2(!curl.contains(QString::fromLatin1(signingSecret())), qPrintable(curl));
    QVERIFY2(!curl.contains(QStringLiteral("tok-abc-123")), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("\"Authorization: $AUTHORIZATION\"")), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("$X_FRAPPE_WEBHOOK_SIGNATURE")), qPrintable(curl));
    QVERIFY2(curl.contains(QStringLiteral("'X-Relais-Source: dokos'")), qPrintable(curl));
}

void TestSendTest::curlQuotesBodiesAndTurnsRedactedValuesIntoVariables()
{
    RequestSnapshot r;
    r.method = QStringLiteral("PUT");
    r.url = QStringLiteral("https://x.example/hook?token=") + Redaction::marker();
    r.headers = {{"Authorization", Redaction::marker().toUtf8()},
                 {"webhook-signature", "v1,abc="},
                 {"Content-Type", "application/json"}};
    r.body = "{\"name\":\"l'été\"}";
    const QString curl = CurlCommand::build(r);
    QCOMPARE(curl, QStringLiteral("curl -X PUT \"https://x.example/hook?token=$SECRET\" \\\n"
                                  "  -H \"Authorization: $AUTHORIZATION\" \\\n"
                                  "  -H \"webhook-signature: $WEBHOOK_SIGNATURE\" \\\n"
                                  "  -H 'Content-Type: application/json' \\\n"
                                  "  --data-raw '{\"name\":\"l'\\''été\"}'"));
    QVERIFY(!curl.contains(QStringLiteral("v1,abc=")));
}

void TestSendTest::ctrlTOpensSendTestFromTheMainWindow()
{
    const Webhook w = storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url());
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.findChild<WebhookListView *>(QStringLiteral("webhookListView"))->selectWebhook(w.id);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    SendTestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SendTestDialog *>()) != nullptr);
    QVERIFY(dialog->windowTitle().contains(w.name));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->result().has_value(), 20000);
    QVERIFY2(dialog->result()->succeeded(), qPrintable(dialog->result()->error));
    dialog->close();
}

// Opt-in: RELAIS_SCREENSHOT_DIR=docs/screenshots writes send-test.png there.
void TestSendTest::screenshot()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to write the Send test screenshot");
    openDialog(storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url()));
    m_dialog->resize(1100, 760);
    sendAndWait();
    QTest::qWait(300);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("send-test.png"))));
}

QTEST_MAIN(TestSendTest)
#include "tst_sendtest.moc"
