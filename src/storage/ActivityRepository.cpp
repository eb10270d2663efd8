#include "ActivityRepository.h"

#include "Database.h"
#include "DeliveryRepository.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace relais {

namespace {

using sqlvalue::setError;

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString webhookText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Floor division, so that instants before the epoch still land in the
// bucket below them.
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Nearest rank: the smallest value with at least p % of the samples at or
// below it, as a 0-based offset.
qint64 rankOffset(qint64 samples, int percent)
{
    return qMax<qint64>(0, (samples * percent + 99) / 100 - 1);
}

} // namespace

int ActivityRepository::bucketCount(ActivityWindow window)
{
    return window == ActivityWindow::Last24Hours ? 24 : 30;
}

qint64 ActivityRepository::bucketMs(ActivityWindow window)
{
    return window == ActivityWindow::Last24Hours ? kHourMs : kDayMs;
}

QDateTime ActivityRepository::windowStart(ActivityWindow window, const QDateTime &now,
                                          int utcOffsetSeconds)
{
    const qint64 width = bucketMs(window);
    // Hour buckets stay on UTC hours (every offset in use is whole or half
    // hours; a local half-hour zone still reads fine).
    const qint64 offset = window == ActivityWindow::Last24Hours ? 0 : utcOffsetSeconds * 1000LL;
    const qint64 current = floorDiv(now.toMSecsSinceEpoch() + offset, width) * width - offset;
    return QDateTime::fromMSecsSinceEpoch(current - (bucketCount(window) - 1) * width, Qt::UTC);
}

QList<ActivityBucket> ActivityRepository::deliveries(const QUuid &webhookId, ActivityWindow window,
                                                     const QDateTime &now, int utcOffsetSeconds,
                                                     QString *error) const
{
    const int count = bucketCount(window);
    const qint64 width = bucketMs(window);
    const qint64 start = windowStart(window, now, utcOffsetSeconds).toMSecsSinceEpoch();

    // One query per bucket, grouped by state: each is a walk of a covering
    // index (state, created_at, …) in state order, so nothing is sorted. One
    // grouped query over the whole window sorts every row (ten times slower
    // on 30 days of a million attempts). The outcome is worked out here.
    QString sql =
        QStringLiteral("SELECT state, SUM(CASE WHEN attempt_count > 1 THEN 1 ELSE 0 END), COUNT(*)"
                       " FROM deliveries WHERE ");
    if (!webhookId.isNull())
        sql += QLatin1String("webhook_id = ? AND ");
    sql += QLatin1String("state IN ('succeeded', 'pending', 'delivering', 'secret-unavailable',"
                         " 'failed', 'exhausted')"
                         " AND created_at >= ? AND created_at < ? AND test = 0 GROUP BY state");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    QList<ActivityBucket> buckets(count);
    for (int b = 0; b < count; ++b) {
        ActivityBucket &bucket = buckets[b];
        const qint64 from = start + b * width;
        bucket.start = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
        int i = 0;
        if (!webhookId.isNull())
            q.bindValue(i++, webhookText(webhookId));
        q.bindValue(i++, from);
        q.bindValue(i++, from + width);
        if (!q.exec()) {
            setError(error, tr("Could not count the deliveries per period: %1")
                                .arg(sqlvalue::errorText(q.lastError())));
            return {};
        }
        while (q.next()) {
            const QString state = q.value(0).toString();
            const qint64 retried = q.value(1).toLongLong();
            const qint64 all = q.value(2).toLongLong();
            if (state == QLatin1String("failed") || state == QLatin1String("exhausted")) {
                bucket.failed += all;
            } else {
                bucket.retried += retried;
                if (state == QLatin1String("succeeded"))
                    bucket.succeeded += all - retried;
                else
                    bucket.pending += all - retried;
            }
        }
        q.finish();
    }
    return buckets;
}

LatencyPercentiles ActivityRepository::latency(const QUuid &webhookId, const QDateTime &since,
                                               const QDateTime &until, QString *error) const
{
    // A histogram (duration, how many) in duration order, from which the
    // exact nearest-rank percentiles are read. It is one index walk: the
    // durations index is read in order, skipping through started_at, so
    // there is no sort, where LIMIT 1 OFFSET k at each rank sorted (or
    // stepped through) every attempt of the window once per percentile.
    // One webhook's attempts are one range of attempts_by_webhook_time.
    QString sql = QStringLiteral("SELECT a.duration_ms, COUNT(*) FROM attempts a WHERE ");
    if (!webhookId.isNull())
        sql += QLatin1String("a.webhook_id = ? AND ");
    sql += QLatin1String("a.started_at >= ? AND a.started_at < ?");
    sql += QLatin1String(" GROUP BY a.duration_ms ORDER BY a.duration_ms");

    LatencyPercentiles result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    int i = 0;
    if (!webhookId.isNull())
        q.bindValue(i++, webhookText(webhookId));
    q.bindValue(i++, sqlvalue::fromTime(since));
    q.bindValue(i++, sqlvalue::fromTime(until));
    if (!q.exec()) {
        setError(
            error,
            tr("Could not compute the response times: %1").arg(sqlvalue::errorText(q.lastError())));
        result.samples = -1;
        return result;
    }
    QList<std::pair<qint64, qint64>> histogram;
    while (q.next()) {
        histogram.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        result.samples += histogram.constLast().second;
    }
    if (result.samples == 0)
        return result;
    const qint64 rank50 = rankOffset(result.samples, 50);
    const qint64 rank95 = rankOffset(result.samples, 95);
    qint64 seen = 0;
    bool have50 = false;
    for (const auto &[duration, howMany] : std::as_const(histogram)) {
        seen += howMany;
        if (!have50 && seen > rank50) {
            result.p50Ms = duration;
            have50 = true;
        }
        if (seen > rank95) {
            result.p95Ms = duration;
            break;
        }
    }
    return result;
}

bool ActivityRepository::summary(const QUuid &webhookId, ActivityWindow window,
                                 const QDateTime &now, int utcOffsetSeconds, ActivitySummary *out,
                                 QString *error) const
{
    ActivitySummary s;
    s.window = window;
    QString why;
    s.buckets = deliveries(webhookId, window, now, utcOffsetSeconds, &why);
    if (s.buckets.isEmpty()) {
        setError(error, why);
        return false;
    }
    const QDateTime since = s.buckets.constFirst().start;
    const QDateTime until = s.buckets.constLast().start.addMSecs(bucketMs(window));
    s.latency = latency(webhookId, since, until, &why);
    if (s.latency.samples < 0) {
        setError(error, why);
        return false;
    }
    why.clear();
    s.queue = DeliveryRepository(m_db).queueDepth(now, &why);
    if (!why.isEmpty()) {
        setError(error, why);
        return false;
    }
    *out = s;
    return true;
}

} // namespace relais
