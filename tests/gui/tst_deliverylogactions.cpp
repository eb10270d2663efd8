// The deliveries log's actions: Redeliver all failed, Export, Save body,
// and the tray notifications of the main window.
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "gui/DeliveryExport.h"
#include "gui/DeliveryLogModel.h"
#include "gui/DeliveryLogView.h"
#include "gui/FileDialogs.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/TrayNotifier.h"

#include "storage/DeliveryRepository.h"
#include "storage/EventRepository.h"
#include "storage/PreparedStatements.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace relais;

class TestDeliveryLogActions final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init();
    void cleanup()
    {
        TrayNotifier::setTrayAvailableForTests(std::nullopt);
        m_view.reset();
        tearDownEngine();
    }

    void redeliverAllFailedAsksFirst();
    void csvFieldsAreQuoted();
    void exportWritesTheFilteredRows();
    void streamedJsonIsWhatQJsonDocumentWrites();
    void exportWritesEveryMatchingRowNotOnlyThoseLoaded();
    void exportCanBeCancelled();
    void saveBodyWritesTheResponse();
    void trayTellsOfADisabledWebhookAndAGivenUpDelivery();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return namedChild<T>(m_view.get(), name);
    }
    QTableView *table() const { return child<QTableView>("deliveryTable"); }
    int shownRows() const { return table()->model()->rowCount(); }
    QString cell(int row, int column) const { return cellText(table(), row, column); }
    QString statusText() const { return child<QLabel>("logStatusLabel")->text(); }
    QString closedPortUrl() const
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("no port");
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1/gone").arg(port);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool ownerOnly(const QString &path)
    {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        return (p & QFileDevice::ReadOwner) && !(p & others);
    }
    // Two deliveries, one answered by the receiver and one refused.
    void emitToBothWebhooks();
    // Stores deliveries directly, as the engine would have, none due.
    void storeDeliveries(int count, const QString &type, DeliveryState state, const QUuid &webhook);
    // Exports through the button and waits until it is over.
    void exportTo(const QString &path)
    {
        FileDialogs::setNextSaveFileName(path);
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isExporting(), 20000);
    }

    Webhook m_webhook;
    std::unique_ptr<DeliveryLogView> m_view;
};

void TestDeliveryLogActions::init()
{
    setUpEngine();
    m_webhook = storeWebhook(QStringLiteral("Commandes, \"Dokos\""), m_server->url());
    m_view = std::make_unique<DeliveryLogView>();
    m_view->setUp(*m_db, *m_engine);
    m_view->setWebhook(m_webhook.id);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDeliveryLogActions::emitToBothWebhooks()
{
    storeWebhook(QStringLiteral("Entrepôt fermé"), closedPortUrl());
    m_view->setAllWebhooks(true);
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 2, 20000);
    const auto bothAttempted = [this] {
        return cell(0, DeliveryLogModel::AttemptsColumn) == QStringLiteral("1") &&
               cell(1, DeliveryLogModel::AttemptsColumn) == QStringLiteral("1");
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothAttempted(), 20000);
}

