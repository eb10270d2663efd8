#pragma once

#include "storage/ActivityRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QUuid>
#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QBarSet;
class QButtonGroup;
class QChart;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QTimer;
class QCheckBox;
class QToolButton;
class QValueAxis;

namespace relais {

class Database;

// The Overview tab: deliveries per hour (24 h) or per day (30 d) as stacked
// bars by outcome, the latency percentiles and the queue depth, for one
// webhook or for all. The queries run on a worker thread with its own
// database connection; refreshes are coalesced to one every two seconds.
class ActivityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)

public:
    static constexpr int minRefreshIntervalMs = 2000;
    static constexpr int pollIntervalMs = 10000;

    explicit ActivityView(QWidget *parent = nullptr);
    // Waits for a query still running.
    ~ActivityView() override;

    // Called once, before anything is shown. `db` must outlive the view.
    void setUp(const Database &db);
    // A null id shows the activity of every webhook.
    void setWebhook(const QUuid &webhookId);
    QUuid webhook() const { return m_webhookId; }
    void setWindow(ActivityWindow window);
    ActivityWindow window() const { return m_window; }
    // Where "now" comes from (tests and screenshots); the clock by default.
    void setClock(std::function<QDateTime()> now);

    // The figures shown (empty buckets until the first refresh ends).
    const ActivitySummary &summary() const { return m_summary; }
    QChart *chart() const;

public Q_SLOTS:
    // Asks for fresh figures: at once when the last query started more
    // than two seconds ago and none is running, otherwise once later (any
    // number of calls in between make one query). A new webhook or window
    // is queried at once, after the query running, if any.
    void refresh();

Q_SIGNALS:
    // New figures are shown (or an error, in the status line).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startQuery();
    void showSummary(const ActivitySummary &summary, quint64 generation);
    void showError(const QString &message, quint64 generation);
    void queryFinished();
    void applyPalette();
    void updateAxes();
    QString durationText(qint64 ms) const;
    QString bucketToolTip(int index) const;

    const Database *m_db = nullptr;
    QUuid m_webhookId;
    ActivityWindow m_window = ActivityWindow::Last24Hours;
    std::function<QDateTime()> m_now;
    ActivitySummary m_summary;

    QThreadPool m_pool; // one thread: queries run one at a time
    QTimer *const m_coalesceTimer;
    QTimer *const m_pollTimer;
    QElapsedTimer m_lastStart;
    bool m_running = false;
    bool m_pending = false;
    // Bumped when the webhook or window changes: older answers are dropped.
    quint64 m_generation = 0;

    QButtonGroup *m_windowGroup = nullptr;
    QToolButton *m_hoursButton = nullptr;
    QToolButton *m_daysButton = nullptr;
    QCheckBox *m_allCheckBox = nullptr; // every webhook, whatever is selected
    QChartView *m_chartView = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QBarSet *m_succeeded = nullptr;
    QBarSet *m_retried = nullptr;
    QBarSet *m_failed = nullptr;
    QBarSet *m_pendingSet = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLabel *m_p50Label = nullptr;
    QLabel *m_p95Label = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace relais
