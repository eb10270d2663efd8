#include "DispatcherStatus.h"

#include "delivery/DeliveryEngine.h"
#include "storage/DatabaseListener.h"
#include "storage/DeliveryRepository.h"
#include "storage/DispatcherRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace relais {

namespace {

constexpr int kQueueRefreshMs = 3000;
constexpr int kChangeMs = 1000;
constexpr qint64 kRecentlyStoppedSecs = 3600; // listed in the tooltip for an hour

} // namespace

// What the helper thread read.
struct DispatcherStatus::Reading
{
    QList<DispatcherInfo> dispatchers;
    QString dispatchersError;
    QueueDepth depth;
    QString depthError;
};

DispatcherStatus::DispatcherStatus(const Database &db, DeliveryEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_engine(engine)
    , m_toggleButton(new QToolButton(this))
    , m_queueLabel(new QLabel(this))
    , m_othersLabel(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggleButton);
    layout->addWidget(m_queueLabel);
    layout->addWidget(m_othersLabel);

    m_toggleButton->setObjectName(QStringLiteral("dispatcherToggleButton"));
    m_toggleButton->setCheckable(true);
    m_toggleButton->setAutoRaise(true);
    m_toggleButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggleButton->setAccessibleName(tr("Dispatcher"));
    m_queueLabel->setObjectName(QStringLiteral("queueDepthLabel"));
    m_queueLabel->setAccessibleName(tr("Deliveries waiting"));
    m_othersLabel->setObjectName(QStringLiteral("otherDispatchersLabel"));
    m_othersLabel->setAccessibleName(tr("Other dispatchers"));
    m_othersLabel->setVisible(false);

    connect(m_toggleButton, &QToolButton::clicked, this, &DispatcherStatus::toggleDispatcher);
    connect(m_timer, &QTimer::timeout, this, &DispatcherStatus::updateQueueDepth);
    // The engine reports changes up to ten times a second: read once a second.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeMs);
    connect(m_changeTimer, &QTimer::timeout, this, &DispatcherStatus::updateQueueDepth);
    connect(&m_engine, &DeliveryEngine::deliveriesChanged, this, &DispatcherStatus::scheduleUpdate);
    connect(&m_engine, &DeliveryEngine::stopped, this, &DispatcherStatus::updateDispatcher);
    m_timer->start(kQueueRefreshMs);
    m_pool.setMaxThreadCount(1);
    updateDispatcher();
    updateQueueDepth();
}

DispatcherStatus::~DispatcherStatus()
{
    m_pool.waitForDone();
}

void DispatcherStatus::followNotifications(DatabaseListener *listener)
{
    if (listener && listener->isListening())
        connect(listener, &DatabaseListener::changed, this, &DispatcherStatus::scheduleUpdate);
}

void DispatcherStatus::scheduleUpdate()
{
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void DispatcherStatus::toggleDispatcher()
{
    if (m_engine.isStopping())
        return;
    if (m_engine.isRunning()) {
        // The requests in flight finish first, which can take a while: the
        // window goes on meanwhile, and `stopped` says when it is done.
        m_engine.stopInBackground();
    } else {
        m_engine.start();
    }
    updateDispatcher();
    Q_EMIT dispatcherToggled(m_engine.isRunning());
}

void DispatcherStatus::updateDispatcher()
{
    // While pausing, isRunning() is already false: the requests in flight
    // are finishing, and the button takes no click until they have.
    const bool stopping = m_engine.isStopping();
    const bool running = m_engine.isRunning();
    m_toggleButton->setEnabled(!stopping);
    m_toggleButton->setChecked(running);
    m_toggleButton->setIcon(
        style()->standardIcon(running ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (stopping) {
        m_toggleButton->setText(tr("Pausing…"));
        m_toggleButton->setToolTip(tr("Waiting for the requests being sent to finish."));
    } else if (running) {
        m_toggleButton->setText(tr("Dispatcher running"));
        m_toggleButton->setToolTip(
            tr("Deliveries are being sent. Click to pause: events are still stored and wait."));
    } else {
        m_toggleButton->setText(tr("Dispatcher paused"));
        m_toggleButton->setToolTip(tr("Nothing is sent from this window. Click to resume."));
    }
}

void DispatcherStatus::updateQueueDepth()
{
    updateDispatcher(); // the engine may be started or stopped elsewhere too
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    const Database *db = &m_db;
    // Database::connection() gives the pool's thread its own connection.
    m_pool.start([this, db] {
        Reading r;
        r.dispatchers = DispatcherRepository::list(*db, &r.dispatchersError);
        r.depth =
            DeliveryRepository(*db).queueDepth(QDateTime::currentDateTimeUtc(), &r.depthError);
        QMetaObject::invokeMethod(
            this, [this, r] { show(r); }, Qt::QueuedConnection);
    });
}

void DispatcherStatus::show(const Reading &reading)
{
    m_reading = false;
    showDispatchers(reading);
    showQueueDepth(reading);
    if (std::exchange(m_readAgain, false))
        updateQueueDepth();
}

void DispatcherStatus::showDispatchers(const Reading &reading)
{
    const QString &error = reading.dispatchersError;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    int others = 0;
    for (const DispatcherInfo &d : reading.dispatchers) {
        const bool running = d.isRunning(now, 3 * m_engine.options().heartbeatInterval);
        if (!running && d.heartbeatAt.secsTo(now) > kRecentlyStoppedSecs)
            continue;
        const bool mine = d.id == m_engine.dispatcherId();
        others += running && !mine ? 1 : 0;
        const QString when = QLocale().toString(d.heartbeatAt.toLocalTime(), QLocale::ShortFormat);
        QString line = mine ? tr("%1 (this window)").arg(d.host) : d.host;
        line += QStringLiteral(" · ") + tr("process %1").arg(d.pid) + QStringLiteral(" · ");
        line += running
                    ? tr("running, last heard %n s ago", nullptr, int(d.heartbeatAt.secsTo(now)))
                    : (d.stoppedAt.isValid() ? tr("stopped at %1").arg(when)
                                             : tr("silent since %1").arg(when));
        lines << line;
    }
    m_othersLabel->setVisible(others > 0 || !error.isEmpty());
    m_othersLabel->setText(error.isEmpty() ? tr("Other dispatchers: %1").arg(others)
                                           : tr("Other dispatchers unknown"));
    m_othersLabel->setToolTip(error.isEmpty() ? lines.join(QLatin1Char('\n')) : error);
}

void DispatcherStatus::showQueueDepth(const Reading &reading)
{
    if (!reading.depthError.isEmpty()) {
        m_queueLabel->setText(tr("Queue unknown"));
        m_queueLabel->setToolTip(reading.depthError);
        return;
    }
    const QueueDepth &depth = reading.depth;
    const int waiting = int(depth.waiting + depth.delivering);
    m_queueLabel->setText(waiting == 0 ? tr("Nothing queued") : tr("%n queued", nullptr, waiting));
    QString tip = tr("%n due now", nullptr, int(depth.due)) + QLatin1Char('\n') +
                  tr("%n being sent", nullptr, int(depth.delivering));
    if (depth.secretUnavailable > 0)
        tip += QLatin1Char('\n') +
               tr("%n waiting for the keychain", nullptr, int(depth.secretUnavailable));
    m_queueLabel->setToolTip(tip);
}

} // namespace relais
