#include "ActivityView.h"

#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <utility>

namespace relais {

namespace {

// Bar colours: mid tones that keep enough contrast on a light and on a dark
// chart background, one pair per outcome.
struct OutcomeColours
{
    QColor succeeded, retried, failed, pending;
};

OutcomeColours outcomeColours(bool dark)
{
    if (dark)
        return {QColor(0x4c, 0xc2, 0x7a), QColor(0xf0, 0xb4, 0x29), QColor(0xf2, 0x64, 0x64),
                QColor(0x8e, 0x9a, 0xae)};
    return {QColor(0x2e, 0x8b, 0x57), QColor(0xd9, 0x93, 0x00), QColor(0xd2, 0x3f, 0x3f),
            QColor(0x8a, 0x94, 0xa6)};
}

// Category labels must differ: a repeated local hour (the night the clocks
// go back) gets an invisible mark.
QStringList uniqueLabels(const QStringList &labels)
{
    QStringList out;
    QSet<QString> seen;
    for (QString label : labels) {
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        out << label;
    }
    return out;
}

QLabel *figureValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_coalesceTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityView"));
    m_pool.setMaxThreadCount(1);
    m_coalesceTimer->setSingleShot(true);
    connect(m_coalesceTimer, &QTimer::timeout, this, &ActivityView::refresh);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ActivityView::refresh);

