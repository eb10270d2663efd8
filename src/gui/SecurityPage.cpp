#include "SecurityPage.h"
#include "ui_SecurityPage.h"

#include "EncryptionEditor.h"

#include "signing/Signer.h"
#include "signing/SigningPrimitives.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QTimer>

namespace relais {

SecurityPage::SecurityPage(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::SecurityPage>())
{
    m_ui->setupUi(this);
    m_encryption = new EncryptionEditor(this);
    m_encryption->setObjectName(QStringLiteral("encryptionEditor"));
    // Above the spacer that closes the page.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->count() - 1, m_encryption);
    connect(m_encryption, &EncryptionEditor::edited, this, &SecurityPage::edited);
    QComboBox *schemes = m_ui->signingSchemeComboBox;
    schemes->addItem(tr("None"), int(SigningScheme::None));
    schemes->addItem(tr("Standard Webhooks"), int(SigningScheme::StandardWebhooks));
    schemes->addItem(tr("GitHub"), int(SigningScheme::GitHub));
    schemes->addItem(tr("Frappe / Dokos"), int(SigningScheme::Frappe));
    schemes->addItem(tr("Stripe style"), int(SigningScheme::Stripe));
    schemes->addItem(tr("SeaTable"), int(SigningScheme::SeaTable));
    schemes->addItem(tr("Decsys"), int(SigningScheme::Decsys));
    schemes->addItem(tr("Custom HMAC"), int(SigningScheme::Hmac));

    m_ui->hmacAlgorithmComboBox->addItem(QStringLiteral("HMAC-SHA256"),
                                         int(HmacOptions::Algorithm::Sha256));
    m_ui->hmacAlgorithmComboBox->addItem(QStringLiteral("HMAC-SHA512"),
                                         int(HmacOptions::Algorithm::Sha512));
    m_ui->hmacEncodingComboBox->addItem(tr("Hexadecimal"), int(HmacOptions::Encoding::Hex));
    m_ui->hmacEncodingComboBox->addItem(tr("Base64"), int(HmacOptions::Encoding::Base64));
    m_ui->hmacContentComboBox->addItem(tr("The body"), int(HmacOptions::Content::Body));
    m_ui->hmacContentComboBox->addItem(tr("id.timestamp.body (with webhook-id and "
                                          "webhook-timestamp headers)"),
                                       int(HmacOptions::Content::IdTimestampBody));

    QComboBox *previous = m_ui->previousSecretComboBox;
    previous->addItem(tr("stays valid for 1 hour"), 3600);
    previous->addItem(tr("stays valid for 24 hours"), 24 * 3600);
    previous->addItem(tr("stays valid for 7 days"), 7 * 24 * 3600);
    previous->addItem(tr("stops working now"), 0);
    previous->setCurrentIndex(1);
    connect(previous, &QComboBox::activated, this, [this] {
        updateSecretNote();
        Q_EMIT edited(QStringLiteral("secret"));
    });

    m_ui->schemeExplanationLabel->setTextFormat(Qt::PlainText);
    m_ui->pinnedCertLineEdit->setPlaceholderText(tr("AB:CD:EF:… (SHA-256, optional)"));
    setNoteText(m_ui->pinnedHintLabel,
                tr("Only a certificate with this SHA-256 fingerprint is accepted, even one "
                   "signed by a trusted authority."));
    for (QLabel *l :
         {m_ui->secretErrorLabel, m_ui->hmacErrorLabel, m_ui->tlsErrorLabel, m_ui->tlsWarningLabel})
        setErrorText(l, QString());

    connect(schemes, &QComboBox::activated, this, [this] {
        updateScheme();
        Q_EMIT edited(QStringLiteral("signing"));
    });
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, [this] {
        updateSecretNote();
        Q_EMIT edited(QStringLiteral("secret"));
    });
    connect(m_ui->revealSecretButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->secretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealSecretButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
        m_ui->revealSecretButton->setAccessibleName(shown ? tr("Hide the secret")
                                                          : tr("Show the secret"));
    });
    connect(m_ui->generateSecretButton, &QPushButton::clicked, this, &SecurityPage::generateSecret);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &SecurityPage::copySecret);
    for (QLineEdit *edit : {m_ui->hmacHeaderLineEdit, m_ui->hmacPrefixLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            updateScheme();
            Q_EMIT edited(QStringLiteral("hmac"));
        });
    }
    for (QComboBox *box :
         {m_ui->hmacAlgorithmComboBox, m_ui->hmacEncodingComboBox, m_ui->hmacContentComboBox}) {
        connect(box, &QComboBox::activated, this, [this] {
            updateScheme();
            Q_EMIT edited(QStringLiteral("hmac"));
        });
    }
    connect(m_ui->verifyTlsCheckBox, &QCheckBox::toggled, this, [this](bool verify) {
        setErrorText(m_ui->tlsWarningLabel,
                     verify ? QString()
                            : tr("Anyone between Relais and the receiver could read and change "
                                 "the requests. Turn this off only for tests."));
        m_ui->pinnedCertLineEdit->setEnabled(verify);
        Q_EMIT edited(QStringLiteral("tls"));
    });
    connect(m_ui->pinnedCertLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("tls")); });
}