void TestDeliveryLogActions::redeliverAllFailedAsksFirst()
{
    // No retry: a refused delivery is exhausted at once.
    Webhook gone;
    gone.name = QStringLiteral("Entrepôt fermé");
    gone.url = closedPortUrl();
    gone.eventPatterns = {QStringLiteral("Sales Order.on_submit")};
    gone.signing = SigningScheme::Frappe;
    gone.retrySchedule = {};
    ServiceError created;
    QVERIFY2(WebhookService(*m_db, *m_secrets).create(gone, signingSecret(), &created),
             qPrintable(created.message));
    m_view->setWebhook(gone.id);
    for (int i = 0; i < 2; ++i)
        QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 2, 20000);
    const auto attempts = [this](const char *n) {
        const QString want = QString::fromLatin1(n);
        return cell(0, DeliveryLogModel::AttemptsColumn) == want &&
               cell(1, DeliveryLogModel::AttemptsColumn) == want;
    };
    QTRY_VERIFY_WITH_TIMEOUT(attempts("1"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::StateColumn),
                              DeliveryLogModel::stateName(DeliveryState::Exhausted), 20000);
    auto *button = child<QPushButton>("redeliverFailedButton");
    QVERIFY(button->isEnabled());

    // No: nothing is sent again.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!MessageBoxes::hasNextAnswer());
    QCOMPARE(MessageBoxes::lastHookedText(),
             QStringLiteral("Redeliver the failed deliveries of “Entrepôt fermé” (2)?"));
    QTest::qWait(1000);
    m_view->refresh();
    QVERIFY(attempts("1"));

    // Yes: each gets a new attempt, and the log says how many.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!MessageBoxes::hasNextAnswer());
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("scheduled again: 2.")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(attempts("2"), 20000);

    // Nothing for all webhooks at once.
    m_view->setAllWebhooks(true);
    QVERIFY(!button->isEnabled());
}

