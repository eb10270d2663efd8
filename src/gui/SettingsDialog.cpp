#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "EditorPage.h"
#include "FileDialogs.h"
#include "IntakeController.h"
#include "MessageBoxes.h"

#include "secrets/SecretStore.h"
#include "service/DatabaseLogin.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>

namespace relais {

namespace {

// The database as the user reads it: a plain path for SQLite files.
QString shownDatabase(const QString &url)
{
    DatabaseUrl parsed;
    if (url.isEmpty() || !DatabaseUrl::parse(url, &parsed, nullptr))
        return url;
    return parsed.kind == DatabaseUrl::Kind::Sqlite ? parsed.path : url;
}

// What the user typed, as a database URL (a path becomes sqlite:///path).
QString typedDatabase(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1String("://")) || t.startsWith(QLatin1String("sqlite:")))
        return t;
    return QStringLiteral("sqlite://") + (t.startsWith(u'/') ? t : u'/' + t);
}

// Whether the typed location is meant as a PostgreSQL URL, even while it is
// still incomplete (so that the password field does not flicker).
bool looksLikePostgres(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, IntakeController &intake,
                               SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_intake(intake)
    , m_secrets(secrets)
    , m_initial(current)
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("The system’s language"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->retentionSpinBox->setRange(0, 3650);
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
    m_ui->retentionSpinBox->setSpecialValueText(tr("forever"));
    m_ui->portSpinBox->setRange(1024, 65535);
    m_ui->allowListEdit->setPlaceholderText(tr("hooks.example.org\n*.erp.example\n10.20.0.0/16"));
    m_ui->databaseLineEdit->setPlaceholderText(DatabaseUrl::defaultLocation().path);
    m_ui->databaseLineEdit->setClearButtonEnabled(true);
    m_ui->tokenLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->testResultIconLabel->hide();
    m_ui->testResultLabel->hide();
    for (QLabel *l : {m_ui->databaseErrorLabel, m_ui->policyErrorLabel, m_ui->intakeErrorLabel})
        EditorPage::setErrorText(l, QString());
    EditorPage::setNoteText(m_ui->policyNoteLabel,
                            tr("Checked on the address each name resolves to, just before "
                               "connecting, so that a name cannot lead to a forbidden address. "
                               "Applies from the next request."));
    EditorPage::setNoteText(m_ui->retentionNoteLabel,
                            tr("Attempts older than this are deleted, with their requests and "
                               "responses, once an hour."));

    load(current);
    loadToken();
    loadSavedPassword(current);

    const auto changed = [this] {
        revalidate();
        updateNotes();
        updateLogin();
    };
    const auto loginChanged = [this, changed] {
        clearProbe();
        changed();
    };
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->databaseLineEdit, &QLineEdit::textChanged, this, loginChanged);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, loginChanged);
    connect(m_ui->forgetPasswordButton, &QPushButton::clicked, this,
            &SettingsDialog::forgetPassword);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &SettingsDialog::testConnection);
    connect(m_ui->allowListEdit, &QPlainTextEdit::textChanged, this, changed);
    for (QRadioButton *r : {m_ui->anyTargetRadio, m_ui->publicOnlyRadio, m_ui->allowListRadio})
        connect(r, &QRadioButton::toggled, this, changed);
    connect(m_ui->intakeCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->browseDatabaseButton, &QPushButton::clicked, this,
            &SettingsDialog::browseDatabase);
    connect(m_ui->defaultDatabaseButton, &QPushButton::clicked, m_ui->databaseLineEdit,
            &QLineEdit::clear);
    connect(m_ui->revealTokenButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->tokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealTokenButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
    });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &SettingsDialog::copyToken);
    connect(m_ui->regenerateTokenButton, &QPushButton::clicked, this,
            &SettingsDialog::regenerateToken);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    changed();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load(const AppSettings &s)
{
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(s.language)));
    m_ui->databaseLineEdit->setText(shownDatabase(s.databaseUrl));
    m_ui->dispatcherCheckBox->setChecked(s.dispatcherRunning);
    m_ui->retentionSpinBox->setValue(s.retentionDays);
    m_ui->anyTargetRadio->setChecked(s.policyMode == NetworkPolicy::Mode::Any);
    m_ui->publicOnlyRadio->setChecked(s.policyMode == NetworkPolicy::Mode::PublicOnly);
    m_ui->allowListRadio->setChecked(s.policyMode == NetworkPolicy::Mode::AllowList);
    m_ui->allowListEdit->setPlainText(s.allowList.join(u'\n'));
    m_ui->intakeCheckBox->setChecked(s.intakeEnabled);
    m_ui->portSpinBox->setValue(s.intakePort);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.language = m_ui->languageComboBox->currentData().toString();
    s.databaseUrl = typedDatabase(m_ui->databaseLineEdit->text());
    s.dispatcherRunning = m_ui->dispatcherCheckBox->isChecked();
    s.retentionDays = m_ui->retentionSpinBox->value();
    s.policyMode = m_ui->publicOnlyRadio->isChecked()  ? NetworkPolicy::Mode::PublicOnly
                   : m_ui->allowListRadio->isChecked() ? NetworkPolicy::Mode::AllowList
                                                       : NetworkPolicy::Mode::Any;
    for (const QString &line : m_ui->allowListEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            s.allowList << line.trimmed();
    }
    s.intakeEnabled = m_ui->intakeCheckBox->isChecked();
    s.intakePort = m_ui->portSpinBox->value();
    return s;
}

