#include "DeliveryPage.h"
#include "ui_DeliveryPage.h"

#include "WebhookText.h"

#include <QRegularExpression>

namespace relais {

namespace {

struct Preset
{
    const char *name;
    QList<int> schedule;
};

QList<Preset> presets()
{
    return {
        {QT_TRANSLATE_NOOP("relais::DeliveryPage", "Standard"), Webhook::defaultRetrySchedule()},
        {QT_TRANSLATE_NOOP("relais::DeliveryPage", "Quick"), {0, 10, 60}},
        {QT_TRANSLATE_NOOP("relais::DeliveryPage", "None"), {0}},
    };
}

} // namespace

DeliveryPage::DeliveryPage(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::DeliveryPage>())
{
    m_ui->setupUi(this);
    for (const Preset &p : presets())
        m_ui->retryPresetComboBox->addItem(tr(p.name), QVariant::fromValue(p.schedule));
    m_ui->retryPresetComboBox->addItem(tr("Custom"));

    m_ui->rateLimitSpinBox->setSpecialValueText(tr("Unlimited"));
    m_ui->rateLimitSpinBox->setSuffix(tr(" per second"));
    m_ui->autoDisableSpinBox->setSpecialValueText(tr("Never"));
    m_ui->autoDisableSpinBox->setSuffix(tr(" failures in a row"));
    setNoteText(m_ui->timeoutHintLabel,
                tr("How long to wait for the receiver's answer before the attempt fails."));
    setNoteText(m_ui->concurrencyHintLabel,
                tr("Requests to this receiver at the same time, at most."));
    setNoteText(m_ui->autoDisableHintLabel,
                tr("Relais turns the webhook off and tells you when this many deliveries in a "
                   "row have used up all their attempts."));
    setErrorText(m_ui->timeoutErrorLabel, QString());
    setErrorText(m_ui->retryErrorLabel, QString());
    setErrorText(m_ui->deliveryErrorLabel, QString());

    connect(m_ui->retryPresetComboBox, &QComboBox::activated, this, &DeliveryPage::presetChosen);
    connect(m_ui->retryScheduleLineEdit, &QLineEdit::textEdited, this,
            &DeliveryPage::scheduleEdited);
    connect(m_ui->timeoutSpinBox, &QDoubleSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("timeout")); });
    connect(m_ui->concurrencySpinBox, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("concurrency")); });
    connect(m_ui->rateLimitSpinBox, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("rateLimit")); });
    connect(m_ui->autoDisableSpinBox, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("autoDisable")); });
    connect(m_ui->followRedirectsCheckBox, &QCheckBox::toggled, this,
            [this] { Q_EMIT edited(QStringLiteral("followRedirects")); });
}

DeliveryPage::~DeliveryPage() = default;

QString DeliveryPage::title() const
{
    return tr("Delivery");
}

QString DeliveryPage::summary() const
{
    return tr("Timeouts, retries and limits, so that a slow receiver is not overwhelmed.");
}

QString DeliveryPage::scheduleText(const QList<int> &seconds)
{
    QStringList parts;
    for (int s : seconds) {
        if (s > 0 && s % 86400 == 0)
            parts << QStringLiteral("%1d").arg(s / 86400);
        else if (s > 0 && s % 3600 == 0)
            parts << QStringLiteral("%1h").arg(s / 3600);
        else if (s > 0 && s % 60 == 0)
            parts << QStringLiteral("%1m").arg(s / 60);
        else
            parts << QStringLiteral("%1s").arg(s);
    }
    // "0s" reads better as "0".
    if (!parts.isEmpty() && parts.first() == QLatin1String("0s"))
        parts.first() = QStringLiteral("0");
    return parts.join(QStringLiteral(", "));
}

bool DeliveryPage::parseSchedule(const QString &text, QList<int> *seconds, QString *error)
{
    static const QRegularExpression part(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|"
                       "d|days?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<int> result;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString p = raw.trimmed();
        if (p.isEmpty())
            continue;
        if (p.compare(QLatin1String("immediately"), Qt::CaseInsensitive) == 0 ||
            p.compare(tr("immediately"), Qt::CaseInsensitive) == 0) {
            result << 0;
            continue;
        }
        const QRegularExpressionMatch m = part.match(p);
        if (!m.hasMatch()) {
            *error = tr("“%1” is not a delay: write a number with s, m, h or d, as in 0, 5s, "
                        "5m, 2h.")
                         .arg(p);
            return false;
        }
        const QChar unit = m.captured(2).isEmpty() ? u's' : m.captured(2).at(0).toLower();
        const int factor = unit == u'd' ? 86400 : unit == u'h' ? 3600 : unit == u'm' ? 60 : 1;
        result << int(qRound(m.captured(1).toDouble() * factor));
    }
    if (result.isEmpty()) {
        *error = tr("List at least one attempt; 0 sends at once.");
        return false;
    }
    *seconds = result;
    return true;
}

