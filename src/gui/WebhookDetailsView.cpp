#include "WebhookDetailsView.h"
#include "ui_WebhookDetailsView.h"

#include "WebhookItemDelegate.h"
#include "WebhookText.h"

#include <QFontDatabase>

namespace relais {

namespace {

QFont scaled(QFont font, qreal factor, QFont::Weight weight)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

void setPlain(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

// A value the user left empty, shown softer than a real setting.
void setValue(QLabel *label, const QString &value, const QString &whenEmpty)
{
    setPlain(label, value.trimmed().isEmpty() ? whenEmpty : value);
    label->setForegroundRole(value.trimmed().isEmpty() ? QPalette::PlaceholderText
                                                       : QPalette::WindowText);
}

} // namespace

WebhookDetailsView::WebhookDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookDetailsView>())
{
    m_ui->setupUi(this);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->stateNoteLabel->setAutoFillBackground(true);
    for (QLabel *caption :
         {m_ui->eventsCaption, m_ui->resourceCaption, m_ui->conditionCaption, m_ui->headersCaption,
          m_ui->bodyCaption, m_ui->signingCaption, m_ui->timeoutCaption, m_ui->retriesCaption,
          m_ui->transportCaption, m_ui->autoDisableCaption}) {
        caption->setForegroundRole(QPalette::PlaceholderText);
    }
    applyFonts();
    m_ui->detailsScrollArea->viewport()->installEventFilter(this);
    setWebhook(std::nullopt);
}

WebhookDetailsView::~WebhookDetailsView() = default;

void WebhookDetailsView::applyFonts()
{
    const QFont base = font();
    m_ui->nameLabel->setFont(scaled(base, 1.6, QFont::DemiBold));
    m_ui->stateLabel->setFont(scaled(base, 1.0, QFont::DemiBold));
    for (QLabel *heading : {m_ui->triggerHeading, m_ui->requestHeading, m_ui->deliveryHeading}) {
        heading->setFont(scaled(base, 1.05, QFont::Bold));
        heading->setContentsMargins(0, 10, 0, 0);
    }
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0 && mono.pointSizeF() > 0)
        mono.setPointSizeF(base.pointSizeF());
    for (QLabel *code : {m_ui->requestLabel, m_ui->conditionLabel, m_ui->headersLabel})
        code->setFont(mono);
}

bool WebhookDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->detailsScrollArea->viewport() && event->type() == QEvent::Resize)
        fitContentsHeight();
    return QWidget::eventFilter(watched, event);
}

void WebhookDetailsView::fitContentsHeight()
{
    // The scroll area does not resize its contents itself (widgetResizable
    // is off): with wrapped text it left the layout at a stale height and
    // rows overlapped. The contents take the viewport's width and the height
    // their text needs at that width.
    const QSize viewport = m_ui->detailsScrollArea->viewport()->size();
    const QLayout *layout = m_ui->detailsContents->layout();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(viewport.width())
                                                   : layout->totalSizeHint().height();
    m_ui->detailsContents->resize(viewport.width(), std::max(viewport.height(), needed));
}

void WebhookDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyFonts();
        setWebhook(m_webhook); // fonts and colours depend on the values shown
    }
    QWidget::changeEvent(event);
}

void WebhookDetailsView::setWebhook(const std::optional<Webhook> &webhook)
{
    m_webhook = webhook;
    if (!webhook) {
        m_ui->detailsStack->setCurrentWidget(m_ui->placeholderPage);
        return;
    }
    const Webhook &w = *webhook;
    m_ui->detailsStack->setCurrentWidget(m_ui->detailsPage);

    setPlain(m_ui->nameLabel, w.name);
    setPlain(m_ui->descriptionLabel, w.description);
    m_ui->descriptionLabel->setVisible(!w.description.trimmed().isEmpty());
    setPlain(m_ui->requestLabel, tr("%1  %2").arg(methodName(w.method), w.url));
    showState(w);

    setPlain(m_ui->eventsLabel, w.eventPatterns.join(u'\n'));
    if (w.eventPatterns == QStringList{QStringLiteral("*")})
        setPlain(m_ui->eventsLabel, tr("* (every event)"));
    setValue(m_ui->resourceLabel, w.resourceFilter, tr("Any resource"));
    setValue(m_ui->conditionLabel, w.condition, tr("None: every matching event is sent"));
    m_ui->conditionLabel->setFont(w.condition.trimmed().isEmpty() ? font()
                                                                  : m_ui->requestLabel->font());

    setValue(m_ui->headersLabel, w.headers.isEmpty() ? QString() : WebhookText::headers(w.headers),
             WebhookText::headers({}));
    m_ui->headersLabel->setFont(w.headers.isEmpty() ? font() : m_ui->requestLabel->font());
    setPlain(m_ui->bodyLabel, WebhookText::bodyMode(w));
    setPlain(m_ui->signingLabel, WebhookText::signing(w));

    setPlain(m_ui->timeoutLabel, WebhookText::timeout(w.timeoutMs));
    setPlain(m_ui->retriesLabel, WebhookText::retrySchedule(w.retrySchedule));
    setPlain(m_ui->transportLabel, WebhookText::transport(w));
    setValue(m_ui->autoDisableLabel,
             w.autoDisableAfterFailures > 0
                 ? (w.autoDisableAfterFailures == 1 ? tr("after %n failed delivery", nullptr, 1)
                                                    : tr("after %n failed deliveries in a row",
                                                         nullptr, w.autoDisableAfterFailures))
                 : QString(),
             tr("Never"));
    fitContentsHeight();
}

void WebhookDetailsView::showState(const Webhook &w)
{
    const WebhookHealth health = WebhookText::health(w);
    const QColor color = WebhookItemDelegate::healthColor(int(health), palette());
    setPlain(m_ui->stateLabel,
             tr("%1 %2").arg(WebhookText::healthMark(health), WebhookText::healthName(health)));
    QPalette statePalette = m_ui->stateLabel->palette();
    statePalette.setColor(QPalette::WindowText, color);
    m_ui->stateLabel->setPalette(statePalette);

    QString note;
    switch (health) {
    case WebhookHealth::AutoDisabled:
        note = tr("Relais stopped sending to this webhook: %1").arg(w.disabledReason);
        break;
    case WebhookHealth::NeedsSecret:
        note = tr("This webhook was imported without its secret, so nothing is sent yet. Give "
                  "it one with:\nrelaisctl webhook edit \"%1\" --secret -")
                   .arg(w.name);
        break;
    case WebhookHealth::Disabled:
        note = tr("Disabled: events are not sent to this webhook until you enable it.");
        break;
    case WebhookHealth::Enabled:
        break;
    }
    setPlain(m_ui->stateNoteLabel, note);
    m_ui->stateNoteLabel->setVisible(!note.isEmpty());
    if (!note.isEmpty()) {
        // A soft tint of the state's colour, readable on light and dark themes.
        QPalette notePalette = palette();
        QColor tint = color;
        tint.setAlphaF(0.14);
        notePalette.setColor(QPalette::Window, tint);
        m_ui->stateNoteLabel->setPalette(notePalette);
    }
}

} // namespace relais
