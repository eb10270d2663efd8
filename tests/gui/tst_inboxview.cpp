// The inbox view follows what the inbox receives, live: a signed request
// shows up at the top of the table with its verdict, and its detail shows
// the headers and the body pretty-printed.
#include "NamedChild.h"

#include "../delivery/IntakeTestSupport.h"
#include "delivery/InboxServer.h"
#include "gui/InboxRequestModel.h"
#include "gui/InboxView.h"
#include "secrets/MemorySecretStore.h"
#include "signing/Signer.h"
#include "storage/Database.h"
#include "storage/InboxRepository.h"
#include "storage/WebhookRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class TestInboxView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<InboxServer> m_server;
    std::unique_ptr<InboxView> m_view;

    // Sends `body` to /inbox/demo, signed by GitHub's scheme with `secret`.
    void send(const QByteArray &body, const QByteArray &secret)
    {
        SigningInput input{"msg_gui", QDateTime::currentSecsSinceEpoch(), body};
        HeaderList headers;
        QString error;
        QVERIFY2(
            Signer::sign(SigningScheme::GitHub, HmacOptions(), {secret}, input, &headers, &error),
            qPrintable(error));
        QByteArray request = "POST /inbox/demo HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\n";
        for (const auto &[name, value] : std::as_const(headers))
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        intaketest::RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.send(request);
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::openSqliteFile(
            m_dir.filePath(QStringLiteral("%1.db").arg(QDateTime::currentMSecsSinceEpoch())),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(InboxRepository(*m_db).ensure(QStringLiteral("demo"), &error), qPrintable(error));
        m_server = std::make_unique<InboxServer>(*m_db, m_secrets);
        QVERIFY2(m_server->start(InboxOptions{}, &error), qPrintable(error));

        Webhook w;
        w.name = QStringLiteral("Demo");
        w.url = m_server->urlFor(QStringLiteral("demo"));
        w.eventPatterns = {QStringLiteral("*")};
        w.id = QUuid::createUuid();
        w.signing = SigningScheme::GitHub;
        w.secrets = {{w.newSigningSecretKey(), {}}};
        QVERIFY(m_secrets.write(w.secrets.first().key, "gui-secret").ok());
        QVERIFY2(WebhookRepository(*m_db).insert(w, &error), qPrintable(error));

        m_view = std::make_unique<InboxView>();
        m_view->setUp(*m_db, m_server.get());
        QVERIFY(m_view->setInbox(QStringLiteral("demo")));
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_server->stop();
        QVERIFY(!m_server->isListening());
        m_server.reset();
        m_db.reset();
    }

    void theUrlIsShownAndCopied()
    {
        auto *url = namedChild<QLineEdit>(m_view.get(), "urlLineEdit");
        QCOMPARE(url->text(),
                 QStringLiteral("http://127.0.0.1:%1/inbox/demo").arg(m_server->port()));
        QTest::mouseClick(namedChild<QPushButton>(m_view.get(), "copyUrlButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url->text());
    }

    void aRequestShowsUpLiveWithItsVerdictAndPrettyBody()
    {
        auto *table = namedChild<QTableView>(m_view.get(), "requestsTableView");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 0);

        send(R"({"doc":{"name":"SO-1","total":42}})", "gui-secret");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cellText(table, 0, InboxRequestModel::MethodColumn), QStringLiteral("POST"));
        QCOMPARE(cellText(table, 0, InboxRequestModel::PathColumn), QStringLiteral("/inbox/demo"));
        QCOMPARE(cellText(table, 0, InboxRequestModel::StatusColumn), QStringLiteral("200"));
        QCOMPARE(cellText(table, 0, InboxRequestModel::SignatureColumn), QStringLiteral("✓ valid"));

        // Selected on arrival: the detail shows it.
        auto *body = namedChild<QPlainTextEdit>(m_view.get(), "bodyTextEdit");
        QTRY_VERIFY(!body->toPlainText().isEmpty());
        QCOMPARE(body->toPlainText(), QStringLiteral("{\n    \"doc\": {\n        \"name\": "
                                                     "\"SO-1\",\n        \"total\": 42\n    "
                                                     "}\n}"));
        const QString headers =
            namedChild<QPlainTextEdit>(m_view.get(), "headersTextEdit")->toPlainText();
        QVERIFY(
            headers.contains(QStringLiteral("X-Hub-Signature-256: sha256="), Qt::CaseInsensitive));

        // A wrong secret arrives on top, marked ✗; the selection stays.
        send(R"({"doc":{"name":"SO-2"}})", "someone-elses-secret");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(cellText(table, 0, InboxRequestModel::SignatureColumn),
                 QStringLiteral("✗ wrong secret"));
        QCOMPARE(table->model()
                     ->index(0, InboxRequestModel::SignatureColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xc0, 0x1c, 0x28));
        QVERIFY(body->toPlainText().contains(QStringLiteral("SO-1")));
        table->selectRow(0);
        QVERIFY(body->toPlainText().contains(QStringLiteral("SO-2")));
        QVERIFY(namedChild<QLabel>(m_view.get(), "verdictLabel")
                    ->text()
                    .contains(QStringLiteral("wrong secret")));
    }

    void theScriptControlsChangeHowTheInboxAnswers()
    {
        namedChild<QSpinBox>(m_view.get(), "failFirstSpinBox")->setValue(1);
        namedChild<QSpinBox>(m_view.get(), "failStatusSpinBox")->setValue(503);
        QTest::mouseClick(namedChild<QPushButton>(m_view.get(), "applyScriptButton"),
                          Qt::LeftButton);
        QString error;
        const auto inbox = InboxRepository(*m_db).find(QStringLiteral("demo"), &error);
        QVERIFY(inbox);
        QCOMPARE(inbox->failFirst, 1);
        QCOMPARE(inbox->failStatus, 503);

        auto *table = namedChild<QTableView>(m_view.get(), "requestsTableView");
        intaketest::RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.send("GET /inbox/demo HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 503);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cellText(table, 0, InboxRequestModel::StatusColumn), QStringLiteral("503"));
        QCOMPARE(cellText(table, 0, InboxRequestModel::SignatureColumn),
                 QStringLiteral("✗ signature missing"));
    }
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