void SettingsDialog::revalidate()
{
    const AppSettings s = settings();
    QString databaseError;
    DatabaseUrl parsed;
    if (!s.databaseUrl.isEmpty())
        DatabaseUrl::parse(s.databaseUrl, &parsed, &databaseError);
    EditorPage::setErrorText(m_ui->databaseErrorLabel, databaseError);

    QString policyError;
    NetworkPolicy policy;
    if (s.policyMode == NetworkPolicy::Mode::AllowList) {
        if (s.allowList.isEmpty())
            policyError = tr("Add at least one host, address or range, or choose another "
                             "option: an empty list would block every delivery.");
        else
            s.networkPolicy(&policy, &policyError);
    }
    EditorPage::setErrorText(m_ui->policyErrorLabel, policyError);
    m_ui->allowListEdit->setEnabled(s.policyMode == NetworkPolicy::Mode::AllowList);

    m_ui->portSpinBox->setEnabled(s.intakeEnabled);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(databaseError.isEmpty() && policyError.isEmpty());
}

void SettingsDialog::updateNotes()
{
    const AppSettings s = settings();
    EditorPage::setNoteText(m_ui->languageNoteLabel,
                            s.language != m_initial.language
                                ? tr("Relais speaks the new language when it next starts.")
                                : QString());
    EditorPage::setNoteText(
        m_ui->databaseNoteLabel,
        (s.databaseUrl != m_initial.databaseUrl
             ? tr("Relais opens this database when it next starts.") + u' '
             : QString()) +
            tr("Empty: the default file in your data folder. A postgresql:// URL connects to "
               "a team server. relaisctl uses the database given with --db or RELAIS_DB."));
    const QString url =
        QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_ui->portSpinBox->value());
    EditorPage::setNoteText(m_ui->intakeNoteLabel,
                            s.intakeEnabled
                                ? tr("Systems on this computer post events to %1 with the "
                                     "header “Authorization: Bearer <token>”. relaisctl intake "
                                     "token prints the token too.")
                                      .arg(url)
                                : tr("Events can still be emitted from this window and with "
                                     "relaisctl emit."));
}

void SettingsDialog::browseDatabase()
{
    const QString current = m_ui->databaseLineEdit->text().trimmed();
    const QString file =
        FileDialogs::saveFileName(this, tr("Database file"),
                                  current.isEmpty() || current.contains(QLatin1String("://"))
                                      ? DatabaseUrl::defaultLocation().path
                                      : current,
                                  tr("SQLite databases (*.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        m_ui->databaseLineEdit->setText(file);
}

void SettingsDialog::loadToken()
{
    QString error;
    const QByteArray token = m_intake.token(&error);
    m_ui->tokenLineEdit->setText(QString::fromLatin1(token));
    m_ui->copyTokenButton->setEnabled(!token.isEmpty());
    m_ui->revealTokenButton->setEnabled(!token.isEmpty());
    EditorPage::setErrorText(m_ui->intakeErrorLabel,
                             token.isEmpty() ? tr("The token cannot be read: %1").arg(error)
                                             : QString());
}

void SettingsDialog::copyToken()
{
    QGuiApplication::clipboard()->setText(m_ui->tokenLineEdit->text());
    m_ui->copyTokenButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_ui->copyTokenButton->setText(tr("&Copy")); });
}

