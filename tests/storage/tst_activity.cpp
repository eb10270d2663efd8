#include "core/Webhook.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(14, 25), Qt::UTC);
// The 24 h window starts on the hour 23 hours before the current one.
const QDateTime kHourStart(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC);
const QDateTime kDayStart(QDate(2026, 10, 24), QTime(0, 0), Qt::UTC);

// Counts of one bucket: succeeded, retried, failed, pending.
struct Counts
{
    qint64 succeeded = 0, retried = 0, failed = 0, pending = 0;
};

} // namespace

// The Overview's aggregates against deliveries and attempts placed at known
// instants, every expected figure counted by hand.
class TestActivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyDatabaseGivesZeroBuckets();
    void hourBucketsSplitByOutcome();
    void hourBucketsOfOneWebhook();
    void dayBucketsSplitByOutcome();
    void dayBucketsOfOneWebhook();
    void dayBucketsFollowTheLocalMidnight();
    void latencyPercentilesOfTheWindow();
    void summaryHoldsQueueDepthAndLatency();

private:
    void seed();
    void addDelivery(const QString &id, const QUuid &webhook, const QString &state,
                     const QDateTime &createdAt, const QList<qint64> &durations, bool test = false);
    void checkBuckets(const QList<ActivityBucket> &buckets, int expectedCount,
                      const QDateTime &firstStart, qint64 widthMs,
                      const QHash<int, Counts> &expected);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_a;
    QUuid m_b;
};