SecurityPage::~SecurityPage() = default;

QString SecurityPage::title() const
{
    return tr("Security");
}

QString SecurityPage::summary() const
{
    return tr("How receivers can check that a request comes from Relais.");
}

QString SecurityPage::explanation(SigningScheme scheme, const HmacOptions &custom)
{
    switch (scheme) {
    case SigningScheme::None:
        return tr("Requests are not signed: a receiver cannot tell that they come from Relais. "
                  "Choose a scheme the receiver knows how to check.");
    case SigningScheme::StandardWebhooks:
        return tr("Sends webhook-id, webhook-timestamp and webhook-signature: v1,<base64 "
                  "HMAC-SHA256 of id.timestamp.body>, as the Standard Webhooks specification "
                  "(and Svix) define them. The secret starts with whsec_.");
    case SigningScheme::Stripe:
        return tr("Sends Stripe-Signature: t=<timestamp>,v1=<hex HMAC-SHA256 of "
                  "timestamp.body>, as Stripe does.");
    case SigningScheme::GitHub:
    case SigningScheme::Frappe:
    case SigningScheme::SeaTable:
    case SigningScheme::Decsys:
    case SigningScheme::Hmac:
        break;
    }
    const HmacOptions o = *signing::singleHeaderOptions(scheme, custom);
    const QString algorithm = o.algorithm == HmacOptions::Algorithm::Sha512
                                  ? QStringLiteral("HMAC-SHA512")
                                  : QStringLiteral("HMAC-SHA256");
    const QString encoding = o.encoding == HmacOptions::Encoding::Hex ? tr("hex") : tr("base64");
    const QString content =
        o.content == HmacOptions::Content::Body ? tr("the body") : tr("id.timestamp.body");
    const QString header = o.headerName.trimmed().isEmpty() ? tr("(no header)") : o.headerName;
    const QString sends =
        tr("Sends %1: %2<%3 %4 of %5>").arg(header, o.prefix, encoding, algorithm, content);
    switch (scheme) {
    case SigningScheme::GitHub:
        return tr("%1, as GitHub does.").arg(sends);
    case SigningScheme::Frappe:
        return tr("%1, as Frappe and Dokos do.").arg(sends);
    case SigningScheme::SeaTable:
        return tr("%1, as SeaTable does.").arg(sends);
    case SigningScheme::Decsys:
        return tr("%1, as Decsys does.").arg(sends);
    default:
        return tr("%1.").arg(sends);
    }
}

SigningScheme SecurityPage::currentScheme() const
{
    return SigningScheme(m_ui->signingSchemeComboBox->currentData().toInt());
}

