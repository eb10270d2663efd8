// Settings: the dialog checks what is typed, the controller puts the
// choices into effect (intake endpoint, network policy, retention,
// dispatcher), and everything is remembered.
#include "GuiEngineFixture.h"
#include "NamedChild.h"

#include "gui/AppSettings.h"
#include "gui/IntakeController.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/SettingsController.h"
#include "gui/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

using namespace relais;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

// Posts an event to the intake endpoint and returns the HTTP status.
int postEvent(quint16 port, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.post(
        request, QByteArrayLiteral(R"({"type":"Sales Order.on_submit","data":{"name":"SO-1"}})"));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestSettings final : public QObject, public GuiEngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        setUpEngine();
        m_intake = std::make_unique<IntakeController>(m_engine->sink(), *m_secrets);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_intake.reset();
        tearDownEngine();
    }

    void settingsAreRememberedWithSensibleDefaults();
    void wrongEntriesBlockOkWithTheirMessage();
    void theDialogReturnsWhatWasChosen();
    void theIntakeStartsMovesAndStops();
    void aPortInUseIsReportedNotFatal();
    void regeneratingTheTokenTakesEffectAtOnce();
    void theControllerAppliesPolicyRetentionAndDispatcher();
    void theMainWindowOffersSettingsAndShowsTheIntake();
    void screenshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return namedChild<T>(m_dialog.get(), name);
    }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    void openDialog(const AppSettings &s = AppSettings())
    {
        m_dialog = std::make_unique<SettingsDialog>(s, *m_intake);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    std::unique_ptr<IntakeController> m_intake;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettings::settingsAreRememberedWithSensibleDefaults()
{
    const AppSettings defaults = AppSettings::load();
    QVERIFY(defaults.language.isEmpty());
    QVERIFY(defaults.databaseUrl.isEmpty());
    QVERIFY(defaults.dispatcherRunning);
    QVERIFY(defaults.intakeEnabled);
    QCOMPARE(defaults.intakePort, 8645);
    QCOMPARE(defaults.retentionDays, 30);
    QCOMPARE(defaults.policyMode, NetworkPolicy::Mode::Any);

    AppSettings changed;
    changed.language = QStringLiteral("fr");
    changed.databaseUrl = QStringLiteral("sqlite:///srv/relais/team.db");
    changed.dispatcherRunning = false;
    changed.retentionDays = 7;
    changed.intakeEnabled = false;
    changed.intakePort = 9100;
    changed.policyMode = NetworkPolicy::Mode::AllowList;
    changed.allowList = {QStringLiteral("*.erp.example"), QStringLiteral("10.0.0.0/8")};
    changed.save();
    QCOMPARE(AppSettings::load(), changed);
}

void TestSettings::wrongEntriesBlockOkWithTheirMessage()
{
    openDialog();
    QVERIFY(okButton()->isEnabled());

    child<QTabWidget>("tabs")->setCurrentIndex(1);
    QTest::mouseClick(child<QRadioButton>("allowListRadio"), Qt::LeftButton);
    auto *error = child<QLabel>("policyErrorLabel");
    QVERIFY(!okButton()->isEnabled()); // an empty list would block everything
    QVERIFY(error->text().contains(QStringLiteral("at least one")));
    QTest::keyClicks(child<QPlainTextEdit>("allowListEdit"), QStringLiteral("10.0.0.0/99"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("10.0.0.0/99")), qPrintable(error->text()));
    child<QPlainTextEdit>("allowListEdit")
        ->setPlainText(QStringLiteral("10.0.0.0/8\n*.erp.example"));
    QVERIFY(okButton()->isEnabled());
    QVERIFY(error->isHidden());

    child<QTabWidget>("tabs")->setCurrentIndex(3);
    auto *database = child<QLineEdit>("databaseLineEdit");
    QTest::keyClicks(database, QStringLiteral("postgresql://"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!child<QLabel>("databaseErrorLabel")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>("defaultDatabaseButton"), Qt::LeftButton);
    QVERIFY(database->text().isEmpty());
    QVERIFY(okButton()->isEnabled());
}

void TestSettings::theDialogReturnsWhatWasChosen()
{
    openDialog();
    auto *language = child<QComboBox>("languageComboBox");
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY(child<QLabel>("languageNoteLabel")->text().contains(QStringLiteral("next starts")));
    child<QCheckBox>("dispatcherCheckBox")->setChecked(false);
    child<QSpinBox>("retentionSpinBox")->setValue(0);
    QCOMPARE(child<QSpinBox>("retentionSpinBox")->text(), QStringLiteral("forever"));
    QTest::mouseClick(child<QRadioButton>("publicOnlyRadio"), Qt::LeftButton);
    child<QSpinBox>("portSpinBox")->setValue(9123);
    QVERIFY(child<QLabel>("intakeNoteLabel")->text().contains(QStringLiteral("127.0.0.1:9123")));
    child<QLineEdit>("databaseLineEdit")->setText(QStringLiteral("/srv/relais/team.db"));

    const AppSettings s = m_dialog->settings();
    QCOMPARE(s.language, QStringLiteral("fr"));
    QVERIFY(!s.dispatcherRunning);
    QCOMPARE(s.retentionDays, 0);
    QCOMPARE(s.policyMode, NetworkPolicy::Mode::PublicOnly);
    QCOMPARE(s.intakePort, 9123);
    QCOMPARE(s.databaseUrl, QStringLiteral("sqlite:///srv/relais/team.db"));
}

void TestSettings::theIntakeStartsMovesAndStops()
{
    QSignalSpy status(m_intake.get(), &IntakeController::statusChanged);
    const quint16 first = freePort();
    QString error;
    QVERIFY2(m_intake->apply(true, first, &error), qPrintable(error));
    QVERIFY(m_intake->isListening());
    QCOMPARE(m_intake->port(), first);
    QCOMPARE(status.last().first().toString(), QStringLiteral("Intake 127.0.0.1:%1").arg(first));
    const QByteArray token = m_intake->token(&error);
    QVERIFY(!token.isEmpty());
    QCOMPARE(postEvent(first, token), 202);

    const quint16 second = freePort();
    QVERIFY(m_intake->apply(true, second, &error));
    QCOMPARE(m_intake->port(), second);
    QCOMPARE(postEvent(second, token), 202);

    QVERIFY(m_intake->apply(false, second, &error));
    QVERIFY(!m_intake->isListening());
    QCOMPARE(m_intake->statusText(), QStringLiteral("Intake off"));
}

void TestSettings::aPortInUseIsReportedNotFatal()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SettingsController controller(*m_engine, *m_intake);
    AppSettings s;
    s.intakePort = squatter.serverPort();
    const QString problems = controller.apply(s);
    QVERIFY2(problems.contains(QString::number(squatter.serverPort())), qPrintable(problems));
    QVERIFY(!m_intake->isListening());
    QVERIFY(m_intake->statusText().startsWith(QStringLiteral("Intake stopped:")));
    QVERIFY(m_engine->isRunning()); // the rest still applies
    squatter.close();
}

void TestSettings::regeneratingTheTokenTakesEffectAtOnce()
{
    const quint16 port = freePort();
    QString error;
    QVERIFY(m_intake->apply(true, port, &error));
    openDialog();
    child<QTabWidget>("tabs")->setCurrentIndex(2);
    auto *token = child<QLineEdit>("tokenLineEdit");
    const QByteArray before = token->text().toLatin1();
    QCOMPARE(before, m_intake->token(&error));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("revealTokenButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>("regenerateTokenButton"), Qt::LeftButton);
    QCOMPARE(token->text().toLatin1(), before);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("regenerateTokenButton"), Qt::LeftButton);
    const QByteArray after = token->text().toLatin1();
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(postEvent(port, before), 401);
    QCOMPARE(postEvent(port, after), 202);
}

void TestSettings::theControllerAppliesPolicyRetentionAndDispatcher()
{
    SettingsController controller(*m_engine, *m_intake);
    QSignalSpy dispatcher(&controller, &SettingsController::dispatcherChanged);
    AppSettings s;
    s.intakeEnabled = false;
    s.policyMode = NetworkPolicy::Mode::AllowList;
    s.allowList = {QStringLiteral("hooks.example.org")};
    s.retentionDays = 3;
    s.dispatcherRunning = false;
    QCOMPARE(controller.apply(s), QString());
    QCOMPARE(m_engine->options().networkPolicy.mode(), NetworkPolicy::Mode::AllowList);
    QCOMPARE(m_engine->options().retentionDays, 3);
    QVERIFY(!m_engine->isRunning());
    QCOMPARE(dispatcher.size(), 1);

    s.dispatcherRunning = true;
    s.policyMode = NetworkPolicy::Mode::PublicOnly;
    QCOMPARE(controller.apply(s), QString());
    QVERIFY(m_engine->isRunning());
    QCOMPARE(m_engine->options().networkPolicy.mode(), NetworkPolicy::Mode::PublicOnly);

    controller.dispatcherToggled(false); // the status bar's button is remembered
    QVERIFY(!AppSettings::load().dispatcherRunning);
}

void TestSettings::theMainWindowOffersSettingsAndShowsTheIntake()
{
    MainWindow window(*m_db, *m_secrets, *m_engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy requested(&window, &MainWindow::settingsRequested);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    action->trigger();
    QCOMPARE(requested.size(), 1);

    auto *intake = window.findChild<QLabel *>(QStringLiteral("intakeLabel"));
    QVERIFY(intake);
    QVERIFY(intake->isHidden());
    window.setIntakeStatus(QStringLiteral("Intake 127.0.0.1:8645"));
    QVERIFY(intake->isVisible());
    QCOMPARE(intake->text(), QStringLiteral("Intake 127.0.0.1:8645"));
}

// Opt-in: RELAIS_SCREENSHOT_DIR=docs/screenshots writes settings-*.png there.
void TestSettings::screenshot()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to write the Settings screenshots");
    QString error;
    QVERIFY(m_intake->apply(true, freePort(), &error));
    AppSettings s;
    s.policyMode = NetworkPolicy::Mode::AllowList;
    s.allowList = {QStringLiteral("hooks.example.org"), QStringLiteral("*.erp.example"),
                   QStringLiteral("10.20.0.0/16")};
    s.retentionDays = 90;
    openDialog(s);
    m_dialog->resize(680, 520);
    const QList<QPair<int, QString>> tabs = {{1, QStringLiteral("settings-delivery.png")},
                                             {2, QStringLiteral("settings-intake.png")}};
    for (const auto &[index, name] : tabs) {
        child<QTabWidget>("tabs")->setCurrentIndex(index);
        QTest::qWait(100);
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name)));
    }
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
