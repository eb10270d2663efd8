#include "DispatchQueue.h"

#include <QMutexLocker>

#include <cmath>

namespace relais {

int DispatchQueue::addWorker(Wake wake)
{
    QMutexLocker lock(&m_mutex);
    m_workers << std::move(wake);
    m_idle << true;
    return int(m_workers.size() - 1);
}

void DispatchQueue::clearWorkers()
{
    QMutexLocker lock(&m_mutex);
    m_workers.clear();
    m_idle.clear();
}

void DispatchQueue::setLowWater(int lowWater, Wake onLow)
{
    QMutexLocker lock(&m_mutex);
    m_lowWater = lowWater;
    m_onLow = std::move(onLow);
    m_lowSignalled = false;
}

void DispatchQueue::rearmLowWater()
{
    QMutexLocker lock(&m_mutex);
    m_lowSignalled = false;
}

void DispatchQueue::setHandoffLimit(int limit)
{
    QMutexLocker lock(&m_mutex);
    m_handoffLimit = limit;
}

void DispatchQueue::setOpen(bool open)
{
    QMutexLocker lock(&m_mutex);
    m_open = open;
    if (!m_clock.isValid())
        m_clock.start();
}

bool DispatchQueue::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

bool DispatchQueue::acceptsHandoff(int count) const
{
    QMutexLocker lock(&m_mutex);
    return m_open && m_backlog + count <= m_handoffLimit;
}

DispatchQueue::Wake DispatchQueue::claimIdleWorker()
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i)) {
            m_idle[i] = false;
            return m_workers.at(i);
        }
    }
    return {};
}

QList<DispatchJob> DispatchQueue::add(QList<DispatchJob> jobs)
{
    QList<Wake> wakes;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open)
            return jobs;
        for (DispatchJob &job : jobs) {
            if (job.test) {
                m_urgent.push_back(std::move(job));
            } else {
                const QUuid id = job.webhook->id;
                auto it = m_lanes.find(id);
                if (it == m_lanes.end()) {
                    it = m_lanes.insert(id, Lane{});
                    m_ring << id;
                }
                it->maxConcurrency = qMax(1, job.webhook->maxConcurrency);
                it->ratePerSecond = qMax(0, job.webhook->rateLimitPerSecond);
                it->jobs.push_back(std::move(job));
            }
            ++m_backlog;
            if (Wake w = claimIdleWorker())
                wakes << w;
        }
    }
    for (const Wake &w : std::as_const(wakes))
        w();
    return {};
}

bool DispatchQueue::laneCanStart(Lane &lane, qint64 nowMs, qint64 *waitMs)
{
    if (lane.jobs.empty() || lane.inFlight >= lane.maxConcurrency)
        return false;
    if (lane.ratePerSecond <= 0)
        return true;
    const double capacity = qMax(1.0, std::ceil(lane.ratePerSecond / 10.0));
    if (lane.refilledAtMs < 0) {
        lane.tokens = capacity;
    } else {
        lane.tokens = qMin(capacity, lane.tokens + double(nowMs - lane.refilledAtMs) *
                                                       lane.ratePerSecond / 1000.0);
    }
    lane.refilledAtMs = nowMs;
    if (lane.tokens >= 1.0)
        return true;
    const qint64 wait = qint64(std::ceil((1.0 - lane.tokens) * 1000.0 / lane.ratePerSecond));
    *waitMs = *waitMs < 0 ? wait : qMin(*waitMs, wait);
    return false;
}

std::optional<DispatchJob> DispatchQueue::takeUrgent()
{
    if (m_urgent.empty())
        return std::nullopt;
    DispatchJob job = std::move(m_urgent.front());
    m_urgent.pop_front();
    const QUuid id = job.webhook->id;
    auto it = m_lanes.find(id);
    if (it == m_lanes.end()) {
        it = m_lanes.insert(id, Lane{});
        it->maxConcurrency = qMax(1, job.webhook->maxConcurrency);
        m_ring << id;
    }
    ++it->inFlight;
    return job;
}

DispatchQueue::Taken DispatchQueue::take(int worker)
{
    Taken taken;
    Wake wakeOther;
    Wake lowWater;
    {
        QMutexLocker lock(&m_mutex);
        if (m_open) {
            taken.job = takeUrgent();
            const qint64 nowMs = m_clock.elapsed();
            for (qsizetype k = 0; !taken.job && k < m_ring.size(); ++k) {
                const qsizetype index = (m_cursor + k) % m_ring.size();
                Lane &lane = m_lanes[m_ring.at(index)];
                if (!laneCanStart(lane, nowMs, &taken.retryInMs))
                    continue;
                if (lane.ratePerSecond > 0)
                    lane.tokens -= 1.0;
                taken.job = std::move(lane.jobs.front());
                lane.jobs.pop_front();
                ++lane.inFlight;
                m_cursor = index + 1;
            }
        }
        if (taken.job) {
            taken.retryInMs = -1;
            --m_backlog;
            ++m_inFlight;
            if (m_backlog > 0)
                wakeOther = claimIdleWorker();
            if (m_backlog < m_lowWater && !m_lowSignalled && m_onLow) {
                m_lowSignalled = true;
                lowWater = m_onLow;
            }
        } else if (worker >= 0 && worker < m_idle.size()) {
            m_idle[worker] = true;
        }
    }
    if (wakeOther)
        wakeOther();
    if (lowWater)
        lowWater();
    return taken;
}

void DispatchQueue::removeIfIdle(const QUuid &id)
{
    const auto it = m_lanes.find(id);
    if (it == m_lanes.end() || !it->jobs.empty() || it->inFlight > 0)
        return;
    m_lanes.erase(it);
    const qsizetype index = m_ring.indexOf(id);
    m_ring.removeAt(index);
    if (m_cursor > index)
        --m_cursor;
}

void DispatchQueue::finished(const QUuid &webhookId)
{
    QMutexLocker lock(&m_mutex);
    --m_inFlight;
    const auto it = m_lanes.find(webhookId);
    if (it == m_lanes.end())
        return;
    --it->inFlight;
    removeIfIdle(webhookId);
}

QList<DispatchJob> DispatchQueue::dropWebhook(const QUuid &webhookId)
{
    QMutexLocker lock(&m_mutex);
    QList<DispatchJob> dropped;
    const auto it = m_lanes.find(webhookId);
    if (it == m_lanes.end())
        return dropped;
    for (DispatchJob &job : it->jobs)
        dropped << std::move(job);
    it->jobs.clear();
    m_backlog -= int(dropped.size());
    removeIfIdle(webhookId);
    return dropped;
}

QList<DispatchJob> DispatchQueue::takeAll()
{
    QMutexLocker lock(&m_mutex);
    QList<DispatchJob> all;
    for (DispatchJob &job : m_urgent)
        all << std::move(job);
    m_urgent.clear();
    for (Lane &lane : m_lanes) {
        for (DispatchJob &job : lane.jobs)
            all << std::move(job);
        lane.jobs.clear();
    }
    const QList<QUuid> ids = m_lanes.keys();
    for (const QUuid &id : ids)
        removeIfIdle(id);
    m_backlog = 0;
    return all;
}

int DispatchQueue::backlog() const
{
    QMutexLocker lock(&m_mutex);
    return m_backlog;
}

int DispatchQueue::inFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

} // namespace relais
