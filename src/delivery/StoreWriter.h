#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWaitCondition>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace relais {

class Database;
class PreparedStatements;

// The delivery engine's one writer: jobs from any thread (routed events,
// claims, attempts) are queued and committed together, as many as are
// waiting (up to a row limit), in one transaction: a group commit, so that
// synchronous=FULL costs one flush per batch rather than per row. A batch
// that fails is retried job by job, so one bad row does not sink the others.
// Lives in its own thread.
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    class Job
    {
    public:
        virtual ~Job() = default;
        // Rows it writes, for the batch size.
        virtual int rows() const { return 1; }
        // Inside the batch's transaction; may run more than once (when its
        // batch is retried job by job), so it starts from scratch each time.
        virtual bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) = 0;
        // After apply(): it stored deliveries that any dispatcher may claim
        // now (the batch then wakes the others on PostgreSQL).
        virtual bool storedDueWork() const { return false; }
        // After the commit (ok) or the rollback, in the writer's thread.
        virtual void committed(bool ok, const QString &error) = 0;
    };

    // Under load, batches start at most every `minInterval` (so that each
    // holds more rows: a commit costs about the same for 10 rows as for
    // 500); when idle, a job is committed at once.
    StoreWriter(const Database &db, int maxRowsPerBatch,
                std::chrono::milliseconds minInterval = std::chrono::milliseconds(5));
    ~StoreWriter() override;

    // Any thread.
    void enqueue(std::unique_ptr<Job> job);
    // Runs `task` in the writer's thread between batches, outside any
    // transaction (for work with its own transactions).
    void post(std::function<void()> task);
    // Waits until everything enqueued before the call is committed. Not
    // from the writer's thread.
    bool flush(std::chrono::milliseconds timeout);

    // In the writer's thread, before it ends: drops the prepared statements
    // (they belong to the thread's connection).
    void shutdown();

    qint64 batchesCommitted() const;

private:
    void drainSoon();
    void drain();
    void scheduleDrain(); // with m_mutex held
    void commitBatch(std::vector<std::unique_ptr<Job>> &batch);
    bool announce(PreparedStatements &sql, bool dueWork, QString *error);
    PreparedStatements &statements();

    const Database &m_db;
    const int m_maxRows;
    const std::chrono::milliseconds m_minInterval;
    QElapsedTimer m_sinceBatch;
    QTimer m_lingerTimer;
    std::unique_ptr<PreparedStatements> m_statements;

    mutable QMutex m_mutex;
    QWaitCondition m_progress;
    std::deque<std::unique_ptr<Job>> m_queue;
    std::deque<std::function<void()>> m_tasks;
    bool m_drainPosted = false;
    quint64 m_enqueued = 0; // jobs and tasks accepted so far
    quint64 m_done = 0;     // jobs and tasks finished so far
    qint64 m_batches = 0;
};

} // namespace relais
