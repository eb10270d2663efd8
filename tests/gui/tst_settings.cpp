// Settings: the dialog checks what is typed, the controller puts the
// choices into effect (intake endpoint, network policy, retention,
// dispatcher), and everything is remembered. The database's password goes
// to the keychain, never into the settings. Also run against PostgreSQL
// (tst_settings_pg) for "Test connection" with a password.
#include "GuiEngineFixture.h"
#include "NamedChild.h"
#include "support/TestBackend.h"

#include "gui/AppSettings.h"
#include "gui/IntakeController.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/SettingsController.h"
#include "gui/SettingsDialog.h"
#include "service/DatabaseLogin.h"

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
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThreadPool>

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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Both variants may run at once: each keeps its own settings file.
        if (test::onPostgres())
            QCoreApplication::setApplicationName(QStringLiteral("tst_settings_pg"));
    }
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
    void testConnectionReportsAnSqliteFile();
    void closingWhileTestingIsSafe();
    void aPostgresPasswordIsTestedThenKeptInTheKeychain();
    void aLockedKeychainKeepsTheDialogOpen();
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
    // Clicks Test connection and returns the result shown, once there is one.
    QString testConnection()
    {
        auto *button = child<QPushButton>("testConnectionButton");
        auto *result = child<QLabel>("testResultLabel");
        if (!button->isEnabled())
            return QStringLiteral("(Test connection is disabled)");
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([result] { return result->isVisible(); }, 20000))
            return QStringLiteral("(no result)");
        if (!button->isEnabled() || button->text() != QStringLiteral("&Test connection"))
            return QStringLiteral("(the button was not restored)");
        return result->text();
    }
    void openDialog(const AppSettings &s = AppSettings())
    {
        m_dialog = std::make_unique<SettingsDialog>(s, *m_intake, *m_secrets);
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
    SettingsController controller(*m_engine, *m_intake, *m_secrets);
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
    SettingsController controller(*m_engine, *m_intake, *m_secrets);
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

void TestSettings::testConnectionReportsAnSqliteFile()
{
    openDialog();
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    auto *database = child<QLineEdit>("databaseLineEdit");
    auto *password = child<QLineEdit>("passwordLineEdit");
    auto *button = child<QPushButton>("testConnectionButton");
    auto *result = child<QLabel>("testResultLabel");
    QVERIFY(!password->isEnabled()); // SQLite has no password
    QVERIFY(result->isHidden());

    // A file still to be created.
    const QString fresh = m_dir->filePath(QStringLiteral("new/team.db"));
    QTest::keyClicks(database, fresh);
    QVERIFY(!password->isEnabled());
    QString text = testConnection();
    QVERIFY2(text.contains(QStringLiteral("SQLite")) &&
                 text.contains(QStringLiteral("does not exist yet")),
             qPrintable(text));
    QVERIFY(!QFileInfo::exists(fresh)); // testing changes nothing

    // A migrated SQLite file: its version, schema up to date.
    const QString migrated = m_dir->filePath(QStringLiteral("migrated.db"));
    {
        QString openError;
        QVERIFY2(Database::openSqliteFile(migrated, &openError), qPrintable(openError));
    }
    database->setText(migrated);
    QVERIFY(result->isHidden()); // the old result went with the old location
    text = testConnection();
    QVERIFY2(text.startsWith(QStringLiteral("Connected to SQLite 3.")), qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral("Schema %1, up to date.").arg(Database::latestSchemaVersion())),
             qPrintable(text));

    const auto sqliteAt = [](const QString &path, int version) {
        DatabaseUrl url;
        url.path = path;
        QString error;
        return Database::openAtVersion(url, version, &error) != nullptr;
    };
    // An empty file: Relais will create its tables.
    const QString empty = m_dir->filePath(QStringLiteral("empty.db"));
    QVERIFY(sqliteAt(empty, 0));
    database->setText(empty);
    text = testConnection();
    QVERIFY2(text.contains(QStringLiteral("The database is empty")), qPrintable(text));

    // An older schema is upgraded when Relais opens it.
    const QString old = m_dir->filePath(QStringLiteral("old.db"));
    QVERIFY(sqliteAt(old, 1));
    database->setText(old);
    text = testConnection();
    QVERIFY2(text.contains(QStringLiteral("Schema 1: Relais will upgrade it to %1")
                               .arg(Database::latestSchemaVersion())),
             qPrintable(text));

    // A schema newer than this Relais: the user is told to upgrade.
    const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
    QVERIFY(sqliteAt(newer, 1));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    database->setText(newer);
    text = testConnection();
    QVERIFY2(text.contains(QStringLiteral("Schema 99 is newer than this Relais (%1)")
                               .arg(Database::latestSchemaVersion())),
             qPrintable(text));

    // A folder is no database file.
    const QString folder = m_dir->filePath(QStringLiteral("folder.db"));
    QVERIFY(QDir().mkpath(folder));
    database->setText(folder);
    const QString failure = testConnection();
    QVERIFY2(!failure.isEmpty() && !failure.startsWith(QStringLiteral("Connected")) &&
                 !failure.startsWith(u'('),
             qPrintable(failure));
    QVERIFY(button->isEnabled());
}

void TestSettings::closingWhileTestingIsSafe()
{
    // A server that never answers: the probe waits in its worker thread
    // while the dialog goes away.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    AppSettings s;
    s.databaseUrl =
        QStringLiteral("postgresql://relais@127.0.0.1:%1/relais").arg(silent.serverPort());
    openDialog(s);
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    auto *button = child<QPushButton>("testConnectionButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Testing…"));
    // Editing drops the test under way.
    QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), QStringLiteral("x"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    m_dialog.reset();
    QTest::qWait(200);
    silent.close(); // the probe fails now, with nobody left to tell
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
    QCoreApplication::processEvents();
}