HmacOptions SecurityPage::currentHmac() const
{
    HmacOptions o;
    o.headerName = m_ui->hmacHeaderLineEdit->text().trimmed();
    o.algorithm = HmacOptions::Algorithm(m_ui->hmacAlgorithmComboBox->currentData().toInt());
    o.encoding = HmacOptions::Encoding(m_ui->hmacEncodingComboBox->currentData().toInt());
    o.prefix = m_ui->hmacPrefixLineEdit->text();
    o.content = HmacOptions::Content(m_ui->hmacContentComboBox->currentData().toInt());
    return o;
}

void SecurityPage::load(const Webhook &webhook, EditorMode mode)
{
    m_mode = mode;
    m_loadedScheme = webhook.signing;
    m_hasStoredSecret = mode == EditorMode::Edit && !webhook.secrets.isEmpty();
    m_previousValidUntil = QDateTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SecretRef &ref : webhook.secrets) {
        if (ref.expiresAt.isValid() && ref.isActiveAt(now))
            m_previousValidUntil = ref.expiresAt;
    }
    m_ui->previousSecretComboBox->setCurrentIndex(1);
    m_needsSecret = mode == EditorMode::Edit && webhook.needsSecret;
    auto select = [](QComboBox *box, int value) {
        box->setCurrentIndex(box->findData(value));
    };
    select(m_ui->signingSchemeComboBox, int(webhook.signing));
    m_ui->hmacHeaderLineEdit->setText(webhook.hmac.headerName);
    select(m_ui->hmacAlgorithmComboBox, int(webhook.hmac.algorithm));
    select(m_ui->hmacEncodingComboBox, int(webhook.hmac.encoding));
    m_ui->hmacPrefixLineEdit->setText(webhook.hmac.prefix);
    select(m_ui->hmacContentComboBox, int(webhook.hmac.content));
    {
        const QSignalBlocker blocker(m_ui->secretLineEdit);
        m_ui->secretLineEdit->clear();
    }
    m_ui->revealSecretButton->setChecked(false);
    m_ui->verifyTlsCheckBox->setChecked(!webhook.verifyTls); // always emit toggled()
    m_ui->verifyTlsCheckBox->setChecked(webhook.verifyTls);
    m_ui->pinnedCertLineEdit->setText(webhook.pinnedCertSha256);
    m_encryption->load(webhook);
    updateScheme();
}

void SecurityPage::apply(Webhook *webhook) const
{
    webhook->signing = currentScheme();
    webhook->hmac = currentHmac();
    webhook->verifyTls = m_ui->verifyTlsCheckBox->isChecked();
    webhook->pinnedCertSha256 = m_ui->pinnedCertLineEdit->text().trimmed();
    m_encryption->apply(webhook);
}

std::optional<std::chrono::seconds> SecurityPage::previousSecretOverlap() const
{
    if (!m_hasStoredSecret || !signingSecret())
        return std::nullopt;
    const int seconds = m_ui->previousSecretComboBox->currentData().toInt();
    if (seconds <= 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

std::optional<QByteArray> SecurityPage::signingSecret() const
{
    const QByteArray secret = m_ui->secretLineEdit->text().trimmed().toUtf8();
    if (currentScheme() == SigningScheme::None || secret.isEmpty())
        return std::nullopt;
    return secret;
}

FieldErrors SecurityPage::problems() const
{
    FieldErrors errors;
    const SigningScheme scheme = currentScheme();
    if (scheme == SigningScheme::None)
        return errors;
    const std::optional<QByteArray> secret = signingSecret();
    if (!secret && !m_hasStoredSecret && !m_needsSecret) {
        errors.append({QStringLiteral("secret"),
                       m_mode == EditorMode::Duplicate
                           ? tr("Secrets are not copied with a webhook: enter the receiver's "
                                "secret, or generate a new one.")
                           : tr("This signature needs a secret: enter the receiver's secret, "
                                "or generate one.")});
    }
    QByteArray key;
    if (secret && scheme == SigningScheme::StandardWebhooks &&
        !signing::standardWebhooksKey(*secret, &key)) {
        errors.append({QStringLiteral("secret"),
                       tr("A Standard Webhooks secret is whsec_ followed by base64. Generate "
                          "makes one.")});
    }
    return errors;
}

QStringList SecurityPage::fields() const
{
    return QStringList{QStringLiteral("secret"), QStringLiteral("hmac"), QStringLiteral("tls")}
           + EncryptionEditor::fields();
}

void SecurityPage::showErrors(const FieldErrors &errors)
{
    setErrorText(m_ui->secretErrorLabel, messagesFor(errors, QStringLiteral("secret")));
    setErrorText(m_ui->hmacErrorLabel, messagesFor(errors, QStringLiteral("hmac")));
    setErrorText(m_ui->tlsErrorLabel, messagesFor(errors, QStringLiteral("tls")));
    m_encryption->showErrors(errors);
}

void SecurityPage::updateScheme()
{
    const SigningScheme scheme = currentScheme();
    m_ui->schemeExplanationLabel->setText(explanation(scheme, currentHmac()));
    m_ui->hmacGroup->setVisible(scheme == SigningScheme::Hmac);
    const bool signs = scheme != SigningScheme::None;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->secretLabel), static_cast<QWidget *>(m_ui->secretLineEdit),
          static_cast<QWidget *>(m_ui->revealSecretButton),
          static_cast<QWidget *>(m_ui->generateSecretButton),
          static_cast<QWidget *>(m_ui->copySecretButton)})
        w->setEnabled(signs);
    updateSecretNote();
}

