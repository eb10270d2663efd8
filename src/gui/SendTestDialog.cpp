#include "SendTestDialog.h"
#include "ui_SendTestDialog.h"

#include "AttemptText.h"
#include "CurlCommand.h"
#include "EditorPage.h"
#include "JsonHighlighter.h"
#include "RequestText.h"

#include "core/EventPattern.h"
#include "delivery/DeliveryEngine.h"
#include "payload/EventCatalog.h"
#include "payload/TextPosition.h"

#include <QLocale>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPushButton>
#include <QShortcut>

namespace relais {

SendTestDialog::SendTestDialog(DeliveryEngine &engine, const EventCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendTestDialog>())
    , m_engine(engine)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->eventTypeComboBox->setCatalog(catalog);
    new JsonHighlighter(m_ui->sampleEditor->document(), JsonHighlighter::Mode::Json);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->responseHeadersEdit->setMaximumHeight(
        m_ui->responseHeadersEdit->fontMetrics().lineSpacing() * 7);
    for (QPlainTextEdit *edit :
         {m_ui->requestTextEdit, m_ui->responseHeadersEdit, m_ui->responseBodyEdit})
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->busyIndicator->setVisible(false);
    EditorPage::setErrorText(m_ui->sampleErrorLabel, QString());
    clearResult();

    connect(m_ui->eventTypeComboBox, &SampleEventComboBox::typeChosen, this,
            &SendTestDialog::loadSample);
    connect(m_ui->resetSampleButton, &QPushButton::clicked, this,
            [this] { loadSample(m_ui->eventTypeComboBox->currentType()); });
    connect(m_ui->sampleEditor, &QPlainTextEdit::textChanged, this,
            &SendTestDialog::validateSample);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &SendTestDialog::send);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &SendTestDialog::copyAsCurl);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &SendTestDialog::send);
    updateButtons();
}

SendTestDialog::~SendTestDialog()
{
    *m_alive = false;
}

void SendTestDialog::setWebhook(const Webhook &webhook)
{
    m_webhook = webhook;
    setWindowTitle(tr("Send test — %1").arg(webhook.name));
    QString first;
    for (const EventType &type : m_catalog.types()) {
        if (EventPattern::matchesAny(webhook.eventPatterns, type.type)) {
            first = type.type;
            break;
        }
    }
    if (first.isEmpty() && !m_catalog.types().isEmpty())
        first = m_catalog.types().constFirst().type;
    setEventType(first);
}

void SendTestDialog::setEventType(const QString &type)
{
    m_ui->eventTypeComboBox->setCurrentType(type);
    loadSample(type);
}

void SendTestDialog::loadSample(const QString &type)
{
    m_ui->sampleEditor->setPlainText(RequestText::prettyJson(
        QJsonDocument(m_catalog.sample(type)).toJson(QJsonDocument::Compact)));
}

void SendTestDialog::validateSample()
{
    const QString text = m_ui->sampleEditor->toPlainText();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // The parser counts UTF-8 bytes; the editor counts characters.
        const qsizetype offset =
            QString::fromUtf8(text.toUtf8().left(qMax(0, error.offset))).size();
        const TextPosition at = TextPosition::at(text, offset);
        const QString message =
            error.error != QJsonParseError::NoError
                ? tr("Line %1, column %2: %3").arg(at.line).arg(at.column).arg(error.errorString())
                : tr("The event's data must be a JSON object ({ … }).");
        m_ui->sampleEditor->setErrorMarker(at.line, at.column, message);
        EditorPage::setErrorText(m_ui->sampleErrorLabel, message);
        m_sample.reset();
    } else {
        m_ui->sampleEditor->clearErrorMarker();
        EditorPage::setErrorText(m_ui->sampleErrorLabel, QString());
        m_sample = doc.object();
    }
    updateButtons();
}

void SendTestDialog::send()
{
    if (m_sending || !m_sample)
        return;
    const EventType *type = m_catalog.find(m_ui->eventTypeComboBox->currentType());
    Event event = type ? type->sampleEvent() : Event();
    event.id = Event::newId();
    event.type = m_ui->eventTypeComboBox->currentType();
    event.data = *m_sample;
    event.source = QStringLiteral("gui");
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();

    clearResult();
    m_sending = true;
    m_ui->sendStatusLabel->setText(tr("Sending to %1…").arg(m_webhook.url));
    updateButtons();
    const std::weak_ptr<bool> alive = m_alive;
    m_engine.sendTest(m_webhook, event, [this, alive](const TestResult &result) {
        if (const auto stillOpen = alive.lock(); stillOpen && *stillOpen)
            showResult(result);
    });
}

void SendTestDialog::showResult(const TestResult &result)
{
    m_sending = false;
    m_result = result;
    const Attempt &a = result.attempt;
    if (result.sent) {
        m_ui->requestTextEdit->setPlainText(RequestText::format(a.request));
        m_ui->responseStatusLabel->setText(AttemptText::status(a.responseStatus));
        m_ui->responseTimeLabel->setText(tr("%1 ms").arg(QLocale().toString(a.durationMs)));
        m_ui->responseHeadersEdit->setPlainText(AttemptText::headers(a.responseHeaders));
        m_ui->responseBodyEdit->setPlainText(
            AttemptText::body(a.responseBody, a.responseTruncated));
    }
    QFont bold = m_ui->responseStatusLabel->font();
    bold.setBold(true);
    m_ui->responseStatusLabel->setFont(bold);
    QPalette pal = m_ui->responseStatusLabel->palette();
    pal.setColor(QPalette::WindowText, result.succeeded() ? EditorPage::successColor(palette())
                                                          : EditorPage::errorColor(palette()));
    m_ui->responseStatusLabel->setPalette(pal);
    if (!result.sent)
        m_ui->responseStatusLabel->setText(tr("Not sent"));
    EditorPage::setErrorText(m_ui->responseErrorLabel,
                             result.succeeded() ? QString() : result.error);
    m_ui->sendStatusLabel->setText(result.succeeded() ? tr("Delivered.")
                                   : result.sent      ? tr("The receiver did not accept it.")
                                                      : tr("Not sent."));
    updateButtons();
    if (!result.deliveryId.isEmpty())
        Q_EMIT testSent(result.deliveryId);
}

void SendTestDialog::clearResult()
{
    m_result.reset();
    m_ui->requestTextEdit->clear();
    m_ui->responseStatusLabel->setText(tr("Not sent yet"));
    m_ui->responseTimeLabel->clear();
    m_ui->responseHeadersEdit->clear();
    m_ui->responseBodyEdit->clear();
    m_ui->sendStatusLabel->clear();
    EditorPage::setErrorText(m_ui->responseErrorLabel, QString());
}

void SendTestDialog::updateButtons()
{
    m_ui->sendButton->setEnabled(!m_sending && m_sample.has_value());
    m_ui->busyIndicator->setVisible(m_sending);
    m_ui->eventTypeComboBox->setEnabled(!m_sending);
    m_ui->copyCurlButton->setEnabled(!m_sending && m_result && m_result->sent);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setText(m_sending ? tr("Cancel") : tr("Close"));
}

void SendTestDialog::copyAsCurl()
{
    if (!m_result || !m_result->sent)
        return;
    QGuiApplication::clipboard()->setText(CurlCommand::build(m_result->attempt.request));
    m_ui->sendStatusLabel->setText(tr("Copied a curl command; set the variables it names."));
}

} // namespace relais