void TestActivity::addDelivery(const QString &id, const QUuid &webhook, const QString &state,
                               const QDateTime &createdAt, const QList<qint64> &durations,
                               bool test)
{
    QSqlQuery q(m_db->connection());
    const qint64 created = createdAt.toMSecsSinceEpoch();
    q.prepare(QStringLiteral("INSERT INTO events (id, type, occurred_at, created_at) "
                             "VALUES (?, 'row.updated', ?, ?)"));
    q.addBindValue(QString(QStringLiteral("evt_") + id));
    q.addBindValue(created);
    q.addBindValue(created);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral(
        "INSERT INTO deliveries (id, event_id, webhook_id, state, attempt_count, next_attempt_at, "
        "request_method, request_url, test, created_at, updated_at, last_attempt_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'POST', 'https://example.org/hook', ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QString(QStringLiteral("evt_") + id));
    q.addBindValue(webhook.toString(QUuid::WithoutBraces));
    q.addBindValue(state);
    q.addBindValue(int(durations.size()));
    q.addBindValue(state == QLatin1String("pending") ? QVariant(kNow.toMSecsSinceEpoch())
                                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(int(test));
    q.addBindValue(created);
    q.addBindValue(created);
    // As the engine keeps it: the last attempt's start.
    q.addBindValue(durations.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                       : QVariant(created + (durations.size() - 1) * 1000LL));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Attempt n starts n seconds after the delivery was created.
    for (int n = 0; n < durations.size(); ++n) {
        q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, number, started_at, "
                                 "duration_ms, response_status, triggered_by, webhook_id) "
                                 "VALUES (?, ?, ?, ?, 200, 'scheduled', (SELECT webhook_id "
                                 "FROM deliveries WHERE id = ?))"));
        q.addBindValue(id);
        q.addBindValue(n + 1);
        q.addBindValue(created + n * 1000LL);
        q.addBindValue(durations.at(n));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

// The 24 h window runs from 2026-11-21 15:00 UTC, the 30 d window from
// 2026-10-24 00:00 UTC; now is 2026-11-22 14:25 UTC.
void TestActivity::seed()
{
    const auto at = [](int minutesAgo) {
        return kNow.addSecs(-60LL * minutesAgo);
    };
    // Webhook A.
    addDelivery(QStringLiteral("d1"), m_a, QStringLiteral("succeeded"), at(10), {100});
    addDelivery(QStringLiteral("d2"), m_a, QStringLiteral("succeeded"), at(10), {200, 300, 400});
    addDelivery(QStringLiteral("d3"), m_a, QStringLiteral("exhausted"), at(120), {500, 600});
    addDelivery(QStringLiteral("d4"), m_a, QStringLiteral("pending"), at(120), {});
    addDelivery(QStringLiteral("d5"), m_a, QStringLiteral("succeeded"), at(10), {50}, true);
    addDelivery(QStringLiteral("d6"), m_a, QStringLiteral("cancelled"), at(10), {});
    addDelivery(QStringLiteral("d7"), m_a, QStringLiteral("failed"), kHourStart, {700});
    addDelivery(QStringLiteral("d8"), m_a, QStringLiteral("succeeded"), at(24 * 60 + 1), {10000});
    addDelivery(QStringLiteral("d9"), m_a, QStringLiteral("failed"), kHourStart.addMSecs(-1),
                {1100});
    // Webhook B.
    addDelivery(QStringLiteral("e1"), m_b, QStringLiteral("succeeded"), at(5 * 24 * 60), {800});
    addDelivery(QStringLiteral("e2"), m_b, QStringLiteral("succeeded"), at(31 * 24 * 60), {5000});
    addDelivery(QStringLiteral("e3"), m_b, QStringLiteral("pending"), at(30), {900, 1000});
    addDelivery(QStringLiteral("e4"), m_b, QStringLiteral("succeeded"), kDayStart, {1200});
    addDelivery(QStringLiteral("e5"), m_b, QStringLiteral("succeeded"), kDayStart.addSecs(-60),
                {1300});
}

void TestActivity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::open(test::testDatabaseUrl(m_dir), &error);
    QVERIFY2(m_db, qPrintable(error));
    WebhookRepository webhooks(*m_db);
    for (QUuid *id : {&m_a, &m_b}) {
        Webhook w;
        w.name = id == &m_a ? QStringLiteral("A") : QStringLiteral("B");
        w.url = QStringLiteral("https://example.org/hook");
        w.eventPatterns = {QStringLiteral("*")};
        QVERIFY2(webhooks.insert(w, &error), qPrintable(error));
        *id = w.id;
    }
    seed();
}

void TestActivity::emptyDatabaseGivesZeroBuckets()
{
    QTemporaryDir dir;
    QString error;
    const auto db = Database::open(test::testDatabaseUrl(dir), &error);
    QVERIFY2(db, qPrintable(error));
    const ActivityRepository repo(*db);
    const auto hours = repo.deliveries({}, ActivityWindow::Last24Hours, kNow, 0, &error);
    QCOMPARE(hours.size(), 24);
    for (const ActivityBucket &b : hours)
        QCOMPARE(b.total(), 0);
    QCOMPARE(hours.first().start, kHourStart);
    QCOMPARE(repo.deliveries({}, ActivityWindow::Last30Days, kNow, 0, &error).size(), 30);
    const LatencyPercentiles l = repo.latency({}, kHourStart, kNow, &error);
    QCOMPARE(l.samples, 0);
}

void TestActivity::checkBuckets(const QList<ActivityBucket> &buckets, int expectedCount,
                                const QDateTime &firstStart, qint64 widthMs,
                                const QHash<int, Counts> &expected)
{
    QCOMPARE(buckets.size(), expectedCount);
    for (int i = 0; i < buckets.size(); ++i) {
        const ActivityBucket &b = buckets.at(i);
        const Counts c = expected.value(i);
        const QByteArray where = "bucket " + QByteArray::number(i);
        QVERIFY2(b.start == firstStart.addMSecs(i * widthMs), where.constData());
        QVERIFY2(b.start.timeSpec() == Qt::UTC, where.constData());
        QVERIFY2(b.succeeded == c.succeeded, QByteArray(where + " succeeded").constData());
        QVERIFY2(b.retried == c.retried, QByteArray(where + " retried").constData());
        QVERIFY2(b.failed == c.failed, QByteArray(where + " failed").constData());
        QVERIFY2(b.pending == c.pending, QByteArray(where + " pending").constData());
    }
}

void TestActivity::hourBucketsSplitByOutcome()
{
    QString error;
    const ActivityRepository repo(*m_db);
    const auto buckets = repo.deliveries({}, ActivityWindow::Last24Hours, kNow, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<int, Counts> expected;
    expected[0].failed = 1;     // d7, on the window's first millisecond (d8, d9 before it)
    expected[21].failed = 1;    // d3, exhausted
    expected[21].pending = 1;   // d4, no attempt yet
    expected[22].retried = 1;   // e3, pending after two attempts
    expected[23].succeeded = 1; // d1 (d5 is a test, d6 cancelled)
    expected[23].retried = 1;   // d2, succeeded on the third attempt
    checkBuckets(buckets, 24, kHourStart, 3600 * 1000, expected);
}

void TestActivity::hourBucketsOfOneWebhook()
{
    QString error;
    const ActivityRepository repo(*m_db);
    QHash<int, Counts> a;
    a[0].failed = 1;
    a[21].failed = 1;
    a[21].pending = 1;
    a[23].succeeded = 1;
    a[23].retried = 1;
    checkBuckets(repo.deliveries(m_a, ActivityWindow::Last24Hours, kNow, 0, &error), 24, kHourStart,
                 3600 * 1000, a);
    QHash<int, Counts> b;
    b[22].retried = 1;
    checkBuckets(repo.deliveries(m_b, ActivityWindow::Last24Hours, kNow, 0, &error), 24, kHourStart,
                 3600 * 1000, b);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestActivity::dayBucketsSplitByOutcome()
{
    QString error;
    const ActivityRepository repo(*m_db);
    QHash<int, Counts> expected;
    expected[0].succeeded = 1;   // e4 at 10-24 00:00 (e5 a minute before, e2 31 days ago)
    expected[24].succeeded = 1;  // e1 on 11-17
    expected[28].succeeded = 1;  // d8 on 11-21
    expected[28].failed = 2;     // d7, d9
    expected[29] = {1, 2, 1, 1}; // d1; d2, e3; d3; d4
    checkBuckets(repo.deliveries({}, ActivityWindow::Last30Days, kNow, 0, &error), 30, kDayStart,
                 24 * 3600 * 1000LL, expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestActivity::dayBucketsOfOneWebhook()
{
    QString error;
    const ActivityRepository repo(*m_db);
    QHash<int, Counts> b;
    b[0].succeeded = 1;  // e4
    b[24].succeeded = 1; // e1
    b[29].retried = 1;   // e3
    checkBuckets(repo.deliveries(m_b, ActivityWindow::Last30Days, kNow, 0, &error), 30, kDayStart,
                 24 * 3600 * 1000LL, b);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestActivity::dayBucketsFollowTheLocalMidnight()
{
    // At UTC+2 the first day starts at 10-23 22:00 UTC: e5 (23:59 UTC) is in.
    QString error;
    const ActivityRepository repo(*m_db);
    const auto days = repo.deliveries(m_b, ActivityWindow::Last30Days, kNow, 2 * 3600, &error);
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.first().start, kDayStart.addSecs(-2 * 3600));
    QCOMPARE(days.first().succeeded, 2); // e4, e5
}

void TestActivity::latencyPercentilesOfTheWindow()
{
    QString error;
    const ActivityRepository repo(*m_db);
    const QDateTime hourEnd = kHourStart.addSecs(24 * 3600);
    // 50 100 200 300 400 500 600 700 900 1000 (d8, d9 before the window).
    LatencyPercentiles l = repo.latency({}, kHourStart, hourEnd, &error);
    QCOMPARE(l.samples, 10);
    QCOMPARE(l.p50Ms, 400);
    QCOMPARE(l.p95Ms, 1000);
    // A: 50 100 200 300 400 500 600 700.
    l = repo.latency(m_a, kHourStart, hourEnd, &error);
    QCOMPARE(l.samples, 8);
    QCOMPARE(l.p50Ms, 300);
    QCOMPARE(l.p95Ms, 700);
    // 30 days: the ten above, 800 1100 1200 10000 (e2, e5 before).
    const QDateTime dayEnd = kDayStart.addDays(30);
    l = repo.latency({}, kDayStart, dayEnd, &error);
    QCOMPARE(l.samples, 14);
    QCOMPARE(l.p50Ms, 600);
    QCOMPARE(l.p95Ms, 10000);
    // B: 800 900 1000 1200.
    l = repo.latency(m_b, kDayStart, dayEnd, &error);
    QCOMPARE(l.samples, 4);
    QCOMPARE(l.p50Ms, 900);
    QCOMPARE(l.p95Ms, 1200);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestActivity::summaryHoldsQueueDepthAndLatency()
{
    QString error;
    const ActivityRepository repo(*m_db);
    ActivitySummary s;
    QVERIFY2(repo.summary(m_a, ActivityWindow::Last24Hours, kNow, 0, &s, &error),
             qPrintable(error));
    QCOMPARE(s.buckets.size(), 24);
    QCOMPARE(s.buckets.at(23).retried, 1);
    QCOMPARE(s.latency.samples, 8);
    QCOMPARE(s.latency.p95Ms, 700);
    QCOMPARE(s.queue.waiting, 2); // d4 and e3: the queue is every webhook's
    QCOMPARE(s.queue.due, 2);
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