void TestDeliveryLogActions::csvFieldsAreQuoted()
{
    QCOMPARE(DeliveryExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(DeliveryExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(DeliveryExport::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(DeliveryExport::csvField(QStringLiteral("two\nlines")),
             QStringLiteral("\"two\nlines\""));
}

void TestDeliveryLogActions::exportWritesTheFilteredRows()
{
    emitToBothWebhooks();
    QTRY_VERIFY_WITH_TIMEOUT(cell(0, DeliveryLogModel::StatusColumn) == QStringLiteral("200") ||
                                 cell(1, DeliveryLogModel::StatusColumn) == QStringLiteral("200"),
                             20000);
    auto *states = child<QComboBox>("stateComboBox");
    states->setCurrentIndex(states->findData(int(DeliveryState::Succeeded)));
    QTRY_COMPARE(shownRows(), 1);
    const QString id =
        table()->model()->index(0, 0).data(DeliveryLogModel::DeliveryIdRole).toString();
    QVERIFY(!id.isEmpty());

    const QString csvPath = m_dir->filePath(QStringLiteral("export.csv"));
    FileDialogs::setNextSaveFileName(csvPath);
    exportTo(csvPath);
    const QByteArray csv = readAll(csvPath);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the header and the one row shown
    QVERIFY(lines[0].startsWith("time,webhook,event_type,state,http_status"));
    QVERIFY2(lines[1].contains("\"Commandes, \"\"Dokos\"\"\",Sales Order.on_submit,"),
             csv.constData());
    QVERIFY2(lines[1].contains(",200,1,"), csv.constData());
    QVERIFY(lines[1].trimmed().endsWith(id.toUtf8()));
    QVERIFY(!csv.contains(signingSecret()));
    QVERIFY(!csv.contains("tok-abc-123"));
    QVERIFY(ownerOnly(csvPath));
    QVERIFY(statusText().contains(QStringLiteral("export.csv")));

    const QString jsonPath = m_dir->filePath(QStringLiteral("export.json"));
    FileDialogs::setNextSaveFileName(jsonPath);
    exportTo(jsonPath);
    const QByteArray json = readAll(jsonPath);
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(row.value(QStringLiteral("webhook")).toString(), m_webhook.name);
    QCOMPARE(row.value(QStringLiteral("event_type")).toString(),
             QStringLiteral("Sales Order.on_submit"));
    QCOMPARE(row.value(QStringLiteral("http_status")).toString(), QStringLiteral("200"));
    QVERIFY(!json.contains(signingSecret()));
    QVERIFY(!json.contains("tok-abc-123"));
    QVERIFY(ownerOnly(jsonPath));

    // Cancelled: nothing written.
    const QString cancelled = m_dir->filePath(QStringLiteral("none.csv"));
    FileDialogs::setNextSaveFileName(QString());
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(cancelled));
}

void TestDeliveryLogActions::storeDeliveries(int count, const QString &type, DeliveryState state,
                                             const QUuid &webhook)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const bool stored = m_db->write(
        [&](QSqlDatabase &db, QString *workError) {
            PreparedStatements sql(db);
            Event event;
            event.id = Event::newId();
            event.type = type;
            event.source = QStringLiteral("test");
            event.occurredAt = now;
            bool inserted = false;
            if (!EventRepository::insertIfNew(sql, event, now, &inserted, workError))
                return false;
            for (int i = 0; i < count; ++i) {
                Delivery d;
                d.id = Delivery::newId();
                d.eventId = event.id;
                d.webhookId = webhook;
                d.state = state;
                d.attemptCount = 1;
                d.nextAttemptAt = now.addDays(1); // never due during the test
                d.request.method = QStringLiteral("POST");
                d.request.url = QStringLiteral("http://127.0.0.1:9/none");
                d.createdAt = now.addSecs(-i);
                if (!DeliveryRepository::insert(sql, d, true, QString(), QDateTime(), now,
                                                workError))
                    return false;
            }
            return true;
        },
        &error);
    QVERIFY2(stored, qPrintable(error));
}

void TestDeliveryLogActions::streamedJsonIsWhatQJsonDocumentWrites()
{
    QStandardItemModel model(2, DeliveryLogModel::ColumnCount);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < DeliveryLogModel::ColumnCount; ++c)
            model.setData(model.index(r, c), QStringLiteral("r%1 \"c%2\"").arg(r).arg(c));
    QJsonArray array;
    for (int r = 0; r < 2; ++r) {
        const DeliveryExport::Row row = DeliveryExport::rowAt(model, r);
        array.append(QJsonObject{{QStringLiteral("time"), row.time},
                                 {QStringLiteral("webhook"), row.webhook},
                                 {QStringLiteral("event_type"), row.eventType},
                                 {QStringLiteral("state"), row.state},
                                 {QStringLiteral("http_status"), row.status},
                                 {QStringLiteral("attempts"), row.attempts},
                                 {QStringLiteral("duration"), row.duration},
                                 {QStringLiteral("id"), row.id}});
    }
    QCOMPARE(DeliveryExport::toJson(model), QJsonDocument(array).toJson(QJsonDocument::Indented));
    QCOMPARE(DeliveryExport::toJson(QStandardItemModel()),
             QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

void TestDeliveryLogActions::exportWritesEveryMatchingRowNotOnlyThoseLoaded()
{
    const Webhook other = storeWebhook(QStringLiteral("Autre"), m_server->url());
    const QString submit = QStringLiteral("Sales Order.on_submit");
    const QString update = QStringLiteral("Sales Order.on_update_after_submit");
    storeDeliveries(250, update, DeliveryState::Succeeded, m_webhook.id); // matching
    storeDeliveries(120, submit, DeliveryState::Succeeded, m_webhook.id); // other event type
    storeDeliveries(60, update, DeliveryState::Cancelled, m_webhook.id);  // other state
    storeDeliveries(40, update, DeliveryState::Succeeded, other.id);      // other webhook

    auto *states = child<QComboBox>("stateComboBox");
    states->setCurrentIndex(states->findData(int(DeliveryState::Succeeded)));
    child<QLineEdit>("eventFilterLineEdit")->setText(QStringLiteral("after_SUBMIT"));
    m_view->refresh();
    // Only the first page of the log is loaded.
    QVERIFY(m_view->model()->rowCount() <= 100);
    QVERIFY(shownRows() < 250);
    m_view->setExportPageSize(30); // several pages

    const QString csvPath = m_dir->filePath(QStringLiteral("all.csv"));
    exportTo(csvPath);
    QVERIFY2(statusText().contains(QStringLiteral("all.csv: 250.")), qPrintable(statusText()));
    const QList<QByteArray> lines = readAll(csvPath).trimmed().split('\n');
    QCOMPARE(lines.size(), 251);
    QSet<QByteArray> ids;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines[i].contains(",Sales Order.on_update_after_submit,Succeeded,"),
                 lines[i].constData());
        QVERIFY2(lines[i].contains("\"Commandes, \"\"Dokos\"\"\""), lines[i].constData());
        ids.insert(lines[i].trimmed().split(',').last());
    }
    QCOMPARE(ids.size(), 250); // each once
    QVERIFY(ownerOnly(csvPath));

    const QString jsonPath = m_dir->filePath(QStringLiteral("all.json"));
    exportTo(jsonPath);
    const QJsonArray rows = QJsonDocument::fromJson(readAll(jsonPath)).array();
    QCOMPARE(rows.size(), 250);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[QStringLiteral("event_type")].toString(), update);
        QCOMPARE(row[QStringLiteral("webhook")].toString(), m_webhook.name);
    }
    QVERIFY(ownerOnly(jsonPath));
    // The log shown was left alone.
    QVERIFY(m_view->model()->rowCount() <= 100);
}