void DeliveryPage::load(const Webhook &webhook, EditorMode)
{
    m_ui->timeoutSpinBox->setValue(webhook.timeoutMs / 1000.0);
    m_loadedSchedule = webhook.retrySchedule;
    m_ui->retryScheduleLineEdit->setText(scheduleText(webhook.retrySchedule));
    scheduleEdited();
    m_ui->concurrencySpinBox->setValue(webhook.maxConcurrency);
    m_ui->rateLimitSpinBox->setValue(webhook.rateLimitPerSecond);
    m_ui->autoDisableSpinBox->setValue(webhook.autoDisableAfterFailures);
    m_ui->followRedirectsCheckBox->setChecked(webhook.followRedirects);
}

void DeliveryPage::apply(Webhook *webhook) const
{
    webhook->timeoutMs = int(qRound(m_ui->timeoutSpinBox->value() * 1000));
    QList<int> schedule;
    QString error;
    webhook->retrySchedule = parseSchedule(m_ui->retryScheduleLineEdit->text(), &schedule, &error)
                                 ? schedule
                                 : m_loadedSchedule;
    webhook->maxConcurrency = m_ui->concurrencySpinBox->value();
    webhook->rateLimitPerSecond = m_ui->rateLimitSpinBox->value();
    webhook->autoDisableAfterFailures = m_ui->autoDisableSpinBox->value();
    webhook->followRedirects = m_ui->followRedirectsCheckBox->isChecked();
}

FieldErrors DeliveryPage::problems() const
{
    QList<int> schedule;
    QString error;
    if (parseSchedule(m_ui->retryScheduleLineEdit->text(), &schedule, &error))
        return {};
    return {{QStringLiteral("retry"), error}};
}

QStringList DeliveryPage::fields() const
{
    return {QStringLiteral("timeout"), QStringLiteral("retry"), QStringLiteral("concurrency"),
            QStringLiteral("rateLimit"), QStringLiteral("autoDisable")};
}

void DeliveryPage::showErrors(const FieldErrors &errors)
{
    setErrorText(m_ui->timeoutErrorLabel, messagesFor(errors, QStringLiteral("timeout")));
    setErrorText(m_ui->retryErrorLabel, messagesFor(errors, QStringLiteral("retry")));
    QStringList rest;
    for (const char *field : {"concurrency", "rateLimit", "autoDisable"}) {
        if (const QString m = messagesFor(errors, QString::fromLatin1(field)); !m.isEmpty())
            rest << m;
    }
    setErrorText(m_ui->deliveryErrorLabel, rest.join(u'\n'));
}

void DeliveryPage::presetChosen()
{
    const QVariant schedule = m_ui->retryPresetComboBox->currentData();
    if (!schedule.isValid()) {
        m_ui->retryScheduleLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->retryScheduleLineEdit->setText(scheduleText(schedule.value<QList<int>>()));
    scheduleEdited();
}

void DeliveryPage::scheduleEdited()
{
    QList<int> schedule;
    QString error;
    if (!parseSchedule(m_ui->retryScheduleLineEdit->text(), &schedule, &error)) {
        setNoteText(m_ui->retrySummaryLabel, QString());
        Q_EMIT edited(QStringLiteral("retry"));
        return;
    }
    int preset = m_ui->retryPresetComboBox->count() - 1; // Custom
    for (int i = 0; i < preset; ++i) {
        if (m_ui->retryPresetComboBox->itemData(i).value<QList<int>>() == schedule)
            preset = i;
    }
    m_ui->retryPresetComboBox->setCurrentIndex(preset);
    qint64 total = 0;
    for (int s : std::as_const(schedule))
        total += s;
    const int n = int(schedule.size());
    const QString attempts = n == 1 ? tr("%n attempt", nullptr, n) : tr("%n attempts", nullptr, n);
    setNoteText(m_ui->retrySummaryLabel,
                n == 1 ? tr("%1: %2.").arg(attempts, WebhookText::retrySchedule(schedule))
                       : tr("%1 over about %2: %3.")
                             .arg(attempts, WebhookText::duration(int(total)),
                                  WebhookText::retrySchedule(schedule)));
    Q_EMIT edited(QStringLiteral("retry"));
}

} // namespace relais
