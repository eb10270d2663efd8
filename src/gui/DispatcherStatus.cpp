#include "DispatcherStatus.h"

#include "delivery/DeliveryEngine.h"
#include "storage/DeliveryRepository.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace relais {

namespace {

constexpr int kQueueRefreshMs = 3000;
constexpr int kChangeMs = 1000;

} // namespace

DispatcherStatus::DispatcherStatus(const Database &db, DeliveryEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_engine(engine)
    , m_toggleButton(new QToolButton(this))
    , m_queueLabel(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggleButton);
    layout->addWidget(m_queueLabel);

    m_toggleButton->setObjectName(QStringLiteral("dispatcherToggleButton"));
    m_toggleButton->setCheckable(true);
    m_toggleButton->setAutoRaise(true);
    m_toggleButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggleButton->setAccessibleName(tr("Dispatcher"));
    m_queueLabel->setObjectName(QStringLiteral("queueDepthLabel"));
    m_queueLabel->setAccessibleName(tr("Deliveries waiting"));

    connect(m_toggleButton, &QToolButton::clicked, this, &DispatcherStatus::toggleDispatcher);
    connect(m_timer, &QTimer::timeout, this, &DispatcherStatus::updateQueueDepth);
    // The engine reports changes up to ten times a second: read once a second.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeMs);
    connect(m_changeTimer, &QTimer::timeout, this, &DispatcherStatus::updateQueueDepth);
    connect(&m_engine, &DeliveryEngine::deliveriesChanged, this, [this] {
        if (!m_changeTimer->isActive())
            m_changeTimer->start();
    });
    m_timer->start(kQueueRefreshMs);
    updateDispatcher();
    updateQueueDepth();
}

DispatcherStatus::~DispatcherStatus() = default;

void DispatcherStatus::toggleDispatcher()
{
    if (m_engine.isRunning()) {
        // stop() lets the requests in flight finish, which can take a moment.
        m_toggleButton->setText(tr("Pausing…"));
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_toggleButton->repaint();
        m_engine.stop();
        QGuiApplication::restoreOverrideCursor();
    } else {
        m_engine.start();
    }
    updateDispatcher();
    Q_EMIT dispatcherToggled(m_engine.isRunning());
}

void DispatcherStatus::updateDispatcher()
{
    const bool running = m_engine.isRunning();
    m_toggleButton->setChecked(running);
    m_toggleButton->setText(running ? tr("Dispatcher running") : tr("Dispatcher paused"));
    m_toggleButton->setIcon(
        style()->standardIcon(running ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_toggleButton->setToolTip(running ? tr("Deliveries are being sent. Click to pause: "
                                            "events are still stored and wait.")
                                       : tr("Nothing is sent from this window. Click to resume."));
}

void DispatcherStatus::updateQueueDepth()
{
    updateDispatcher(); // the engine may be started or stopped elsewhere too
    QString error;
    const QueueDepth depth =
        DeliveryRepository(m_db).queueDepth(QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        m_queueLabel->setText(tr("Queue unknown"));
        m_queueLabel->setToolTip(error);
        return;
    }
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
