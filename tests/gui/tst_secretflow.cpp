// The secrets of a webhook go through every flow a user runs — add with a
// secret, a live send, a test send, a redelivery, an export of the webhooks
// and of the log, a preview, Copy as cURL, the main window and its log —
// and are then searched for everywhere Relais writes or shows something:
// the database file and its WAL, the exports, the log output, every text of
// every window and the clipboard. They must reach the receiver and nothing
// else.
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "delivery/Preview.h"
#include "gui/DeliveryExport.h"
#include "gui/DeliveryLogView.h"
#include "gui/MainWindow.h"
#include "gui/SendTestDialog.h"
#include "payload/PayloadEngine.h"
#include "storage/DeliveryRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace relais;

namespace {

QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, message);
}

// Every text a person could read in `root` and its children, item views
// included (each cell, with its tooltip).
QString visibleTexts(const QWidget *root)
{
    QString all;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<const QWidget *>())
        widgets << w;
    for (const QWidget *w : std::as_const(widgets)) {
        all += w->windowTitle() + w->toolTip() + u'\n';
        if (const auto *label = qobject_cast<const QLabel *>(w))
            all += label->text() + u'\n';
        else if (const auto *line = qobject_cast<const QLineEdit *>(w))
            all += line->text() + u'\n';
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
            all += plain->toPlainText() + u'\n';
        else if (const auto *rich = qobject_cast<const QTextEdit *>(w))
            all += rich->toPlainText() + u'\n';
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    all += i.data().toString() + u' ' + i.data(Qt::ToolTipRole).toString() + u'\n';
                }
            }
        }
    }
    return all;
}

} // namespace

class TestSecretFlow final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        g_previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("relais.*=true"));
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init() { setUpEngine(); }
    void cleanup() { tearDownEngine(); }

    void secretsReachTheReceiverAndNothingElse();
};

void TestSecretFlow::secretsReachTheReceiverAndNothingElse()
{
    const QByteArray signing = signingSecret();
    const QByteArray token = QByteArrayLiteral("tok-abc-123"); // inside headerSecret()
    QString shown;                                             // what windows showed

    // Add with secrets, then a live delivery.
    const Webhook w = storeWebhook(QStringLiteral("Commandes Dokos"), m_server->url());
    const SubmitResult submitted = emitEvent(QStringLiteral("Sales Order.on_submit"));
    QVERIFY2(submitted.accepted, qPrintable(submitted.error));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 20000);
    QVERIFY(m_server->lastRequest().contains(
        QByteArray(QByteArray("Authorization: ") + headerSecret().toUtf8())));
    QVERIFY(m_server->lastRequest().contains("X-Frappe-Webhook-Signature: "));

    // A test send from its dialog, and Copy as cURL.
    {
        SendTestDialog dialog(*m_engine, *m_catalog);
        dialog.setWebhook(w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(namedChild<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 20000);
        QCOMPARE(m_server->requestCount(), 2);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(namedChild<QPushButton>(&dialog, "copyCurlButton"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("curl")));
        shown += QGuiApplication::clipboard()->text();
        shown += visibleTexts(&dialog);
    }

    // A redelivery of the live delivery.
    QString error;
    DeliveryFilter filter;
    filter.webhookId = w.id;
    const QList<DeliverySummary> rows = DeliveryRepository(*m_db).list(filter, &error);
    QVERIFY(!rows.isEmpty());
    std::optional<int> redelivered;
    m_engine->redeliver(rows.last().delivery.id, [&](int n, const QString &) { redelivered = n; });
    QTRY_VERIFY_WITH_TIMEOUT(redelivered.has_value(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, 20000);

    // The preview of the request.
    PayloadEngine payloads;
    const EventType *type = m_catalog->find(QStringLiteral("Sales Order.on_submit"));
    QVERIFY(type);
    const PreviewResult preview = Preview::run(payloads, *m_secrets, w, type->sampleEvent());
    const QByteArray previewJson = QJsonDocument(preview.toJson()).toJson();
    QVERIFY(previewJson.contains("X-Frappe-Webhook-Signature"));

    // The main window, with the webhook selected and its log on screen.
    {
        MainWindow window(*m_db, *m_secrets, *m_engine);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListView *>(QStringLiteral("webhookList"));
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() > 0);
        list->setCurrentIndex(list->model()->index(0, 0));
        auto *log = window.findChild<DeliveryLogView *>();
        QVERIFY(log);
        auto *table = namedChild<QTableView>(log, "deliveryTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, 20000);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            table->setCurrentIndex(table->model()->index(r, 0));
            QCoreApplication::processEvents();
            shown += visibleTexts(&window);
        }
        QVERIFY(shown.contains(QStringLiteral("[redacted]"))); // the header is shown, masked

        // Exports: the webhooks, and the log as CSV and JSON.
        const QString webhooksFile = m_dir->filePath(QStringLiteral("webhooks.json"));
        ServiceError serviceError;
        const QJsonDocument exported = WebhookService(*m_db, *m_secrets).exportAll(&serviceError);
        QVERIFY(DeliveryExport::writeOwnerOnly(webhooksFile, exported.toJson(), &error));
        QVERIFY(DeliveryExport::write(*table->model(), m_dir->filePath(QStringLiteral("log.csv")),
                                      &error) > 0);
        QVERIFY(DeliveryExport::write(*table->model(), m_dir->filePath(QStringLiteral("log.json")),
                                      &error) > 0);
    }
    m_engine.reset(); // every attempt written

    // Now search every place.
    QByteArray written;
    for (const QString &name :
         {QStringLiteral("relais.db"), QStringLiteral("relais.db-wal"),
          QStringLiteral("webhooks.json"), QStringLiteral("log.csv"), QStringLiteral("log.json")}) {
        QFile f(m_dir->filePath(name));
        if (f.open(QIODevice::ReadOnly))
            written += f.readAll();
    }
    QVERIFY(written.contains("Commandes Dokos")); // the files were read
    QVERIFY(!g_log.isEmpty());
    const QList<QPair<const char *, QByteArray>> places = {
        {"database and exports", written},
        {"log output", g_log},
        {"windows and clipboard", shown.toUtf8()},
        {"preview", previewJson},
    };
    for (const auto &[place, bytes] : places) {
        QVERIFY2(!bytes.contains(signing), place);
        QVERIFY2(!bytes.contains(token), place);
        QVERIFY2(!bytes.contains(signing.toBase64()), place);
    }
}

QTEST_MAIN(TestSecretFlow)
#include "tst_secretflow.moc"