    // Window toggle and the time of the figures.
    m_hoursButton = new QToolButton(this);
    m_hoursButton->setObjectName(QStringLiteral("hoursButton"));
    m_hoursButton->setText(tr("24 hours"));
    m_hoursButton->setToolTip(tr("Deliveries per hour over the last 24 hours"));
    m_daysButton = new QToolButton(this);
    m_daysButton->setObjectName(QStringLiteral("daysButton"));
    m_daysButton->setText(tr("30 days"));
    m_daysButton->setToolTip(tr("Deliveries per day over the last 30 days"));
    m_windowGroup = new QButtonGroup(this);
    for (QToolButton *b : {m_hoursButton, m_daysButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        m_windowGroup->addButton(b);
    }
    m_hoursButton->setChecked(true);
    connect(m_windowGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
        setWindow(b == m_daysButton ? ActivityWindow::Last30Days : ActivityWindow::Last24Hours);
    });
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_allCheckBox = new QCheckBox(tr("&All webhooks"), this);
    m_allCheckBox->setObjectName(QStringLiteral("allWebhooksCheckBox"));
    m_allCheckBox->setToolTip(tr("Show the activity of every webhook, not only the selected one"));
    connect(m_allCheckBox, &QCheckBox::toggled, this, [this] {
        ++m_generation;
        m_lastStart.invalidate(); // shown at once
        refresh();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_hoursButton);
    top->addWidget(m_daysButton);
    top->addSpacing(12);
    top->addWidget(m_allCheckBox);
    top->addStretch();
    top->addWidget(m_statusLabel);

    // The chart.
    m_succeeded = new QBarSet(tr("Succeeded"), this);
    m_retried = new QBarSet(tr("Retried"), this);
    m_failed = new QBarSet(tr("Failed"), this);
    m_pendingSet = new QBarSet(tr("Pending"), this);
    m_series = new QStackedBarSeries(this);
    m_series->setObjectName(QStringLiteral("deliveriesSeries"));
    m_series->setBarWidth(0.8);
    for (QBarSet *set : {m_succeeded, m_retried, m_failed, m_pendingSet})
        m_series->append(set);

    // Hovering a bar tells its period and every outcome's count.
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool inside, int index) {
        if (!inside || index < 0 || index >= m_summary.buckets.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), bucketToolTip(index), m_chartView);
    });

    auto *chart = new QChart;
    chart->setObjectName(QStringLiteral("deliveriesChart"));
    chart->addSeries(m_series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX = new QBarCategoryAxis(this);
    m_axisX->setObjectName(QStringLiteral("bucketAxis"));
    m_axisY = new QValueAxis(this);
    m_axisY->setObjectName(QStringLiteral("countAxis"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Deliveries"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);

    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("activityChart"));
    m_chartView->setAccessibleName(tr("Chart of deliveries by outcome"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFrameShape(QFrame::NoFrame);

    // The figures.
    m_p50Label = figureValue(QStringLiteral("p50Label"), this);
    m_p95Label = figureValue(QStringLiteral("p95Label"), this);
    m_queueLabel = figureValue(QStringLiteral("queueLabel"), this);
    auto *figures = new QGridLayout;
    const auto caption = [this](const QString &objectName, const QString &text,
                                const QString &toolTip) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setToolTip(toolTip);
        return label;
    };
    figures->addWidget(caption(QStringLiteral("p50Caption"), tr("Median response time"),
                               tr("Half of the attempts in the period were answered faster")),
                       0, 0);
    figures->addWidget(caption(QStringLiteral("p95Caption"), tr("95th percentile"),
                               tr("95% of the attempts in the period were answered faster")),
                       0, 1);
    figures->addWidget(caption(QStringLiteral("queueCaption"), tr("Waiting in the queue"),
                               tr("Deliveries of every webhook waiting to be sent")),
                       0, 2);
    figures->addWidget(m_p50Label, 1, 0);
    figures->addWidget(m_p95Label, 1, 1);
    figures->addWidget(m_queueLabel, 1, 2);
    figures->setHorizontalSpacing(24);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartView, 1);
    layout->addLayout(figures);

    m_summary.buckets.resize(ActivityRepository::bucketCount(m_window));
    applyPalette();
    showSummary(m_summary, m_generation);
    m_statusLabel->clear();
}

ActivityView::~ActivityView()
{
    // The worker's connection and the view must not outlive each other.
    m_pool.waitForDone();
}

void ActivityView::setUp(const Database &db)
{
    m_db = &db;
}

void ActivityView::setWebhook(const QUuid &webhookId)
{
    if (webhookId == m_webhookId && m_lastStart.isValid())
        return;
    m_webhookId = webhookId;
    ++m_generation;
    m_lastStart.invalidate(); // a new selection is shown at once
    refresh();
}

void ActivityView::setWindow(ActivityWindow window)
{
    (window == ActivityWindow::Last30Days ? m_daysButton : m_hoursButton)->setChecked(true);
    if (window == m_window)
        return;
    m_window = window;
    ++m_generation;
    m_lastStart.invalidate();
    refresh();
}

void ActivityView::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QChart *ActivityView::chart() const
{
    return m_chartView->chart();
}

void ActivityView::refresh()
{
    if (!m_db)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    const qint64 since = m_lastStart.isValid() ? m_lastStart.elapsed() : minRefreshIntervalMs;
    if (since >= minRefreshIntervalMs) {
        m_coalesceTimer->stop();
        startQuery();
    } else if (!m_coalesceTimer->isActive()) {
        m_coalesceTimer->start(int(minRefreshIntervalMs - since));
    }
}

void ActivityView::startQuery()
{
    m_running = true;
    m_pending = false;
    m_lastStart.start();
    const Database *db = m_db;
    const QUuid webhookId = m_allCheckBox->isChecked() ? QUuid() : m_webhookId;
    const ActivityWindow window = m_window;
    const QDateTime now = m_now();
    const int offset = now.toLocalTime().offsetFromUtc();
    const quint64 generation = m_generation;
    // Database::connection() gives the pool's thread its own connection.
    m_pool.start([this, db, webhookId, window, now, offset, generation] {
        ActivitySummary summary;
        QString error;
        const bool ok =
            ActivityRepository(*db).summary(webhookId, window, now, offset, &summary, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, summary, error, generation] {
                if (ok)
                    showSummary(summary, generation);
                else
                    showError(error, generation);
                queryFinished();
            },
            Qt::QueuedConnection);
    });
}

void ActivityView::queryFinished()
{
    m_running = false;
    if (m_pending)
        refresh();
}

