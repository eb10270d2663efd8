// bench_logview: how fast the deliveries log answers on a big database.
//
// Fills a temporary SQLite database (removed at exit) with 1,000,000
// attempts (--attempts N) spread over about N/2 deliveries, their events and
// 20 webhooks, created over the last 30 days; runs ANALYZE; then times
// (median of 5 runs) the queries the GUI makes: the first page of the log,
// each filter, one delivery's detail and the queue depth, then the Overview
// charts' aggregates (ActivityRepository: deliveries per hour over 24 h and
// per day over 30 d, latency p50/p95 of each window, for all webhooks and
// for one). A query slower than 100 ms gets its EXPLAIN QUERY PLAN printed.
//
// The events, deliveries and attempts are written directly with prepared
// statements in big transactions (the repositories write one row at a time,
// which would make the load the benchmark).

#include "core/Delivery.h"
#include "core/Webhook.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/DeliveryRecords.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace relais;

namespace {

constexpr int kWebhooks = 20;
constexpr int kRuns = 5;
constexpr double kGoalMs = 100.0;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kChunk = 50000; // deliveries per transaction

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString idHex()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString ms(double v)
{
    return QString::number(v, 'f', 2);
}

// One delivery's shape: its final state and the number of attempts made.
struct Shape
{
    const char *state;
    int attempts;
};

// Mean about 2 attempts per delivery.
Shape pickShape(QRandomGenerator &rng)
{
    const int r = int(rng.bounded(100));
    if (r < 8)
        return {"pending", 0};
    if (r < 58)
        return {"succeeded", 1};
    if (r < 70)
        return {"succeeded", 2};
    if (r < 78)
        return {"failed", 2};
    if (r < 85)
        return {"failed", 3};
    return {"exhausted", 6};
}

int failureStatus(QRandomGenerator &rng)
{
    static const int statuses[] = {500, 503, 503, 0};
    return statuses[rng.bounded(4)];
}

struct Loaded
{
    qint64 events = 0;
    qint64 deliveries = 0;
    qint64 attempts = 0;
    QString sampleEventId;
    QString sampleDeliveryId; // one with several attempts
};

bool loadRows(const Database &database, const QList<QUuid> &webhooks, qint64 targetAttempts,
              const QDateTime &now, Loaded *loaded, QString *error)
{
    static const char *types[] = {"row.created",  "row.updated", "row.deleted",    "file.uploaded",
                                  "user.invited", "base.shared", "form.submitted", "job.finished"};
    QRandomGenerator rng(20261122);
    const qint64 expectedDeliveries = qMax<qint64>(1, targetAttempts / 2);
    const qint64 start = now.toMSecsSinceEpoch() - 30 * kDayMs;
    const double step = double(30 * kDayMs - 60000) / double(expectedDeliveries);
    const QByteArray body =
        QByteArrayLiteral("{\"type\":\"row.updated\",\"data\":{\"table\":\"Orders\","
                          "\"row\":{\"id\":1234,\"status\":\"shipped\",\"amount\":42.5}}}");
    const QString headers =
        QStringLiteral("[[\"Content-Type\",\"application/json\"],[\"User-Agent\",\"Relais\"]]");

    qint64 index = 0;
    QString currentEvent;
    int deliveriesLeftForEvent = 0;
    while (loaded->attempts < targetAttempts) {
        const bool ok = database.write(
            [&](QSqlDatabase &db, QString *workError) {
                QSqlQuery ev(db), de(db), at(db);
                ev.prepare(
                    QStringLiteral("INSERT INTO events (id, type, resource, occurred_at, "
                                   "data, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                de.prepare(QStringLiteral(
                    "INSERT INTO deliveries (id, event_id, webhook_id, state, attempt_count, "
                    "next_attempt_at, request_method, request_url, request_headers, "
                    "request_body, test, last_error, lease_owner, lease_expires_at, created_at, "
                    "updated_at, next_trigger, rendered, last_status, last_duration_ms, "
                    "last_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, "
                    "?, ?, ?, ?, ?, ?, ?)"));
                at.prepare(QStringLiteral(
                    "INSERT INTO attempts (delivery_id, number, started_at, duration_ms, request, "
                    "response_status, response_headers, response_truncated, error, "
                    "triggered_by, dispatcher_id, webhook_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, "
                    "?, ?, ?, (SELECT webhook_id FROM deliveries WHERE id = ?))"));
                const auto fail = [&](const QSqlQuery &q) {
                    *workError = q.lastError().text();
                    return false;
                };
                for (int n = 0; n < kChunk && loaded->attempts < targetAttempts; ++n, ++index) {
                    const qint64 created = start + qint64(double(index) * step);
                    if (deliveriesLeftForEvent == 0) {
                        currentEvent = QStringLiteral("evt_") + idHex();
                        deliveriesLeftForEvent = 1 + int(rng.bounded(3)); // 1-3 webhooks
                        int i = 0;
                        ev.bindValue(i++, currentEvent);
                        ev.bindValue(i++, QString::fromLatin1(types[rng.bounded(8)]));
                        ev.bindValue(i++, QStringLiteral("orders/%1").arg(rng.bounded(5000)));
                        ev.bindValue(i++, created);
                        ev.bindValue(i++, QString::fromUtf8(body));
                        ev.bindValue(i++, QStringLiteral("seatable"));
                        ev.bindValue(i++, created);
                        if (!ev.exec())
                            return fail(ev);
                        ++loaded->events;
                        if (loaded->sampleEventId.isEmpty() && index >= expectedDeliveries / 2)
                            loaded->sampleEventId = currentEvent;
                    }
                    --deliveriesLeftForEvent;

                    const Shape shape = pickShape(rng);
                    const QString deliveryId = QStringLiteral("msg_") + idHex();
                    const QUuid webhook = webhooks.at(int(rng.bounded(webhooks.size())));
                    const QString webhookText = webhook.toString(QUuid::WithoutBraces);
                    const bool test = rng.bounded(200) == 0;
                    const QString state = QString::fromLatin1(shape.state);

                    // Attempts, with back-off: 10 s, 1 min, 5 min, 30 min, 2 h.
                    static const qint64 backoff[] = {0, 10000, 60000, 300000, 1800000, 7200000};
                    qint64 when = created + 50;
                    int lastStatus = 0;
                    qint64 lastDuration = 0;
                    qint64 lastAttemptAt = 0;
                    struct Row
                    {
                        qint64 at;
                        int status;
                        qint64 duration;
                    };
                    Row rows[6] = {};
                    for (int a = 1; a <= shape.attempts; ++a) {
                        when += backoff[qMin(a - 1, 5)];
                        const bool last = a == shape.attempts;
                        const bool success = last && state == QLatin1String("succeeded");
                        const int status = success ? 200 : failureStatus(rng);
                        const qint64 duration = status == 0 ? 10000 : 20 + qint64(rng.bounded(400));
                        rows[a - 1] = {when, status, duration};
                        lastStatus = status;
                        lastDuration = duration;
                        lastAttemptAt = when;
                    }
                    if (loaded->sampleDeliveryId.isEmpty() && shape.attempts >= 6 &&
                        index >= expectedDeliveries / 3)
                        loaded->sampleDeliveryId = deliveryId;

                    QVariant nextAttempt(QMetaType(QMetaType::LongLong));
                    if (state == QLatin1String("pending"))
                        nextAttempt = created + 60000;
                    else if (state == QLatin1String("failed"))
                        nextAttempt = lastAttemptAt + 1800000;
                    const QVariant nullInt(QMetaType(QMetaType::LongLong));
                    int i = 0;
                    de.bindValue(i++, deliveryId);
                    de.bindValue(i++, currentEvent);
                    de.bindValue(i++, webhookText);
                    de.bindValue(i++, state);
                    de.bindValue(i++, shape.attempts);
                    de.bindValue(i++, nextAttempt);
                    de.bindValue(i++, QStringLiteral("POST"));
                    de.bindValue(
                        i++,
                        QStringLiteral("https://hooks.example.com/in/%1").arg(webhookText.left(8)));
                    de.bindValue(i++, headers);
                    de.bindValue(i++, body);
                    de.bindValue(i++, int(test));
                    de.bindValue(i++, lastStatus == 200 || shape.attempts == 0
                                          ? QStringLiteral("")
                                          : QStringLiteral("HTTP %1").arg(lastStatus));
                    de.bindValue(i++, created);
                    de.bindValue(i++, shape.attempts ? lastAttemptAt : created);
                    de.bindValue(i++, QStringLiteral("scheduled"));
                    de.bindValue(i++, 1);
                    de.bindValue(i++, lastStatus);
                    de.bindValue(i++, lastDuration);
                    de.bindValue(i++, shape.attempts ? QVariant(lastAttemptAt) : nullInt);
                    if (!de.exec())
                        return fail(de);
                    ++loaded->deliveries;
                    // After their delivery (foreign key).
                    for (int a = 1; a <= shape.attempts; ++a) {
                        const Row &row = rows[a - 1];
                        int k = 0;
                        at.bindValue(k++, deliveryId);
                        at.bindValue(k++, a);
                        at.bindValue(k++, row.at);
                        at.bindValue(k++, row.duration);
                        at.bindValue(k++, QStringLiteral("{\"method\":\"POST\",\"url\":"
                                                         "\"https://hooks.example.com/in\"}"));
                        at.bindValue(k++, row.status);
                        at.bindValue(k++,
                                     row.status == 0
                                         ? QStringLiteral("[]")
                                         : QStringLiteral("[[\"Content-Type\",\"text/plain\"]]"));
                        at.bindValue(k++, row.status == 0 ? QStringLiteral("Connection timed out")
                                                          : QStringLiteral(""));
                        at.bindValue(k++, QStringLiteral("scheduled"));
                        at.bindValue(k++, QStringLiteral("dispatcher-1"));
                        at.bindValue(k++, deliveryId);
                        if (!at.exec())
                            return fail(at);
                        ++loaded->attempts;
                    }
                }
                return true;
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

// The SQL DeliveryRepository::list() builds for a filter (mirrored here for
// EXPLAIN QUERY PLAN only; the timings call the repository itself).
QString listSql(const DeliveryFilter &f, QVariantList *values)
{
    QStringList where;
    if (!f.webhookId.isNull()) {
        where << QStringLiteral("d.webhook_id = ?");
        *values << f.webhookId.toString(QUuid::WithoutBraces);
    }
    if (!f.eventId.isEmpty()) {
        where << QStringLiteral("d.event_id = ?");
        *values << f.eventId;
    }
    if (f.state) {
        where << QStringLiteral("d.state = ?");
        *values << deliveryStateKey(*f.state);
    }
    if (f.since.isValid()) {
        where << QStringLiteral("d.created_at >= ?");
        *values << f.since.toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral(
        "SELECT d.id, d.event_id, d.webhook_id, d.state, d.attempt_count, d.next_attempt_at, "
        "d.request_method, d.request_url, d.request_headers, d.test, d.last_error, "
        "d.created_at, d.next_trigger, d.rendered, d.last_status, d.last_duration_ms, "
        "d.last_attempt_at, e.type, w.name FROM deliveries d "
        "LEFT JOIN events e ON e.id = d.event_id "
        "LEFT JOIN webhooks w ON w.id = d.webhook_id");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY d.created_at DESC, d.id DESC LIMIT ?");
    *values << f.limit;
    return sql;
}

struct Bench
{
    QString name;
    std::function<qint64()> run; // returns the number of rows (or a count)
    QString planSql;             // for EXPLAIN QUERY PLAN
    QVariantList planValues;
};

void printPlan(const Database &db, const Bench &b)
{
    out(QStringLiteral("\nEXPLAIN QUERY PLAN for \"%1\":").arg(b.name));
    out(QStringLiteral("  SQL: %1").arg(b.planSql));
    QSqlQuery q(db.connection());
    q.prepare(QLatin1String("EXPLAIN QUERY PLAN ") + b.planSql);
    for (int i = 0; i < b.planValues.size(); ++i)
        q.bindValue(i, b.planValues.at(i));
    if (!q.exec()) {
        out(QStringLiteral("  (failed: %1)").arg(q.lastError().text()));
        return;
    }
    // Columns: id, parent, notused, detail; indent by depth.
    QHash<int, int> depth;
    while (q.next()) {
        const int id = q.value(0).toInt();
        const int parent = q.value(1).toInt();
        const int d = parent == 0 ? 0 : depth.value(parent) + 1;
        depth.insert(id, d);
        out(QStringLiteral("  %1%2").arg(QString(2 * d, QLatin1Char(' ')), q.value(3).toString()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_logview"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the deliveries log's queries on a big temporary database."));
    parser.addHelpOption();
    const QCommandLineOption attemptsOption(QStringLiteral("attempts"),
                                            QStringLiteral("Attempts to store (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(attemptsOption);
    parser.process(app);
    bool numberOk = false;
    const qint64 targetAttempts = parser.value(attemptsOption).toLongLong(&numberOk);
    if (!numberOk || targetAttempts < 1) {
        out(QStringLiteral("--attempts needs a positive number."));
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out(QStringLiteral("Cannot create a temporary directory: %1").arg(dir.errorString()));
        return 1;
    }
    int status = 0;
    {
        QString error;
        const auto db = Database::openSqliteFile(dir.filePath(QStringLiteral("relais.db")), &error);
        if (!db) {
            out(QStringLiteral("Cannot open the database: %1").arg(error));
            return 1;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Webhooks, through the repository.
        QList<QUuid> webhooks;
        WebhookRepository webhookRepo(*db);
        for (int i = 0; i < kWebhooks; ++i) {
            Webhook w;
            w.name = QStringLiteral("Receiver %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            w.url = QStringLiteral("https://hooks.example.com/in/%1").arg(i + 1);
            w.eventPatterns = {QStringLiteral("*")};
            w.retrySchedule = {10, 60, 300, 1800, 7200};
            w.timeoutMs = 10000;
            if (!webhookRepo.insert(w, &error)) {
                out(QStringLiteral("Cannot insert a webhook: %1").arg(error));
                return 1;
            }
            webhooks << w.id;
        }

        out(QStringLiteral("Loading %1 attempts into %2 ...")
                .arg(targetAttempts)
                .arg(dir.filePath(QStringLiteral("relais.db"))));
        QElapsedTimer load;
        load.start();
        Loaded loaded;
        if (!loadRows(*db, webhooks, targetAttempts, now, &loaded, &error)) {
            out(QStringLiteral("Load failed: %1").arg(error));
            return 1;
        }
        const double loadS = double(load.nsecsElapsed()) / 1e9;
        out(QStringLiteral("Loaded %1 events, %2 deliveries, %3 attempts, %4 webhooks in %5 s "
                           "(%6 attempts/s)")
                .arg(loaded.events)
                .arg(loaded.deliveries)
                .arg(loaded.attempts)
                .arg(kWebhooks)
                .arg(QString::number(loadS, 'f', 2))
                .arg(qint64(double(loaded.attempts) / loadS)));

        QElapsedTimer analyze;
        analyze.start();
        {
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("ANALYZE"))) {
                out(QStringLiteral("ANALYZE failed: %1").arg(q.lastError().text()));
                return 1;
            }
            // Row counts per state, for reading the timings.
            QSqlQuery counts(db->connection());
            counts.exec(QStringLiteral(
                "SELECT state, COUNT(*) FROM deliveries GROUP BY state ORDER BY state"));
            QStringList parts;
            while (counts.next())
                parts << QStringLiteral("%1 %2").arg(counts.value(0).toString(),
                                                     counts.value(1).toString());
            out(QStringLiteral("Deliveries by state: %1").arg(parts.join(QLatin1String(", "))));
        }
        out(QStringLiteral("ANALYZE: %1 ms\n").arg(ms(double(analyze.nsecsElapsed()) / 1e6)));

        const DeliveryRepository repo(*db);
        const QUuid someWebhook = webhooks.at(7);
        QString queryError;
        const auto listBench = [&](const QString &name, const DeliveryFilter &f) {
            Bench b;
            b.name = name;
            b.run = [&repo, &queryError, f] {
                return qint64(repo.list(f, &queryError).size());
            };
            b.planSql = listSql(f, &b.planValues);
            return b;
        };

        QList<Bench> benches;
        benches << listBench(QStringLiteral("first page (limit 100)"), DeliveryFilter{});
        {
            DeliveryFilter f;
            f.webhookId = someWebhook;
            benches << listBench(QStringLiteral("webhook"), f);
        }
        for (const DeliveryState s :
             {DeliveryState::Failed, DeliveryState::Exhausted, DeliveryState::Succeeded}) {
            DeliveryFilter f;
            f.state = s;
            benches << listBench(QStringLiteral("state %1").arg(deliveryStateKey(s)), f);
        }
        {
            DeliveryFilter f;
            f.since = now.addMSecs(-kDayMs);
            benches << listBench(QStringLiteral("since 24 h"), f);
        }
        for (const DeliveryState s : {DeliveryState::Failed, DeliveryState::Exhausted}) {
            DeliveryFilter f;
            f.webhookId = someWebhook;
            f.state = s;
            benches << listBench(QStringLiteral("webhook + state %1").arg(deliveryStateKey(s)), f);
        }
        {
            // Worst case for a state filter: no stored delivery matches, so
            // the whole table (or the webhook's part) is read.
            DeliveryFilter f;
            f.state = DeliveryState::Cancelled;
            benches << listBench(QStringLiteral("state cancelled (0 rows)"), f);
            f.webhookId = someWebhook;
            benches << listBench(QStringLiteral("webhook + cancelled (0)"), f);
        }
        {
            DeliveryFilter f;
            f.eventId = loaded.sampleEventId;
            benches << listBench(QStringLiteral("event id"), f);
        }
        {
            Bench b;
            b.name = QStringLiteral("find(id) + attempts");
            const QString id = loaded.sampleDeliveryId;
            b.run = [&repo, &queryError, id] {
                const auto detail = repo.find(id, &queryError);
                return detail ? qint64(detail->attempts.size()) : qint64(-1);
            };
            b.planSql = QStringLiteral(
                "SELECT a.id FROM attempts a JOIN deliveries d ON d.id = a.delivery_id "
                "WHERE a.delivery_id = ? ORDER BY a.number, a.id");
            b.planValues << id;
            benches << b;
        }
        {
            Bench b;
            b.name = QStringLiteral("queueDepth()");
            b.run = [&repo, &queryError, now] {
                return repo.queueDepth(now, &queryError).waiting;
            };
            b.planSql = QStringLiteral(
                "SELECT SUM(CASE WHEN state <> 'delivering' AND next_attempt_at <= ? THEN 1 "
                "ELSE 0 END), SUM(CASE WHEN state <> 'delivering' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN state = 'delivering' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN state = 'secret-unavailable' THEN 1 ELSE 0 END) "
                "FROM deliveries WHERE state IN ('pending', 'secret-unavailable', 'delivering')");
            b.planValues << now.toMSecsSinceEpoch();
            benches << b;
        }

        // The Overview charts (ActivityRepository), for all webhooks and one.
        const ActivityRepository activity(*db);
        for (const QUuid &hook : {QUuid(), someWebhook}) {
            const QString who = hook.isNull() ? QStringLiteral("all") : QStringLiteral("webhook");
            const QString whoClause =
                hook.isNull() ? QString() : QStringLiteral("webhook_id = ? AND ");
            for (const ActivityWindow w :
                 {ActivityWindow::Last24Hours, ActivityWindow::Last30Days}) {
                const bool day = w == ActivityWindow::Last30Days;
                const qint64 start = ActivityRepository::windowStart(w, now).toMSecsSinceEpoch();
                const qint64 end =
                    start + ActivityRepository::bucketCount(w) * ActivityRepository::bucketMs(w);
                Bench b;
                b.name =
                    QStringLiteral("activity %1 %2")
                        .arg(day ? QStringLiteral("30d/day") : QStringLiteral("24h/hour"), who);
                b.run = [&activity, &queryError, hook, w, now] {
                    qint64 total = 0;
                    for (const ActivityBucket &bucket :
                         activity.deliveries(hook, w, now, 0, &queryError))
                        total += bucket.total();
                    return total;
                };
                // One query per bucket (ActivityRepository::deliveries); the
                // plan of the last bucket's.
                b.planSql = QStringLiteral("SELECT state, SUM(CASE WHEN attempt_count > 1 THEN 1 "
                                           "ELSE 0 END), COUNT(*) FROM deliveries WHERE ") +
                            whoClause +
                            QStringLiteral("state IN ('succeeded', 'pending', 'delivering', "
                                           "'secret-unavailable', 'failed', 'exhausted') AND "
                                           "created_at >= ? AND created_at < ? AND test = 0 "
                                           "GROUP BY state");
                if (!hook.isNull())
                    b.planValues << hook.toString(QUuid::WithoutBraces);
                b.planValues << end - ActivityRepository::bucketMs(w) << end;
                benches << b;

                Bench p;
                p.name = QStringLiteral("p50+p95 %1 %2")
                             .arg(day ? QStringLiteral("30d") : QStringLiteral("24h"), who);
                p.run = [&activity, &queryError, hook, start, end] {
                    const LatencyPercentiles l =
                        activity.latency(hook, QDateTime::fromMSecsSinceEpoch(start, Qt::UTC),
                                         QDateTime::fromMSecsSinceEpoch(end, Qt::UTC), &queryError);
                    return l.samples;
                };
                p.planSql =
                    hook.isNull()
                        ? QStringLiteral("SELECT a.duration_ms, COUNT(*) FROM attempts a WHERE "
                                         "a.started_at >= ? AND a.started_at < ? "
                                         "GROUP BY a.duration_ms ORDER BY a.duration_ms")
                        : QStringLiteral("SELECT a.duration_ms, COUNT(*) FROM deliveries d "
                                         "CROSS JOIN attempts a WHERE a.delivery_id = d.id "
                                         "AND d.webhook_id = ? AND d.last_attempt_at >= ? AND "
                                         "a.started_at >= ? AND a.started_at < ? "
                                         "GROUP BY a.duration_ms ORDER BY a.duration_ms");
                if (!hook.isNull())
                    p.planValues << hook.toString(QUuid::WithoutBraces) << start;
                p.planValues << start << end;
                benches << p;
            }
        }

        const QString header = QStringLiteral("%1 | %2 | %3 | %4 | %5")
                                   .arg(QStringLiteral("query"), -26)
                                   .arg(QStringLiteral("ms"), 9)
                                   .arg(QStringLiteral("goal < 100 ms"), 13)
                                   .arg(QStringLiteral("ok/SLOW"), 7)
                                   .arg(QStringLiteral("rows"));
        out(header);
        out(QString(header.size() + 4, QLatin1Char('-')));
        QList<Bench> slow;
        for (const Bench &b : benches) {
            std::vector<double> times;
            qint64 rows = 0;
            for (int r = 0; r < kRuns; ++r) {
                QElapsedTimer t;
                t.start();
                rows = b.run();
                times.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(times.begin(), times.end());
            const double median = times[times.size() / 2];
            const bool ok = median < kGoalMs && queryError.isEmpty();
            if (!ok)
                slow << b;
            out(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                    .arg(b.name, -26)
                    .arg(ms(median), 9)
                    .arg(QStringLiteral("< 100"), 13)
                    .arg(ok ? QStringLiteral("ok") : QStringLiteral("SLOW"), 7)
                    .arg(rows));
            if (!queryError.isEmpty()) {
                out(QStringLiteral("  error: %1").arg(queryError));
                queryError.clear();
                status = 1;
            }
        }
        for (const Bench &b : std::as_const(slow))
            printPlan(*db, b);
        if (slow.isEmpty())
            out(QStringLiteral("\nEvery query is under %1 ms.").arg(kGoalMs));
    }
    return status;
}
