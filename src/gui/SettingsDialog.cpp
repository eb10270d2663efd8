#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "EditorPage.h"
#include "FileDialogs.h"
#include "IntakeController.h"
#include "MessageBoxes.h"

#include "storage/DatabaseUrl.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
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

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, IntakeController &intake,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_intake(intake)
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

    const auto changed = [this] {
        revalidate();
        updateNotes();
    };
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->databaseLineEdit, &QLineEdit::textChanged, this, changed);
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

} // namespace relais
