#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace relais {

// Stops a script that runs too long. A QTimer cannot do it (the engine's
// thread is busy running the script), so a thread of its own calls
// QJSEngine::setInterrupted(true) once the deadline passes. Arming and
// disarming are a few atomic operations: the thread sleeps until the
// deadline, and is only woken when it was idle.
class ScriptWatchdog final
{
public:
    explicit ScriptWatchdog(QJSEngine *engine);
    ~ScriptWatchdog();
    Q_DISABLE_COPY_MOVE(ScriptWatchdog)

    // Before each evaluation, on the engine's thread.
    void arm(std::chrono::milliseconds limit);
    // After it. True when the evaluation was interrupted; the engine can
    // then be used again.
    bool disarm();

private:
    using Clock = std::chrono::steady_clock;
    static constexpr qint64 kIdle = 0;
    static constexpr qint64 kFired = -1;

    void run();

    QJSEngine *const m_engine;
    // Deadline of the evaluation in progress, in steady-clock nanoseconds;
    // kIdle when none, kFired once the watchdog interrupted it.
    std::atomic<qint64> m_deadline{kIdle};
    std::atomic<bool> m_sleeping{false};
    qint64 m_lastDeadline = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false; // guarded by m_mutex
    std::thread m_thread;
};

} // namespace relais
