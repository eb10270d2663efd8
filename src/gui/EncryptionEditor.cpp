#include "EncryptionEditor.h"
#include "ui_EncryptionEditor.h"

#include "EditorPage.h"

#include "payload/FieldEncryptor.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

namespace relais {

EncryptionEditor::EncryptionEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::EncryptionEditor>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->encryptFieldsEdit->setFont(fixed);
    m_ui->publicKeyEdit->setFont(fixed);
    m_ui->encryptFieldsEdit->setPlaceholderText(
        QStringLiteral("respondent.email\nanswers[?classification==\"restricted\"].value"));
    m_ui->publicKeyEdit->setPlaceholderText(QStringLiteral(
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n…\n-----END PGP PUBLIC KEY BLOCK-----"));
    EditorPage::setNoteText(
        m_ui->encryptionIntroLabel,
        tr("The values at these paths of the JSON body are replaced by OpenPGP messages that only "
           "the recipient can read, before the request is signed. Paths: respondent.email, "
           "answers[0], answers[*].value, answers[?classification==\"restricted\"].value."));
    EditorPage::setNoteText(m_ui->keyInfoLabel, QString());
    EditorPage::setErrorText(m_ui->encryptionErrorLabel, QString());

    m_keyTimer.setSingleShot(true);
    m_keyTimer.setInterval(600);
    connect(&m_keyTimer, &QTimer::timeout, this, &EncryptionEditor::checkKey);
    connect(m_ui->encryptFieldsEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("encryptFields")); });
    connect(m_ui->publicKeyEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_keyTimer.start();
        Q_EMIT edited(QStringLiteral("encryptionKey"));
    });
}

EncryptionEditor::~EncryptionEditor() = default;

QStringList EncryptionEditor::fields()
{
    return {QStringLiteral("encryptFields"), QStringLiteral("encryptionKey")};
}

void EncryptionEditor::load(const Webhook &webhook)
{
    const QSignalBlocker fields(m_ui->encryptFieldsEdit);
    const QSignalBlocker key(m_ui->publicKeyEdit);
    m_ui->encryptFieldsEdit->setPlainText(webhook.encryptFields.join(u'\n'));
    m_ui->publicKeyEdit->setPlainText(webhook.encryptionPublicKey);
    EditorPage::setNoteText(m_ui->keyInfoLabel, QString());
    if (!webhook.encryptionPublicKey.isEmpty())
        m_keyTimer.start();
}

void EncryptionEditor::apply(Webhook *webhook) const
{
    webhook->encryptFields.clear();
    for (const QString &line : m_ui->encryptFieldsEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            webhook->encryptFields << line.trimmed();
    }
    const QString key = m_ui->publicKeyEdit->toPlainText().trimmed();
    webhook->encryptionPublicKey = key.isEmpty() ? QString() : key + u'\n';
}

void EncryptionEditor::showErrors(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &e : errors) {
        if (fields().contains(e.field))
            messages << e.message;
    }
    EditorPage::setErrorText(m_ui->encryptionErrorLabel, messages.join(u'\n'));
}

void EncryptionEditor::checkKey()
{
    const QString key = m_ui->publicKeyEdit->toPlainText().trimmed();
    const quint64 ticket = ++m_ticket;
    if (key.isEmpty()) {
        m_checking = false;
        EditorPage::setNoteText(m_ui->keyInfoLabel, QString());
        return;
    }
    m_checking = true;
    EditorPage::setNoteText(m_ui->keyInfoLabel, tr("Checking the key with GnuPG…"));
    QPointer<EncryptionEditor> self(this);
    // GnuPG takes tens of milliseconds: never on the GUI thread.
    QThreadPool::globalInstance()->start([self, key, ticket] {
        FieldEncryptor::KeyInfo info;
        QString error;
        const bool ok = FieldEncryptor::inspectKey(key + u'\n', &info, &error);
        QString text = error;
        if (ok) {
            text = tr("Encrypts to %1, key %2")
                       .arg(info.userIds.join(QStringLiteral(", ")), info.fingerprint);
            text += info.expires.isValid()
                        ? tr(", valid until %1.")
                              .arg(QLocale().toString(info.expires.toLocalTime().date(),
                                                      QLocale::ShortFormat))
                        : tr(", no expiry.");
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, ok, text] {
                if (self)
                    self->showKeyResult(ticket, ok, text);
            },
            Qt::QueuedConnection);
    });
}

void EncryptionEditor::showKeyResult(quint64 ticket, bool ok, const QString &text)
{
    if (ticket != m_ticket)
        return; // the key changed meanwhile
    m_checking = false;
    if (ok) {
        EditorPage::setNoteText(m_ui->keyInfoLabel, text);
    } else {
        EditorPage::setNoteText(m_ui->keyInfoLabel, QString());
        EditorPage::setErrorText(m_ui->keyInfoLabel, text);
    }
}

} // namespace relais