void TestSettings::aPostgresPasswordIsTestedThenKeptInTheKeychain()
{
    if (!test::onPostgres())
        QSKIP("needs the test PostgreSQL cluster (RELAIS_TEST_PG_DIR, tst_settings_pg)");
    const QString urlText = test::pgClusterFile(QStringLiteral("password-url"));
    const QString secret = test::pgClusterFile(QStringLiteral("password"));
    DatabaseUrl url;
    QVERIFY(DatabaseUrl::parse(urlText, &url, nullptr));
    const QString key = DatabaseLogin::keychainKey(url);

    openDialog();
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    auto *database = child<QLineEdit>("databaseLineEdit");
    auto *password = child<QLineEdit>("passwordLineEdit");
    QTest::keyClicks(database, urlText);
    QVERIFY(password->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(child<QLabel>("passwordNoteLabel")->text().contains(QStringLiteral("~/.pgpass")));
    QVERIFY(child<QPushButton>("forgetPasswordButton")->isHidden());

    // No password anywhere: the server says so, and what to do.
    QString text = testConnection();
    QVERIFY2(text.contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                 !text.startsWith(QStringLiteral("Connected")),
             qPrintable(text));

    QTest::keyClicks(password, secret);
    QVERIFY(child<QLabel>("testResultLabel")->isHidden());
    text = testConnection();
    QVERIFY2(text.startsWith(QStringLiteral("Connected to PostgreSQL ")), qPrintable(text));

    // OK keeps the password in the keychain, never in the settings.
    QCOMPARE(m_secrets->read(key).status, SecretStore::Status::NotFound);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const SecretStore::Result stored = m_secrets->read(key);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, secret.toUtf8());
    const AppSettings chosen = m_dialog->settings();
    QCOMPARE(chosen.databaseUrl, urlText);
    chosen.save(); // as SettingsController does
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(url.host.toUtf8()));
    QVERIFY(!saved.contains(secret.toUtf8()));

    // Reopened: the password is said to be saved, not shown, and enough.
    openDialog(chosen);
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    password = child<QLineEdit>("passwordLineEdit");
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), QStringLiteral("Saved in the keychain"));
    QVERIFY(child<QPushButton>("forgetPasswordButton")->isVisible());
    text = testConnection();
    QVERIFY2(text.startsWith(QStringLiteral("Connected to PostgreSQL ")), qPrintable(text));

    // Forgotten: the test no longer uses it, and OK removes it.
    QTest::mouseClick(child<QPushButton>("forgetPasswordButton"), Qt::LeftButton);
    QVERIFY(password->placeholderText().isEmpty());
    QVERIFY(child<QPushButton>("forgetPasswordButton")->isHidden());
    text = testConnection();
    QVERIFY2(!text.startsWith(QStringLiteral("Connected")), qPrintable(text));
    QVERIFY(m_secrets->read(key).ok()); // not before OK
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_secrets->read(key).status, SecretStore::Status::NotFound);
}

void TestSettings::aLockedKeychainKeepsTheDialogOpen()
{
    openDialog();
    child<QTabWidget>("tabs")->setCurrentIndex(0);
    const QString urlText = QStringLiteral("postgresql://relais@db.example:5432/relais");
    child<QLineEdit>("databaseLineEdit")->setText(urlText);
    QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), QStringLiteral("s3cr3t"));
    m_secrets->setLocked(true);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(!MessageBoxes::hasNextAnswer()); // the warning was shown
    QVERIFY2(MessageBoxes::lastHookedText().contains(QStringLiteral("could not be saved")),
             qPrintable(MessageBoxes::lastHookedText()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // not accepted
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), 3);
    QCOMPARE(child<QLineEdit>("passwordLineEdit")->text(), QStringLiteral("s3cr3t"));

    m_secrets->setLocked(false);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    DatabaseUrl url;
    QVERIFY(DatabaseUrl::parse(urlText, &url, nullptr));
    QCOMPARE(m_secrets->read(DatabaseLogin::keychainKey(url)).value, QByteArrayLiteral("s3cr3t"));
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
    // The Database tab after a successful Test connection.
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    child<QLineEdit>("databaseLineEdit")->setText(m_dir->filePath(QStringLiteral("relais.db")));
    const QString result = testConnection();
    QVERIFY2(result.startsWith(QStringLiteral("Connected")), qPrintable(result));
    QTest::qWait(100);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("settings-database.png"))));
    if (!test::onPostgres())
        return;
    // On PostgreSQL, with a password typed (for checking the layout).
    child<QLineEdit>("databaseLineEdit")
        ->setText(test::pgClusterFile(QStringLiteral("password-url")));
    child<QLineEdit>("passwordLineEdit")->setText(test::pgClusterFile(QStringLiteral("password")));
    const QString pgResult = testConnection();
    QVERIFY2(pgResult.startsWith(QStringLiteral("Connected")), qPrintable(pgResult));
    QTest::qWait(100);
    QVERIFY(m_dialog->grab().save(
        QDir(dir).filePath(QStringLiteral("settings-database-postgres.png"))));
    // Reopened with the password saved.
    QTest::mouseClick(okButton(), Qt::LeftButton);
    openDialog(m_dialog->settings());
    m_dialog->resize(680, 520);
    child<QTabWidget>("tabs")->setCurrentIndex(3);
    QTest::qWait(100);
    QVERIFY(
        m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("settings-database-saved.png"))));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
