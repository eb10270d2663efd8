#include "StoreWriter.h"

#include "storage/DatabaseListener.h"
#include "storage/SqlDialect.h"

#include "DeliveryLogging.h"

#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/SqlSupport.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QSqlQuery>

namespace relais {

StoreWriter::StoreWriter(const Database &db, int maxRowsPerBatch,
                         std::chrono::milliseconds minInterval)
    : m_db(db)
    , m_maxRows(qMax(1, maxRowsPerBatch))
    , m_minInterval(minInterval)
{
    m_lingerTimer.setParent(this); // moves to the writer's thread with this object
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_lingerTimer, &QTimer::timeout, this, &StoreWriter::drain);
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::scheduleDrain()
{
    if (m_drainPosted)
        return;
    m_drainPosted = true;
    QMetaObject::invokeMethod(this, &StoreWriter::drainSoon, Qt::QueuedConnection);
}

void StoreWriter::drainSoon()
{
    const qint64 since = m_sinceBatch.isValid() ? m_sinceBatch.elapsed() : m_minInterval.count();
    if (since < m_minInterval.count()) {
        m_lingerTimer.start(int(m_minInterval.count() - since));
        return;
    }
    drain();
}

void StoreWriter::enqueue(std::unique_ptr<Job> job)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(job));
    ++m_enqueued;
    scheduleDrain();
}

void StoreWriter::post(std::function<void()> task)
{
    QMutexLocker lock(&m_mutex);
    m_tasks.push_back(std::move(task));
    ++m_enqueued;
    scheduleDrain();
}

bool StoreWriter::flush(std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_enqueued;
    while (m_done < target) {
        if (!m_progress.wait(&m_mutex, deadline))
            return m_done >= target;
    }
    return true;
}

qint64 StoreWriter::batchesCommitted() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

PreparedStatements &StoreWriter::statements()
{
    if (!m_statements) {
        QSqlDatabase db = m_db.connection();
        for (const QString &setting : m_db.dialect().writerSettings()) {
            QSqlQuery q(db);
            if (!q.exec(setting))
                qCWarning(lcDelivery)
                    << "Could not apply" << setting << ":" << sqlvalue::errorText(q.lastError());
        }
        m_statements = std::make_unique<PreparedStatements>(db);
    }
    return *m_statements;
}

void StoreWriter::shutdown()
{
    m_lingerTimer.stop();
    drain();
    m_statements.reset();
    // Not left to the thread's end, which may come after main() returned.
    m_db.closeThreadConnection();
}

void StoreWriter::drain()
{
    std::vector<std::unique_ptr<Job>> batch;
    std::function<void()> task;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_tasks.empty()) {
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        int rows = 0;
        while (!m_queue.empty() && (batch.empty() || rows + m_queue.front()->rows() <= m_maxRows)) {
            rows += m_queue.front()->rows();
            batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
    }
    if (!batch.empty()) {
        m_sinceBatch.start();
        commitBatch(batch);
    }
    if (task)
        task();

    QMutexLocker lock(&m_mutex);
    m_done += batch.size() + (task ? 1 : 0);
    m_progress.wakeAll();
    m_drainPosted = false;
    if (!m_queue.empty() || !m_tasks.empty())
        scheduleDrain(); // after whatever else waits in this thread (timers, claims)
}

bool StoreWriter::announce(PreparedStatements &sql, bool dueWork, QString *error)
{
    // On PostgreSQL, other programs hear at commit that the log changed
    // and, when deliveries became due, dispatchers wake at once.
    const QString changes = DatabaseListener::notifySql(m_db, DatabaseListener::Changes);
    if (changes.isEmpty())
        return true;
    for (const QString &statement :
         {changes,
          dueWork ? DatabaseListener::notifySql(m_db, DatabaseListener::Work) : QString()}) {
        if (statement.isEmpty())
            continue;
        QSqlQuery *q = sql.get(statement, error);
        if (!q)
            return false;
        if (!q->exec()) {
            sqlvalue::setError(error, sqlvalue::errorText(q->lastError()));
            return false;
        }
        q->finish();
    }
    return true;
}

void StoreWriter::commitBatch(std::vector<std::unique_ptr<Job>> &batch)
{
    PreparedStatements &sql = statements();
    const QDateTime now = sqlvalue::nowUtc();
    QString error;
    const bool ok = m_db.write(
        [&](QSqlDatabase &, QString *workError) {
            bool dueWork = false;
            for (const auto &job : batch) {
                if (!job->apply(sql, now, workError))
                    return false;
                dueWork = dueWork || job->storedDueWork();
            }
            return announce(sql, dueWork, workError);
        },
        &error);
    if (ok) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_batches;
        }
        for (const auto &job : batch)
            job->committed(true, QString());
        return;
    }
    if (batch.size() > 1)
        qCWarning(lcDelivery) << "A batch of" << batch.size()
                              << "writes failed; retrying one by one:" << error;
    for (const auto &job : batch) {
        if (batch.size() == 1) {
            job->committed(false, error);
            continue;
        }
        QString oneError;
        const bool oneOk = m_db.write(
            [&](QSqlDatabase &, QString *workError) {
                return job->apply(sql, now, workError) &&
                       announce(sql, job->storedDueWork(), workError);
            },
            &oneError);
        if (!oneOk)
            qCWarning(lcDelivery) << "A write failed:" << oneError;
        job->committed(oneOk, oneError);
    }
}

} // namespace relais