void ActivityView::showSummary(const ActivitySummary &summary, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_summary = summary;
    const bool hours = summary.window == ActivityWindow::Last24Hours;

    QStringList labels;
    const QLocale locale;
    qint64 highest = 0;
    QList<qreal> succeeded, retried, failed, pending;
    for (const ActivityBucket &b : summary.buckets) {
        const QDateTime local = b.start.isValid() ? b.start.toLocalTime() : QDateTime();
        labels << (hours ? local.toString(QStringLiteral("HH"))
                         : locale.toString(local.date(), QStringLiteral("d MMM")));
        succeeded << qreal(b.succeeded);
        retried << qreal(b.retried);
        failed << qreal(b.failed);
        pending << qreal(b.pending);
        highest = qMax(highest, b.total());
    }
    for (auto [set, values] : {std::pair{m_succeeded, &succeeded}, std::pair{m_retried, &retried},
                               std::pair{m_failed, &failed}, std::pair{m_pendingSet, &pending}}) {
        set->remove(0, set->count());
        set->append(*values);
    }
    m_axisX->setCategories(uniqueLabels(labels));
    m_axisX->setLabelsAngle(hours ? 0 : -90);
    if (!summary.buckets.isEmpty() && summary.buckets.first().start.isValid()) {
        const QDateTime first = summary.buckets.first().start.toLocalTime();
        const QDateTime last = summary.buckets.last().start.toLocalTime();
        m_axisX->setTitleText(
            hours ? tr("Hour (local time), %1 to %2")
                        .arg(locale.toString(first, QLocale::ShortFormat),
                             locale.toString(last.addSecs(3600), QLocale::ShortFormat))
                  : tr("Day, %1 to %2")
                        .arg(locale.toString(first.date(), QLocale::ShortFormat),
                             locale.toString(last.date(), QLocale::ShortFormat)));
    } else {
        m_axisX->setTitleText(hours ? tr("Hour (local time)") : tr("Day"));
    }
    m_axisY->setRange(0, qMax<qint64>(4, highest));
    m_axisY->applyNiceNumbers();
    m_axisY->setLabelFormat(QStringLiteral("%d"));

    const LatencyPercentiles &l = summary.latency;
    m_p50Label->setText(l.samples > 0 ? durationText(l.p50Ms) : tr("—"));
    m_p95Label->setText(l.samples > 0 ? durationText(l.p95Ms) : tr("—"));
    const QString attempts = tr("%n attempt(s) in the period", nullptr, int(l.samples));
    m_p50Label->setToolTip(attempts);
    m_p95Label->setToolTip(attempts);
    m_queueLabel->setText(locale.toString(summary.queue.waiting));
    m_queueLabel->setToolTip(tr("%1 due now, %2 being sent, %3 waiting for the keychain")
                                 .arg(locale.toString(summary.queue.due),
                                      locale.toString(summary.queue.delivering),
                                      locale.toString(summary.queue.secretUnavailable)));
    if (m_lastStart.isValid())
        m_statusLabel->setText(
            tr("Updated %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT refreshed();
}

void ActivityView::showError(const QString &message, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_statusLabel->setText(tr("Could not update: %1").arg(message));
    Q_EMIT refreshed();
}

QString ActivityView::bucketToolTip(int index) const
{
    const ActivityBucket &b = m_summary.buckets.at(index);
    const QLocale locale;
    const QDateTime start = b.start.toLocalTime();
    const QString period =
        m_summary.window == ActivityWindow::Last24Hours
            ? tr("%1 to %2")
                  .arg(locale.toString(start, QLocale::ShortFormat),
                       locale.toString(start.addSecs(3600).time(), QLocale::ShortFormat))
            : locale.toString(start.date(), QLocale::LongFormat);
    return tr("%1\nSucceeded: %2\nRetried: %3\nFailed: %4\nPending: %5")
        .arg(period, locale.toString(b.succeeded), locale.toString(b.retried),
             locale.toString(b.failed), locale.toString(b.pending));
}

QString ActivityView::durationText(qint64 ms) const
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

void ActivityView::applyPalette()
{
    QChart *c = chart();
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The theme resets every colour and font: set it first, then ours.
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    c->setBackgroundBrush(background);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(text);
    c->setFont(font());
    c->legend()->setFont(font());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_axisX->setGridLineVisible(false);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_axisX->setTitleFont(titleFont);
    m_axisY->setTitleFont(titleFont);
    const OutcomeColours colours = outcomeColours(dark);
    const std::pair<QBarSet *, QColor> sets[] = {{m_succeeded, colours.succeeded},
                                                 {m_retried, colours.retried},
                                                 {m_failed, colours.failed},
                                                 {m_pendingSet, colours.pending}};
    for (const auto &[set, colour] : sets) {
        set->setColor(colour);
        set->setBorderColor(background);
        set->setLabelColor(text);
    }
    m_chartView->setBackgroundBrush(background);
}

void ActivityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pollTimer->start();
    refresh();
}

void ActivityView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

void ActivityView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace relais