void SettingsDialog::regenerateToken()
{
    const auto answer = MessageBoxes::question(
        this, tr("Regenerate the token"), tr("Replace the intake token?"),
        tr("Systems that post events with the current token are refused from now on, until "
           "they use the new one."),
        tr("&Regenerate"), QMessageBox::Warning);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    const QByteArray token = m_intake.regenerateToken(&error);
    if (token.isEmpty()) {
        EditorPage::setErrorText(m_ui->intakeErrorLabel,
                                 tr("The token was not replaced: %1").arg(error));
        return;
    }
    m_ui->tokenLineEdit->setText(QString::fromLatin1(token));
    EditorPage::setErrorText(m_ui->intakeErrorLabel, QString());
}

bool SettingsDialog::typedUrl(DatabaseUrl *url) const
{
    const QString typed = typedDatabase(m_ui->databaseLineEdit->text());
    if (typed.isEmpty()) {
        *url = DatabaseUrl::defaultLocation();
        return true;
    }
    return DatabaseUrl::parse(typed, url, nullptr);
}

bool SettingsDialog::hasSavedPassword(const DatabaseUrl &url) const
{
    return !m_forgetSaved && !m_savedKey.isEmpty() && url.kind == DatabaseUrl::Kind::Postgres &&
           DatabaseLogin::keychainKey(url) == m_savedKey;
}

void SettingsDialog::loadSavedPassword(const AppSettings &s)
{
    // Only whether there is one: the secret itself never reaches a widget.
    DatabaseUrl url;
    if (s.databaseUrl.isEmpty() || !DatabaseUrl::parse(s.databaseUrl, &url, nullptr) ||
        url.kind != DatabaseUrl::Kind::Postgres)
        return;
    const QString key = DatabaseLogin::keychainKey(url);
    const SecretStore::Result saved = m_secrets.read(key);
    if (saved.ok())
        m_savedKey = key;
}

void SettingsDialog::updateLogin()
{
    const bool postgres = looksLikePostgres(m_ui->databaseLineEdit->text());
    m_ui->passwordLabel->setEnabled(postgres);
    m_ui->passwordLineEdit->setEnabled(postgres);
    DatabaseUrl url;
    const bool valid = typedUrl(&url);
    const bool saved = valid && hasSavedPassword(url);
    const bool forgotten = valid && postgres && m_forgetSaved && !m_savedKey.isEmpty() &&
                           DatabaseLogin::keychainKey(url) == m_savedKey;
    m_ui->passwordLineEdit->setPlaceholderText(!postgres ? tr("For PostgreSQL only")
                                               : saved   ? tr("Saved in the keychain")
                                                         : QString());
    m_ui->forgetPasswordButton->setVisible(saved);
    QString note;
    if (saved)
        note = tr("Kept in the keychain, never in the settings. Leave empty to keep the saved "
                  "password.");
    else if (forgotten)
        note = tr("The saved password is removed from the keychain when you click OK.");
    else if (postgres)
        note = tr("Kept in the keychain, never in the settings. Leave empty to use ~/.pgpass or "
                  "PGPASSWORD.");
    EditorPage::setNoteText(m_ui->passwordNoteLabel, note);
    m_ui->testConnectionButton->setEnabled(valid && !m_probing);
    m_ui->testConnectionButton->setText(m_probing ? tr("Testing…") : tr("&Test connection"));
}

void SettingsDialog::forgetPassword()
{
    m_forgetSaved = true;
    clearProbe();
    updateLogin();
}

