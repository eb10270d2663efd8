#include "PayloadPage.h"
#include "ui_PayloadPage.h"

#include "JsonHighlighter.h"
#include "RequestText.h"
#include "WebhookTryOut.h"

#include "payload/EventCatalog.h"
#include "payload/TextPosition.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace relais {

namespace {

enum StackPage
{
    EnvelopePage = 0,
    TemplatePage = 1,
    FormPage = 2
};

QString starterTemplate(BodyMode mode)
{
    switch (mode) {
    case BodyMode::JsonTemplate:
        return QStringLiteral(
            "{\n  \"id\": \"{{ event.id }}\",\n  \"type\": \"{{ event.type }}\",\n"
            "  \"data\": {{ doc }}\n}\n");
    case BodyMode::Transform:
        return QStringLiteral("function transform(event) {\n  return {\n    id: event.id,\n"
                              "    type: event.type,\n    data: event.data\n  };\n}\n");
    case BodyMode::Raw:
        return QStringLiteral("{{ event.type }} {{ event.resource }}\n");
    case BodyMode::DefaultEnvelope:
    case BodyMode::Form:
        break;
    }
    return {};
}

} // namespace

PayloadPage::PayloadPage(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::PayloadPage>())
{
    m_ui->setupUi(this);
    m_templateHighlighter = new JsonHighlighter(m_ui->templateEditor->document());
    new JsonHighlighter(m_ui->previewView->document(), JsonHighlighter::Mode::Request);
    new JsonHighlighter(m_ui->sampleEditor->document(), JsonHighlighter::Mode::Json);
    setHeading(m_ui->editorHeading);
    setHeading(m_ui->previewHeading);
    // Both headings on one line although only the preview's has a combo box.
    m_ui->editorHeading->setMinimumHeight(m_ui->previewSampleComboBox->sizeHint().height());

    m_ui->bodyModeComboBox->addItem(tr("Default envelope"), int(BodyMode::DefaultEnvelope));
    m_ui->bodyModeComboBox->addItem(tr("JSON template"), int(BodyMode::JsonTemplate));
    m_ui->bodyModeComboBox->addItem(tr("JavaScript transform"), int(BodyMode::Transform));
    m_ui->bodyModeComboBox->addItem(tr("Form fields"), int(BodyMode::Form));
    m_ui->bodyModeComboBox->addItem(tr("Raw text"), int(BodyMode::Raw));

    m_ui->formFieldsTable->setColumnCount(2);
    m_ui->formFieldsTable->setHorizontalHeaderLabels({tr("Key"), tr("Expression")});
    m_ui->formFieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->formFieldsTable->horizontalHeader()->resizeSection(0, 160);
    m_ui->formFieldsTable->verticalHeader()->hide();

    QFont mono = m_ui->templateEditor->document()->defaultFont();
    m_ui->previewView->document()->setDefaultFont(mono);
    m_ui->envelopeLabel->setText(
        tr("Relais sends the event as it is, in a small JSON envelope:\n\n"
           "{\"id\": \"evt_…\", \"type\": \"Sales Order.on_submit\",\n"
           " \"resource\": \"Sales Order\", \"occurredAt\": \"2024-05-02T10:15:00.000Z\",\n"
           " \"data\": { … the document … }}\n\n"
           "Choose a JSON template, a transform or form fields to send another shape."));
    m_ui->envelopeLabel->setFont(mono);
    m_ui->envelopeLabel->setForegroundRole(QPalette::PlaceholderText);
    setNoteText(m_ui->sampleHintLabel,
                tr("Edit the data to try other values; it is used only here."));
    setErrorText(m_ui->bodyErrorLabel, QString());
    setErrorText(m_ui->contentTypeErrorLabel, QString());
    setErrorText(m_ui->sampleErrorLabel, QString());
    m_ui->previewStatusLabel->setTextFormat(Qt::PlainText);
    m_ui->payloadSplitter->setStretchFactor(0, 1);
    m_ui->payloadSplitter->setStretchFactor(1, 1);

    connect(m_ui->bodyModeComboBox, &QComboBox::activated, this, &PayloadPage::modeChosen);
    connect(m_ui->templateEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_ui->templateEditor->clearErrorMarker();
        Q_EMIT edited(QStringLiteral("template"));
    });
    connect(m_ui->contentTypeLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("contentType")); });
    connect(m_ui->formFieldsTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(QStringLiteral("form"));
    });
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, [this] {
        addFormField({});
        const int row = m_ui->formFieldsTable->rowCount() - 1;
        m_ui->formFieldsTable->setCurrentCell(row, 0);
        m_ui->formFieldsTable->editItem(m_ui->formFieldsTable->item(row, 0));
        Q_EMIT edited(QStringLiteral("form"));
    });
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->formFieldsTable->currentRow();
        if (row < 0)
            return;
        m_ui->formFieldsTable->removeRow(row);
        Q_EMIT edited(QStringLiteral("form"));
    });
    connect(m_ui->sampleEditor, &QPlainTextEdit::textChanged, this,
            &PayloadPage::onSampleTextChanged);
    connect(m_ui->resetSampleButton, &QPushButton::clicked, this,
            &PayloadPage::sampleResetRequested);
}

