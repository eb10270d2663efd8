#pragma once

#include "DispatchJob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QUuid>

#include <deque>
#include <functional>
#include <optional>

namespace relais {

// The jobs one dispatcher holds, waiting for a worker. Test deliveries go
// first; then webhooks take turns, each within its concurrency limit
// (Webhook::maxConcurrency requests in flight) and rate limit (a token
// bucket refilled at rateLimitPerSecond, holding a tenth of a second's
// worth). Thread-safe: workers take jobs from their own threads and are
// woken when work they could take appears.
class DispatchQueue final
{
public:
    using Wake = std::function<void()>;

    DispatchQueue() = default;
    Q_DISABLE_COPY_MOVE(DispatchQueue)

    // Workers register before the queue opens; `wake` must be callable
    // from any thread (it posts to the worker).
    int addWorker(Wake wake);
    void clearWorkers();
    // Called (from whichever thread takes) when fewer than `lowWater` jobs
    // wait, once until rearmLowWater().
    void setLowWater(int lowWater, Wake onLow);
    void rearmLowWater();
    // Router hand-offs are refused beyond this many waiting jobs.
    void setHandoffLimit(int limit);

    void setOpen(bool open);
    bool isOpen() const;
    bool acceptsHandoff(int count) const;

    // Returns the jobs refused because the queue is closed.
    QList<DispatchJob> add(QList<DispatchJob> jobs);

    struct Taken
    {
        std::optional<DispatchJob> job;
        qint64 retryInMs = -1; // > -1: a rate limit holds work back this long
    };
    Taken take(int worker);
    // The request of a job taken for this webhook is over.
    void finished(const QUuid &webhookId);

    // Waiting jobs of a webhook (disabled meanwhile), removed.
    QList<DispatchJob> dropWebhook(const QUuid &webhookId);
    // Every waiting job, removed (the dispatcher stops).
    QList<DispatchJob> takeAll();

    int backlog() const;
    int inFlight() const;

private:
    struct Lane
    {
        std::deque<DispatchJob> jobs;
        int inFlight = 0;
        int maxConcurrency = 1;
        int ratePerSecond = 0;
        double tokens = 0;
        qint64 refilledAtMs = -1;
    };

    // With m_mutex held.
    bool laneCanStart(Lane &lane, qint64 nowMs, qint64 *waitMs);
    void removeIfIdle(const QUuid &id);
    std::optional<DispatchJob> takeUrgent();
    Wake claimIdleWorker();

    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    std::deque<DispatchJob> m_urgent;
    QHash<QUuid, Lane> m_lanes;
    QList<QUuid> m_ring; // lanes with jobs or requests in flight, in turn order
    qsizetype m_cursor = 0;
    int m_backlog = 0;
    int m_inFlight = 0;
    bool m_open = false;
    int m_handoffLimit = 1000;
    int m_lowWater = 0;
    bool m_lowSignalled = false;
    Wake m_onLow;
    QList<Wake> m_workers;
    QList<bool> m_idle;
};

} // namespace relais
