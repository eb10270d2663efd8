#include "EmitEventDialog.h"
#include "ui_EmitEventDialog.h"

#include "EditorPage.h"
#include "JsonHighlighter.h"
#include "RequestText.h"

#include "payload/EventCatalog.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QPushButton>

namespace relais {

EmitEventDialog::EmitEventDialog(EventSink &sink, const EventCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EmitEventDialog>())
    , m_sink(sink)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->eventTypeComboBox->setCatalog(catalog);
    new JsonHighlighter(m_ui->dataEditor->document(), JsonHighlighter::Mode::Json);
    EditorPage::setErrorText(m_ui->dataErrorLabel, QString());
    EditorPage::setNoteText(m_ui->resultLabel, QString());
    connect(m_ui->eventTypeComboBox, &SampleEventComboBox::typeChosen, this,
            &EmitEventDialog::loadSample);
    connect(m_ui->dataEditor, &QPlainTextEdit::textChanged, this, &EmitEventDialog::validateData);
    connect(m_ui->emitButton, &QPushButton::clicked, this, &EmitEventDialog::emitEvent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!catalog.types().isEmpty())
        setEventType(catalog.types().constFirst().type);
}

EmitEventDialog::~EmitEventDialog()
{
    *m_alive = false;
}

void EmitEventDialog::setEventType(const QString &type)
{
    m_ui->eventTypeComboBox->setCurrentType(type);
    loadSample(type);
}

void EmitEventDialog::loadSample(const QString &type)
{
    const EventType *known = m_catalog.find(type);
    m_ui->resourceLineEdit->setText(known ? known->resource : QString());
    m_ui->dataEditor->setPlainText(RequestText::prettyJson(
        QJsonDocument(m_catalog.sample(type)).toJson(QJsonDocument::Compact)));
}

void EmitEventDialog::validateData()
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_ui->dataEditor->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_data.reset();
        EditorPage::setErrorText(m_ui->dataErrorLabel,
                                 error.error != QJsonParseError::NoError
                                     ? tr("The data is not valid JSON: %1").arg(error.errorString())
                                     : tr("The event's data must be a JSON object ({ … })."));
    } else {
        m_data = doc.object();
        EditorPage::setErrorText(m_ui->dataErrorLabel, QString());
    }
    m_ui->emitButton->setEnabled(m_data.has_value() && !m_submitting);
}

void EmitEventDialog::emitEvent()
{
    if (!m_data || m_submitting)
        return;
    Event event;
    event.id = Event::newId();
    event.type = m_ui->eventTypeComboBox->currentType();
    event.resource = m_ui->resourceLineEdit->text().trimmed();
    event.occurredAt = QDateTime::currentDateTimeUtc();
    event.data = *m_data;
    event.source = QStringLiteral("gui");
    m_submitting = true;
    m_ui->emitButton->setEnabled(false);
    EditorPage::setNoteText(m_ui->resultLabel, tr("Submitting…"));
    const std::weak_ptr<bool> alive = m_alive;
    m_sink.submit(event, [this, alive](const SubmitResult &result) {
        if (const auto open = alive.lock(); open && *open)
            showResult(result);
    });
}

void EmitEventDialog::showResult(const SubmitResult &result)
{
    m_submitting = false;
    m_result = result;
    m_ui->emitButton->setEnabled(m_data.has_value());
    if (!result.accepted) {
        EditorPage::setErrorText(m_ui->resultLabel,
                                 tr("The event was not accepted: %1").arg(result.error));
        return;
    }
    const int n = int(result.matchedWebhooks.size());
    EditorPage::setNoteText(
        m_ui->resultLabel,
        n == 0 ? tr("Event %1 stored; no enabled webhook listens to it.").arg(result.eventId)
               : tr("Event %1 stored; %n webhook(s) will get it: %2", nullptr, n)
                     .arg(result.eventId, result.matchedWebhooks.join(QStringLiteral(", "))));
    Q_EMIT eventEmitted(result);
}

} // namespace relais