PayloadPage::~PayloadPage() = default;

void PayloadPage::setCatalog(const EventCatalog &catalog)
{
    m_ui->previewSampleComboBox->setCatalog(catalog);
}

SampleEventComboBox *PayloadPage::sampleComboBox() const
{
    return m_ui->previewSampleComboBox;
}

QString PayloadPage::title() const
{
    return tr("Payload");
}

QString PayloadPage::summary() const
{
    return tr("What the request carries, previewed for a sample event.");
}

BodyMode PayloadPage::currentMode() const
{
    return BodyMode(m_ui->bodyModeComboBox->currentData().toInt());
}

void PayloadPage::showMode(BodyMode mode)
{
    switch (mode) {
    case BodyMode::DefaultEnvelope:
        m_ui->bodyStack->setCurrentIndex(EnvelopePage);
        m_ui->editorHeading->setText(tr("Envelope"));
        break;
    case BodyMode::Form:
        m_ui->bodyStack->setCurrentIndex(FormPage);
        m_ui->editorHeading->setText(tr("Form fields"));
        break;
    case BodyMode::JsonTemplate:
    case BodyMode::Transform:
    case BodyMode::Raw:
        m_ui->bodyStack->setCurrentIndex(TemplatePage);
        m_ui->editorHeading->setText(mode == BodyMode::Transform ? tr("Transform")
                                                                 : tr("Template"));
        break;
    }
    m_templateHighlighter->setMode(mode == BodyMode::JsonTemplate ? JsonHighlighter::Mode::Json
                                   : mode == BodyMode::Transform  ? JsonHighlighter::Mode::Script
                                                                  : JsonHighlighter::Mode::Text);

    QString hint;
    switch (mode) {
    case BodyMode::DefaultEnvelope:
        hint = tr("The event's id, type, resource, time and data, as JSON.");
        break;
    case BodyMode::JsonTemplate:
        hint = tr("JSON with {{ expression }} placeholders: inside quotes a placeholder inserts "
                  "text (\"{{ doc.name }}\"), outside quotes a JSON value ({{ doc.items }}).");
        break;
    case BodyMode::Transform:
        hint = tr("A JavaScript function transform(event) returning the body: an object or "
                  "array is sent as JSON, a string as it is.");
        break;
    case BodyMode::Form:
        hint = tr("One row per field: a key and a JavaScript expression, sent "
                  "form-encoded (application/x-www-form-urlencoded).");
        break;
    case BodyMode::Raw:
        hint = tr("Text sent as it is; placeholders insert their value as text. Set the "
                  "content type that suits it.");
        break;
    }
    setNoteText(m_ui->bodyModeHintLabel, hint);
    Webhook probe;
    probe.bodyMode = mode;
    m_ui->contentTypeLineEdit->setPlaceholderText(probe.effectiveContentType());
}

void PayloadPage::modeChosen()
{
    const BodyMode mode = currentMode();
    // A starting point rather than an empty editor and an error; a starter
    // the user did not touch follows the mode.
    const QString text = m_ui->templateEditor->toPlainText();
    bool untouched = text.trimmed().isEmpty();
    for (BodyMode m : {BodyMode::JsonTemplate, BodyMode::Transform, BodyMode::Raw})
        untouched = untouched || text == starterTemplate(m);
    if (untouched) {
        const QString starter = starterTemplate(mode);
        if (!starter.isEmpty())
            m_ui->templateEditor->setPlainText(starter);
    }
    if (mode == BodyMode::Form && m_ui->formFieldsTable->rowCount() == 0) {
        const QScopedValueRollback<bool> loading(m_loading, true);
        addFormField({QStringLiteral("id"), QStringLiteral("event.id")});
        addFormField({QStringLiteral("type"), QStringLiteral("event.type")});
    }
    showMode(mode);
    Q_EMIT edited(QStringLiteral("bodyMode"));
}

void PayloadPage::addFormField(const FormField &field)
{
    const int row = m_ui->formFieldsTable->rowCount();
    m_ui->formFieldsTable->insertRow(row);
    m_ui->formFieldsTable->setItem(row, 0, new QTableWidgetItem(field.key));
    m_ui->formFieldsTable->setItem(row, 1, new QTableWidgetItem(field.expression));
}

void PayloadPage::load(const Webhook &webhook, EditorMode)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_ui->bodyModeComboBox->setCurrentIndex(
        m_ui->bodyModeComboBox->findData(int(webhook.bodyMode)));
    m_ui->templateEditor->setPlainText(webhook.bodyTemplate);
    m_ui->contentTypeLineEdit->setText(webhook.contentType);
    m_ui->formFieldsTable->setRowCount(0);
    for (const FormField &f : webhook.formFields)
        addFormField(f);
    showMode(webhook.bodyMode);
}