void TestDeliveryLogActions::exportCanBeCancelled()
{
    storeDeliveries(250, QStringLiteral("Sales Order.on_submit"), DeliveryState::Succeeded,
                    m_webhook.id);
    m_view->refresh();
    m_view->setExportPageSize(5);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    FileDialogs::setNextSaveFileName(path);
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(m_view->isExporting());
    auto *progress = child<QProgressDialog>("exportProgress");
    QVERIFY(progress->isVisible());
    QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
    // As the user does: QProgressDialog::cancel() alone does not emit canceled().
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isExporting(), 20000);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(statusText().contains(QStringLiteral("Export cancelled")), qPrintable(statusText()));
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QTRY_VERIFY(!m_view->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
}

void TestDeliveryLogActions::saveBodyWritesTheResponse()
{
    auto *save = child<QPushButton>("saveBodyButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(emitEvent(QStringLiteral("Sales Order.on_submit")).accepted);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, DeliveryLogModel::StatusColumn), QStringLiteral("200"),
                              20000);
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QTRY_VERIFY(save->isEnabled());

    const QString path = m_dir->filePath(QStringLiteral("body.json"));
    FileDialogs::setNextSaveFileName(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(path));

    FileDialogs::setNextSaveFileName(path);
    QTest::mouseClick(save, Qt::LeftButton);
    const QByteArray body = readAll(path);
    QVERIFY2(body.contains("\"rcv_42\""), body.constData());
    QVERIFY(ownerOnly(path));
    QVERIFY(statusText().contains(QStringLiteral("body.json")));
}

void TestDeliveryLogActions::trayTellsOfADisabledWebhookAndAGivenUpDelivery()
{
    MainWindow window(*m_db, *m_secrets, *m_engine);
    auto *notifier = window.findChild<TrayNotifier *>(QStringLiteral("trayNotifier"));
    QVERIFY(notifier);

    // No system tray: nothing is shown.
    TrayNotifier::setTrayAvailableForTests(false);
    Q_EMIT m_engine->webhookDisabled(m_webhook.id, QStringLiteral("too many failures"));
    QCOMPARE(notifier->lastMessage(), QString());

    TrayNotifier::setTrayAvailableForTests(true);
    Q_EMIT m_engine->webhookDisabled(m_webhook.id, QStringLiteral("too many failures"));
    QCOMPARE(notifier->lastMessage(),
             QStringLiteral("“Commandes, \"Dokos\"” was disabled: too many failures"));
    Q_EMIT m_engine->deliveryExhausted(QStringLiteral("dlv_1"), m_webhook.id,
                                       QStringLiteral("connection refused"));
    QCOMPARE(notifier->lastMessage(),
             QStringLiteral("A delivery to “Commandes, \"Dokos\"” gave up: connection refused"));
}

QTEST_MAIN(TestDeliveryLogActions)
#include "tst_deliverylogactions.moc"
