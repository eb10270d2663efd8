#pragma once

#include "DeliveryRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace relais {

class Database;

// The two windows of the Overview charts.
enum class ActivityWindow
{
    Last24Hours, // 24 buckets of one hour; the last one holds the current hour
    Last30Days   // 30 buckets of one day; the last one holds today
};

// Deliveries created in one bucket, by outcome. The outcome is the
// delivery's state now (a chart refreshed later may move a delivery from
// pending to retried or succeeded):
// - succeeded: state succeeded after a single attempt;
// - retried:   more than one attempt, and succeeded or still on its way
//              (pending, delivering, waiting for a secret): it needed the
//              retry schedule (or a redelivery);
// - failed:    state failed (the last attempt failed, a retry may be due) or
//              exhausted (no retry left), whatever the number of attempts;
// - pending:   still on its way and attempted at most once.
// Cancelled deliveries and test deliveries ("Send test") are not counted.
// A delivery counts in the bucket of its creation time (the event's), not
// of its attempts.
struct ActivityBucket
{
    QDateTime start; // UTC
    qint64 succeeded = 0;
    qint64 retried = 0;
    qint64 failed = 0;
    qint64 pending = 0;

    qint64 total() const { return succeeded + retried + failed + pending; }
    friend bool operator==(const ActivityBucket &, const ActivityBucket &) = default;
};

// Nearest-rank percentiles of the durations of the attempts started in a
// window (every attempt, test deliveries included: each is a real request):
// p50 is the smallest duration that at least half the attempts do not
// exceed, p95 the same for 95 %.
struct LatencyPercentiles
{
    qint64 samples = 0; // 0: no attempt, p50 and p95 mean nothing
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
};

// What the Overview shows.
struct ActivitySummary
{
    ActivityWindow window = ActivityWindow::Last24Hours;
    QList<ActivityBucket> buckets; // always bucketCount(window), oldest first
    LatencyPercentiles latency;    // over the same window
    QueueDepth queue;              // every webhook's
};

// Aggregates over deliveries and attempts for the Overview charts, for one
// webhook or for all (null id). Bucket edges are epoch milliseconds, like
// the columns, and each bucket is counted in SQL by one range query (a
// single GROUP BY over (created_at - start) / width sorted every row of
// the window: ten times slower at 30 days). The SQL is the same on SQLite
// and PostgreSQL; every query walks an index of migration 7.
class ActivityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(const Database &db)
        : m_db(db)
    {}

    static int bucketCount(ActivityWindow window);
    static qint64 bucketMs(ActivityWindow window);
    // The first bucket's start. Hours are aligned on UTC hours; days on
    // midnight at `utcOffsetSeconds` from UTC (pass the local offset so
    // that a day bar is a local day; a DST change inside the window shifts
    // the older days by an hour).
    static QDateTime windowStart(ActivityWindow window, const QDateTime &now,
                                 int utcOffsetSeconds = 0);

    // Deliveries created from windowStart() up to the end of the current
    // bucket, by outcome: bucketCount() buckets, empty ones zero. On error,
    // an empty list and `error` set.
    QList<ActivityBucket> deliveries(const QUuid &webhookId, ActivityWindow window,
                                     const QDateTime &now, int utcOffsetSeconds,
                                     QString *error) const;
    // Attempts started in [since, until). On error, samples -1.
    LatencyPercentiles latency(const QUuid &webhookId, const QDateTime &since,
                               const QDateTime &until, QString *error) const;
    // Everything the Overview shows, latency over the same window as the
    // buckets. Stops at the first error.
    bool summary(const QUuid &webhookId, ActivityWindow window, const QDateTime &now,
                 int utcOffsetSeconds, ActivitySummary *out, QString *error) const;

private:
    const Database &m_db;
};

} // namespace relais
