#include "GeneralPage.h"
#include "ui_GeneralPage.h"

#include <QToolButton>

namespace relais {

GeneralPage::GeneralPage(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::GeneralPage>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->nameLineEdit);
    for (HttpMethod m : {HttpMethod::Post, HttpMethod::Put, HttpMethod::Patch, HttpMethod::Delete})
        m_ui->methodComboBox->addItem(methodName(m), int(m));
    setNoteText(m_ui->urlHintLabel,
                tr("Placeholders such as {{ doc.name }} are filled in for each event."));
    setErrorText(m_ui->nameErrorLabel, QString());
    setErrorText(m_ui->urlErrorLabel, QString());
    setNoteText(m_ui->disabledNoteLabel, QString());

    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("name")); });
    connect(m_ui->descriptionLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("description")); });
    connect(m_ui->urlLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("url")); });
    connect(m_ui->methodComboBox, &QComboBox::activated, this,
            [this] { Q_EMIT edited(QStringLiteral("method")); });
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        // Turning it on again is how the user acknowledges why Relais stopped it.
        m_ui->disabledNoteLabel->setVisible(!on && !m_disabledReason.isEmpty());
        Q_EMIT edited(QStringLiteral("enabled"));
    });
}

GeneralPage::~GeneralPage() = default;

void GeneralPage::setInboxUrl(const QString &url)
{
    if (!m_inboxButton) {
        m_inboxButton = new QToolButton(this);
        m_inboxButton->setObjectName(QStringLiteral("inboxUrlButton"));
        m_inboxButton->setText(tr("Relais &inbox"));
        m_ui->requestLayout->addWidget(m_inboxButton);
        connect(m_inboxButton, &QToolButton::clicked, this, [this] {
            m_ui->urlLineEdit->setText(m_inboxButton->property("url").toString());
            Q_EMIT edited(QStringLiteral("url"));
        });
    }
    m_inboxButton->setProperty("url", url);
    m_inboxButton->setToolTip(tr("Send to a Relais inbox: %1, where each request and its "
                                 "signature check can be seen in the Inbox tab")
                                  .arg(url));
    m_inboxButton->setAccessibleName(tr("Send to a Relais inbox"));
    m_inboxButton->setVisible(!url.isEmpty());
}

QString GeneralPage::title() const
{
    return tr("General");
}

QString GeneralPage::summary() const
{
    return tr("What the webhook is called and where its requests go.");
}

void GeneralPage::load(const Webhook &webhook, EditorMode mode)
{
    m_ui->nameLineEdit->setText(webhook.name);
    m_ui->descriptionLineEdit->setText(webhook.description);
    m_ui->urlLineEdit->setText(webhook.url);
    m_ui->methodComboBox->setCurrentIndex(m_ui->methodComboBox->findData(int(webhook.method)));
    m_disabledReason = webhook.enabled ? QString() : webhook.disabledReason;
    const QSignalBlocker blocker(m_ui->enabledCheckBox);
    m_ui->enabledCheckBox->setChecked(webhook.enabled);
    setNoteText(m_ui->disabledNoteLabel,
                m_disabledReason.isEmpty()
                    ? QString()
                    : tr("Relais turned this webhook off: %1 Enable it to send again.")
                          .arg(m_disabledReason));

    // Where relaisctl and the logs name it.
    QString details;
    if (mode == EditorMode::Edit) {
        const QLocale locale;
        details = tr("Id %1").arg(webhook.id.toString(QUuid::WithoutBraces));
        if (webhook.createdAt.isValid())
            details +=
                QStringLiteral(" · ") +
                tr("created %1")
                    .arg(locale.toString(webhook.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (webhook.updatedAt.isValid() && webhook.updatedAt != webhook.createdAt)
            details +=
                QStringLiteral(" · ") +
                tr("changed %1")
                    .arg(locale.toString(webhook.updatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    setNoteText(m_ui->detailsLabel, details);
}

void GeneralPage::apply(Webhook *webhook) const
{
    webhook->name = m_ui->nameLineEdit->text().trimmed();
    webhook->description = m_ui->descriptionLineEdit->text().trimmed();
    webhook->url = m_ui->urlLineEdit->text().trimmed();
    webhook->method = HttpMethod(m_ui->methodComboBox->currentData().toInt());
    webhook->enabled = m_ui->enabledCheckBox->isChecked();
    webhook->disabledReason = webhook->enabled ? QString() : m_disabledReason;
}

QStringList GeneralPage::fields() const
{
    return {QStringLiteral("name"), QStringLiteral("url")};
}

void GeneralPage::showErrors(const FieldErrors &errors)
{
    setErrorText(m_ui->nameErrorLabel, messagesFor(errors, QStringLiteral("name")));
    setErrorText(m_ui->urlErrorLabel, messagesFor(errors, QStringLiteral("url")));
}

} // namespace relais
