#include "ScriptWatchdog.h"

#include <QJSEngine>

namespace relais {

ScriptWatchdog::ScriptWatchdog(QJSEngine *engine)
    : m_engine(engine)
    , m_thread([this] { run(); })
{}

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void ScriptWatchdog::arm(std::chrono::milliseconds limit)
{
    qint64 deadline = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          (Clock::now() + limit).time_since_epoch())
                          .count();
    // Every evaluation gets a distinct deadline, so that the watchdog can
    // never mistake the next evaluation for the one it meant to stop.
    if (deadline <= m_lastDeadline)
        deadline = m_lastDeadline + 1;
    m_lastDeadline = deadline;
    m_deadline.store(deadline);
    if (m_sleeping.load()) {
        std::lock_guard lock(m_mutex);
        m_wake.notify_one();
    }
}

bool ScriptWatchdog::disarm()
{
    if (m_deadline.exchange(kIdle) != kFired)
        return false;
    // The watchdog interrupts while holding the mutex: once we hold it, the
    // flag is set, and clearing it cannot be undone by a late interrupt.
    std::lock_guard lock(m_mutex);
    m_engine->setInterrupted(false);
    return true;
}

void ScriptWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        qint64 deadline = m_deadline.load();
        if (deadline == kIdle || deadline == kFired) {
            m_sleeping.store(true);
            // arm() stores the deadline before it looks at m_sleeping: one of
            // the two sees the other.
            if (m_deadline.load() == deadline)
                m_wake.wait(lock);
            m_sleeping.store(false);
            continue;
        }
        const qint64 now =
            std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
                .count();
        if (now >= deadline) {
            if (m_deadline.compare_exchange_strong(deadline, kFired))
                m_engine->setInterrupted(true);
            continue;
        }
        m_wake.wait_for(lock, std::chrono::nanoseconds(deadline - now));
    }
}

} // namespace relais