void PayloadPage::apply(Webhook *webhook) const
{
    webhook->bodyMode = currentMode();
    webhook->contentType = m_ui->contentTypeLineEdit->text().trimmed();
    // Kept whatever the mode, so that switching modes back and forth loses nothing.
    webhook->bodyTemplate = m_ui->templateEditor->toPlainText();
    if (webhook->bodyTemplate.trimmed().isEmpty())
        webhook->bodyTemplate.clear();
    webhook->formFields.clear();
    for (int row = 0; row < m_ui->formFieldsTable->rowCount(); ++row) {
        const QTableWidgetItem *key = m_ui->formFieldsTable->item(row, 0);
        const QTableWidgetItem *expression = m_ui->formFieldsTable->item(row, 1);
        const FormField f{key ? key->text().trimmed() : QString(),
                          expression ? expression->text().trimmed() : QString()};
        if (!f.key.isEmpty() || !f.expression.isEmpty())
            webhook->formFields << f;
    }
}

QStringList PayloadPage::fields() const
{
    return {QStringLiteral("template"), QStringLiteral("form"), QStringLiteral("contentType")};
}

void PayloadPage::showErrors(const FieldErrors &errors)
{
    const QString field =
        currentMode() == BodyMode::Form ? QStringLiteral("form") : QStringLiteral("template");
    setErrorText(m_ui->bodyErrorLabel, currentMode() == BodyMode::DefaultEnvelope
                                           ? QString()
                                           : messagesFor(errors, field));
    setErrorText(m_ui->contentTypeErrorLabel, messagesFor(errors, QStringLiteral("contentType")));
}

void PayloadPage::setSampleData(const QJsonObject &sample, bool changed)
{
    const QSignalBlocker blocker(m_ui->sampleEditor);
    m_ui->sampleEditor->setPlainText(
        RequestText::prettyJson(QJsonDocument(sample).toJson(QJsonDocument::Compact)));
    m_ui->sampleEditor->clearErrorMarker();
    setErrorText(m_ui->sampleErrorLabel, QString());
    m_ui->resetSampleButton->setEnabled(changed);
}

void PayloadPage::onSampleTextChanged()
{
    m_ui->resetSampleButton->setEnabled(true);
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
                : tr("The sample's data must be a JSON object ({ … }).");
        m_ui->sampleEditor->setErrorMarker(at.line, at.column, message);
        setErrorText(m_ui->sampleErrorLabel,
                     tr("%1 The preview uses the last valid data.").arg(message));
        return;
    }
    m_ui->sampleEditor->clearErrorMarker();
    setErrorText(m_ui->sampleErrorLabel, QString());
    Q_EMIT sampleDataEdited(doc.object());
}

void PayloadPage::setStatus(const QString &text, const QColor &color)
{
    QPalette pal = m_ui->previewStatusLabel->palette();
    pal.setColor(QPalette::WindowText, color);
    m_ui->previewStatusLabel->setPalette(pal);
    m_ui->previewStatusLabel->setText(text);
}

void PayloadPage::showTryOut(const TryOutResult &result)
{
    const PreviewResult &preview = result.preview;
    const QPalette pal = palette();
    const BodyMode mode = currentMode();
    const bool templated =
        mode == BodyMode::JsonTemplate || mode == BodyMode::Transform || mode == BodyMode::Raw;
    if (preview.failed()) {
        const PayloadError &e = *preview.error;
        if (e.part == PayloadError::Part::Body && templated && e.line > 0)
            m_ui->templateEditor->setErrorMarker(e.line, e.column, e.message);
        // The last good preview stays, greyed, so the layout does not jump.
        m_ui->previewView->setEnabled(false);
        setStatus(tr("⚠ The %1 cannot be rendered. %2").arg(e.partLabel(), e.toString()),
                  errorColor(pal));
        return;
    }
    m_ui->templateEditor->clearErrorMarker();
    m_ui->previewView->setEnabled(true);
    const int scroll = m_ui->previewView->verticalScrollBar()->value();
    m_ui->previewView->setPlainText(RequestText::format(preview.request));
    m_ui->previewView->verticalScrollBar()->setValue(scroll);

    QString status = result.match.matched
                         ? tr("Sent for this event.")
                         : tr("Not sent for this event: %1 Shown as it would be sent otherwise.")
                               .arg(result.match.explanation());
    if (!preview.signingNote.isEmpty())
        status += u' ' + tr("No signature shown: %1").arg(preview.signingNote);
    setStatus(status, result.match.matched ? successColor(pal) : pal.color(QPalette::WindowText));
}

QByteArray PayloadPage::splitterState() const
{
    return m_ui->payloadSplitter->saveState();
}

void PayloadPage::restoreSplitterState(const QByteArray &state)
{
    m_ui->payloadSplitter->restoreState(state);
}

} // namespace relais