void SettingsDialog::testConnection()
{
    DatabaseUrl url;
    if (m_probing || !typedUrl(&url))
        return;
    QString keychainNote;
    if (url.kind == DatabaseUrl::Kind::Postgres) {
        url.password = m_ui->passwordLineEdit->text();
        if (url.password.isEmpty() && hasSavedPassword(url))
            DatabaseLogin::addPassword(&url, m_secrets, &keychainNote);
    }
    clearProbe();
    const quint64 ticket = m_probeTicket;
    m_probing = true;
    updateLogin();
    QPointer<SettingsDialog> self(this);
    // The probe waits up to the connect timeout: never on the GUI thread. It
    // holds copies only, so the dialog may close meanwhile; the application
    // waits for the global pool before it quits.
    QThreadPool::globalInstance()->start([self, url, ticket, keychainNote] {
        const bool newFile = url.kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url.path);
        Database::Probe probe = Database::probe(url);
        if (!probe.ok && !keychainNote.isEmpty())
            probe.error += u' ' + tr("(The keychain could not be read: %1)").arg(keychainNote);
        if (probe.server.isEmpty())
            probe.server = url.kind == DatabaseUrl::Kind::Sqlite ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL");
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, probe, newFile] {
                if (self)
                    self->showProbe(ticket, probe, newFile);
            },
            Qt::QueuedConnection);
    });
}

void SettingsDialog::showProbe(quint64 ticket, const Database::Probe &probe, bool newFile)
{
    if (ticket != m_probeTicket)
        return; // the database or password changed meanwhile
    m_probing = false;
    updateLogin();
    const int latest = Database::latestSchemaVersion();
    enum class Verdict
    {
        Good,
        Warning,
        Bad
    } verdict = Verdict::Good;
    QString text;
    if (!probe.ok) {
        verdict = Verdict::Bad;
        text = probe.error;
    } else if (newFile) {
        text = tr("%1: the file does not exist yet; Relais will create it, with its tables.")
                   .arg(probe.server);
    } else {
        text = tr("Connected to %1.").arg(probe.server) + u' ';
        if (probe.schemaVersion == 0) {
            text += tr("The database is empty: Relais will create its tables.");
        } else if (probe.schemaVersion == latest) {
            text += tr("Schema %1, up to date.").arg(probe.schemaVersion);
        } else if (probe.schemaVersion < latest) {
            text += tr("Schema %1: Relais will upgrade it to %2 when it opens it.")
                        .arg(probe.schemaVersion)
                        .arg(latest);
        } else {
            verdict = Verdict::Warning;
            text += tr("Schema %1 is newer than this Relais (%2): upgrade Relais.")
                        .arg(probe.schemaVersion)
                        .arg(latest);
        }
    }
    const QStyle::StandardPixmap icon = verdict == Verdict::Good ? QStyle::SP_DialogApplyButton
                                        : verdict == Verdict::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->testResultIconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
    m_ui->testResultIconLabel->show();
    m_ui->testResultLabel->setText(text);
    QPalette pal = m_ui->testResultLabel->palette();
    pal.setColor(QPalette::WindowText, verdict == Verdict::Good ? EditorPage::successColor(pal)
                                                                : EditorPage::errorColor(pal));
    m_ui->testResultLabel->setPalette(pal);
    m_ui->testResultLabel->show();
}

void SettingsDialog::clearProbe()
{
    ++m_probeTicket;
    m_probing = false;
    m_ui->testResultIconLabel->hide();
    m_ui->testResultLabel->hide();
    m_ui->testResultLabel->clear();
}

void SettingsDialog::accept()
{
    DatabaseUrl url;
    const QString typed = typedDatabase(m_ui->databaseLineEdit->text());
    if (!typed.isEmpty() && DatabaseUrl::parse(typed, &url, nullptr) &&
        url.kind == DatabaseUrl::Kind::Postgres) {
        const QString password = m_ui->passwordLineEdit->text();
        SecretStore::Result stored;
        if (!password.isEmpty())
            stored = DatabaseLogin::storePassword(url, m_secrets, password.toUtf8());
        else if (m_forgetSaved && DatabaseLogin::keychainKey(url) == m_savedKey)
            stored = DatabaseLogin::forgetPassword(url, m_secrets);
        if (!stored.ok()) {
            m_ui->tabs->setCurrentWidget(m_ui->databaseTab);
            MessageBoxes::warning(
                this, tr("Settings"),
                password.isEmpty()
                    ? tr("The saved database password could not be removed from the keychain.")
                    : tr("The database password could not be saved in the keychain."),
                stored.error + u'\n' + u'\n' +
                    tr("Nothing was changed. Unlock the keychain and click OK again, or "
                       "leave the password empty to use ~/.pgpass or PGPASSWORD."));
            return;
        }
    }
    QDialog::accept();
}

} // namespace relais