void SecurityPage::updateSecretNote()
{
    const bool typed = !m_ui->secretLineEdit->text().trimmed().isEmpty();
    m_ui->copySecretButton->setEnabled(typed && currentScheme() != SigningScheme::None);
    const bool rotating = typed && m_hasStoredSecret && currentScheme() != SigningScheme::None;
    m_ui->previousSecretLabel->setVisible(rotating);
    m_ui->previousSecretComboBox->setVisible(rotating);
    QString note;
    QString placeholder = tr("The receiver's secret");
    if (currentScheme() == SigningScheme::None) {
        placeholder.clear();
    } else if (m_hasStoredSecret) {
        placeholder = tr("Stored in the keychain");
        if (!typed) {
            note = tr("A secret is stored in the keychain and is not shown. Enter or "
                      "generate a new one to replace it.");
        } else if (previousSecretOverlap()) {
            note = tr("Both secrets are valid until %1: give the new one to the receiver "
                      "before then.")
                       .arg(QLocale().toString(
                           QDateTime::currentDateTime().addSecs(previousSecretOverlap()->count()),
                           QLocale::ShortFormat));
            if (currentScheme() != SigningScheme::StandardWebhooks
                && currentScheme() != SigningScheme::Stripe)
                note += u' '
                        + tr("This scheme sends one signature, made with the new secret; "
                             "receivers that still check the old one should accept both.");
        } else {
            note = tr("The new secret replaces the stored one when you save.");
        }
        if (!typed && m_previousValidUntil.isValid())
            note += u' '
                    + tr("The previous secret stays valid until %1.")
                          .arg(QLocale().toString(m_previousValidUntil.toLocalTime(),
                                                  QLocale::ShortFormat));
        if (!typed && currentScheme() != m_loadedScheme)
            note += u' ' + tr("It was made for another scheme: check that the receiver "
                              "accepts it.");
    } else if (m_needsSecret) {
        note = tr("This webhook was imported without its secret: enter it before enabling "
                  "the webhook.");
    } else if (typed) {
        note = tr("Saved in the keychain, never in the database. Give the same secret to the "
                  "receiver.");
    }
    m_ui->secretLineEdit->setPlaceholderText(placeholder);
    setNoteText(m_ui->signingSecretNoteLabel, note);
}

void SecurityPage::generateSecret()
{
    m_ui->secretLineEdit->setText(QString::fromLatin1(Signer::generateSecret(currentScheme())));
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
}

void SecurityPage::copySecret()
{
    QGuiApplication::clipboard()->setText(m_ui->secretLineEdit->text().trimmed());
    m_ui->copySecretButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_ui->copySecretButton->setText(tr("&Copy")); });
}

} // namespace relais
