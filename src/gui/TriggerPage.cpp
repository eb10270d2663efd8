#include "TriggerPage.h"
#include "ui_TriggerPage.h"

#include "JsonHighlighter.h"
#include "WebhookTryOut.h"

#include "payload/EventCatalog.h"

namespace relais {

TriggerPage::TriggerPage(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::TriggerPage>())
{
    m_ui->setupUi(this);
    setHeading(m_ui->eventsHeading);
    setHeading(m_ui->filtersHeading);
    setNoteText(m_ui->eventsHintLabel,
                tr("Tick the events that trigger this webhook, or add a pattern: "
                   "Sales Order.* for every event of a document type, * for every event."));
    setNoteText(m_ui->resourceHintLabel,
                tr("Only events about these resources, separated by commas (a doctype, a "
                   "table, a survey page). Empty: every resource."));
    setNoteText(m_ui->conditionHintLabel,
                tr("A JavaScript expression over event and doc; the webhook fires when it is "
                   "true. Empty: every matching event."));
    setErrorText(m_ui->eventsErrorLabel, QString());
    m_ui->conditionEditor->setLineNumbersVisible(false);
    m_ui->conditionEditor->setVisibleLines(3);
    m_ui->conditionEditor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new JsonHighlighter(m_ui->conditionEditor->document(), JsonHighlighter::Mode::Script);
    m_ui->conditionResultLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->eventPicker, &EventPicker::patternsChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("events")); });
    connect(m_ui->resourceLineEdit, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("resource")); });
    connect(m_ui->conditionEditor, &QPlainTextEdit::textChanged, this, [this] {
        m_ui->conditionEditor->clearErrorMarker();
        Q_EMIT edited(QStringLiteral("condition"));
    });
}

TriggerPage::~TriggerPage() = default;

void TriggerPage::setCatalog(const EventCatalog &catalog)
{
    m_ui->eventPicker->setCatalog(catalog);
    m_ui->conditionSampleComboBox->setCatalog(catalog);
}

SampleEventComboBox *TriggerPage::sampleComboBox() const
{
    return m_ui->conditionSampleComboBox;
}

QString TriggerPage::title() const
{
    return tr("Trigger");
}

QString TriggerPage::summary() const
{
    return tr("Which events the webhook sends, tried live on a sample event.");
}

void TriggerPage::load(const Webhook &webhook, EditorMode)
{
    m_ui->eventPicker->setPatterns(webhook.eventPatterns);
    m_ui->resourceLineEdit->setText(webhook.resourceFilter);
    const QSignalBlocker blocker(m_ui->conditionEditor);
    m_ui->conditionEditor->setPlainText(webhook.condition);
}

void TriggerPage::apply(Webhook *webhook) const
{
    webhook->eventPatterns = m_ui->eventPicker->patterns();
    webhook->resourceFilter = m_ui->resourceLineEdit->text().trimmed();
    webhook->condition = m_ui->conditionEditor->toPlainText().trimmed();
}

QStringList TriggerPage::fields() const
{
    return {QStringLiteral("events"), QStringLiteral("condition")};
}

void TriggerPage::showErrors(const FieldErrors &errors)
{
    // Condition errors are shown by showTryOut(), with the sample's result.
    setErrorText(m_ui->eventsErrorLabel, messagesFor(errors, QStringLiteral("events")));
}

void TriggerPage::setResult(const QString &text, const QColor &color)
{
    QPalette pal = m_ui->conditionResultLabel->palette();
    pal.setColor(QPalette::WindowText, color);
    m_ui->conditionResultLabel->setPalette(pal);
    m_ui->conditionResultLabel->setText(text);
}

void TriggerPage::showTryOut(const TryOutResult &result)
{
    const MatchResult &match = result.match;
    const QPalette pal = palette();
    if (match.error) {
        const PayloadError &e = *match.error;
        m_ui->conditionEditor->setErrorMarker(e.line, e.column, e.message);
        setResult(tr("⚠ The condition cannot be evaluated. %1").arg(e.toString()), errorColor(pal));
        return;
    }
    m_ui->conditionEditor->clearErrorMarker();
    if (match.matched) {
        setResult(tr("✔ Matches. %1").arg(match.explanation()), successColor(pal));
        return;
    }
    QString text = tr("✘ Does not match. %1").arg(match.explanation());
    // The trigger stopped before the condition: still say what it thinks.
    if (const std::optional<MatchResult> &c = result.condition) {
        if (c->error) {
            m_ui->conditionEditor->setErrorMarker(c->error->line, c->error->column,
                                                  c->error->message);
            setResult(tr("%1 The condition cannot be evaluated either. %2")
                          .arg(text, c->error->toString()),
                      errorColor(pal));
            return;
        }
        text = c->matched
                   ? tr("%1 On its own, the condition is true (%2).").arg(text, c->conditionValue)
                   : tr("%1 On its own, the condition is false (%2).").arg(text, c->conditionValue);
    }
    setResult(text, pal.color(QPalette::WindowText));
}

} // namespace relais
