// The Overview: the chart shows the deliveries per hour or per day by
// outcome, the figures the latency and the queue, refreshes are coalesced.
#include "NamedChild.h"

#include "DarkPalette.h"
#include "core/Webhook.h"

#include "gui/ActivityView.h"

#include "storage/Database.h"
#include "storage/WebhookRepository.h"
#include <QCheckBox>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace relais;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(14, 25), Qt::UTC);

struct Row
{
    QString state;
    QDateTime createdAt;
    QList<qint64> durations;
};

bool insertRows(const Database &db, const QUuid &webhook, const QList<Row> &rows, QString *error)
{
    return db.write(
        [&](QSqlDatabase &c, QString *workError) {
            QSqlQuery ev(c), de(c), at(c);
            ev.prepare(QStringLiteral("INSERT INTO events (id, type, occurred_at, created_at) "
                                      "VALUES (?, 'row.updated', ?, ?)"));
            de.prepare(QStringLiteral(
                "INSERT INTO deliveries (id, event_id, webhook_id, state, attempt_count, "
                "next_attempt_at, request_method, request_url, created_at, updated_at, "
                "last_attempt_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 'POST', 'https://example.org/hook', ?, ?, ?)"));
            at.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, number, started_at, "
                                      "duration_ms, response_status, triggered_by, webhook_id) "
                                      "VALUES (?, ?, ?, ?, 200, 'scheduled', (SELECT webhook_id "
                                      "FROM deliveries WHERE id = ?))"));
            for (const Row &r : rows) {
                const QString id = QUuid::createUuid().toString(QUuid::Id128);
                const qint64 created = r.createdAt.toMSecsSinceEpoch();
                ev.addBindValue(id);
                ev.addBindValue(created);
                ev.addBindValue(created);
                de.addBindValue(id);
                de.addBindValue(id);
                de.addBindValue(webhook.toString(QUuid::WithoutBraces));
                de.addBindValue(r.state);
                de.addBindValue(int(r.durations.size()));
                de.addBindValue(r.state == QLatin1String("pending")
                                    ? QVariant(created)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
                de.addBindValue(created);
                de.addBindValue(created);
                // As the engine keeps it: the last attempt's start.
                de.addBindValue(r.durations.isEmpty()
                                    ? QVariant(QMetaType(QMetaType::LongLong))
                                    : QVariant(created + (r.durations.size() - 1) * 1000LL));
                if (!ev.exec() || !de.exec()) {
                    *workError = ev.lastError().text() + de.lastError().text();
                    return false;
                }
                for (int n = 0; n < r.durations.size(); ++n) {
                    at.addBindValue(id);
                    at.addBindValue(n + 1);
                    at.addBindValue(created + n * 1000LL);
                    at.addBindValue(r.durations.at(n));
                    at.addBindValue(id);
                    if (!at.exec()) {
                        *workError = at.lastError().text();
                        return false;
                    }
                }
            }
            return true;
        },
        error);
}

QStackedBarSeries *barSeries(const ActivityView &view)
{
    const auto series = view.chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first());
}

// The value of each bar set (succeeded, retried, failed, pending) at a bucket.
QList<qreal> barValues(const ActivityView &view, int bucket)
{
    QList<qreal> values;
    for (const QBarSet *set : barSeries(view)->barSets())
        values << set->at(bucket);
    return values;
}

} // namespace

class TestActivityView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chartShowsDeliveriesPerHourByOutcome();
    void thirtyDaysShowThirtyBars();
    void allActivityAddsEveryWebhook();
    void refreshesAreCoalesced();
    void screenshots();

private:
    bool waitForRefresh(ActivityView &view);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_a;
    QUuid m_b;
};

void TestActivityView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = Database::openSqliteFile(m_dir->filePath(QStringLiteral("relais.db")), &error);
    QVERIFY2(m_db, qPrintable(error));
    WebhookRepository webhooks(*m_db);
    for (QUuid *id : {&m_a, &m_b}) {
        Webhook w;
        w.name = id == &m_a ? QStringLiteral("Commandes Dokos") : QStringLiteral("SeaTable");
        w.url = QStringLiteral("https://example.org/hook");
        w.eventPatterns = {QStringLiteral("*")};
        QVERIFY2(webhooks.insert(w, &error), qPrintable(error));
        *id = w.id;
    }
}

void TestActivityView::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestActivityView::waitForRefresh(ActivityView &view)
{
    QSignalSpy spy(&view, &ActivityView::refreshed);
    return spy.wait(10000);
}

void TestActivityView::chartShowsDeliveriesPerHourByOutcome()
{
    const auto ago = [](int minutes) {
        return kNow.addSecs(-60LL * minutes);
    };
    QString error;
    // Now is 14:25 UTC: bucket 23 is 14:00, bucket 21 is 12:00.
    QVERIFY2(insertRows(*m_db, m_a,
                        {{QStringLiteral("succeeded"), ago(5), {120}},
                         {QStringLiteral("succeeded"), ago(6), {80}},
                         {QStringLiteral("succeeded"), ago(7), {500, 300}},
                         {QStringLiteral("exhausted"), ago(130), {900, 950, 1000}},
                         {QStringLiteral("pending"), ago(1), {}}},
                        &error),
             qPrintable(error));
    QVERIFY2(insertRows(*m_db, m_b, {{QStringLiteral("failed"), ago(5), {40}}}, &error),
             qPrintable(error));

    ActivityView view;
    view.setUp(*m_db);
    view.setClock([] { return kNow; });
    QSignalSpy spy(&view, &ActivityView::refreshed);
    view.setWebhook(m_a);
    QVERIFY(spy.wait(10000));

    QStackedBarSeries *series = barSeries(view);
    QVERIFY(series);
    QCOMPARE(series->count(), 4);
    for (const QBarSet *set : series->barSets())
        QCOMPARE(set->count(), 24);
    QCOMPARE(barValues(view, 23), (QList<qreal>{2, 1, 0, 1}));
    QCOMPARE(barValues(view, 21), (QList<qreal>{0, 0, 1, 0}));
    QCOMPARE(barValues(view, 22), (QList<qreal>{0, 0, 0, 0}));
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), 24);
    // Durations 80 120 300 500 900 950 1000: p50 is the 4th, p95 the 7th.
    QCOMPARE(namedChild<QLabel>(&view, "p50Label")->text(), view.tr("%1 ms").arg(500));
    QCOMPARE(namedChild<QLabel>(&view, "p95Label")->text(),
             view.tr("%1 s").arg(QLocale().toString(1.0, 'f', 2)));
    QCOMPARE(namedChild<QLabel>(&view, "queueLabel")->text(), QStringLiteral("1"));
}

void TestActivityView::thirtyDaysShowThirtyBars()
{
    QString error;
    QVERIFY2(insertRows(*m_db, m_a,
                        {{QStringLiteral("succeeded"), kNow.addDays(-3), {100}},
                         {QStringLiteral("failed"), kNow.addDays(-3), {100}},
                         {QStringLiteral("succeeded"), kNow.addSecs(-60), {100}}},
                        &error),
             qPrintable(error));
    ActivityView view;
    view.setUp(*m_db);
    view.setClock([] { return kNow; });
    view.setWebhook(m_a);
    QVERIFY(waitForRefresh(view));
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).first())->count(),
             24);

    QSignalSpy spy(&view, &ActivityView::refreshed);
    QTest::mouseClick(namedChild<QToolButton>(&view, "daysButton"), Qt::LeftButton);
    QVERIFY(spy.wait(10000));
    QCOMPARE(view.window(), ActivityWindow::Last30Days);
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->count(), 30);
    for (const QBarSet *set : barSeries(view)->barSets())
        QCOMPARE(set->count(), 30);
    // The test runs in whatever time zone: find today's and 3 days ago's bars
    // by their start.
    const QList<ActivityBucket> &buckets = view.summary().buckets;
    QCOMPARE(buckets.size(), 30);
    QCOMPARE(barValues(view, 29), (QList<qreal>{1, 0, 0, 0}));
    QCOMPARE(barValues(view, 26), (QList<qreal>{1, 0, 1, 0}));

    QTest::mouseClick(namedChild<QToolButton>(&view, "hoursButton"), Qt::LeftButton);
    QVERIFY(spy.wait(10000));
    QCOMPARE(axis->count(), 24);
}

void TestActivityView::allActivityAddsEveryWebhook()
{
    QString error;
    QVERIFY2(
        insertRows(*m_db, m_a, {{QStringLiteral("succeeded"), kNow.addSecs(-60), {10}}}, &error),
        qPrintable(error));
    QVERIFY2(insertRows(*m_db, m_b, {{QStringLiteral("failed"), kNow.addSecs(-60), {20}}}, &error),
             qPrintable(error));
    ActivityView view;
    view.setUp(*m_db);
    view.setClock([] { return kNow; });
    view.setWebhook(m_b);
    QVERIFY(waitForRefresh(view));
    QCOMPARE(barValues(view, 23), (QList<qreal>{0, 0, 1, 0}));
    view.setWebhook(QUuid());
    QVERIFY(waitForRefresh(view));
    QCOMPARE(barValues(view, 23), (QList<qreal>{1, 0, 1, 0}));

    // With a webhook selected, "All webhooks" shows every one too.
    view.setWebhook(m_b);
    QVERIFY(waitForRefresh(view));
    QCOMPARE(barValues(view, 23), (QList<qreal>{0, 0, 1, 0}));
    namedChild<QCheckBox>(&view, "allWebhooksCheckBox")->setChecked(true);
    QVERIFY(waitForRefresh(view));
    QCOMPARE(barValues(view, 23), (QList<qreal>{1, 0, 1, 0}));
    QCOMPARE(view.webhook(), m_b); // the selection itself is kept
}

void TestActivityView::refreshesAreCoalesced()
{
    ActivityView view;
    view.setUp(*m_db);
    view.setClock([] { return kNow; });
    QSignalSpy spy(&view, &ActivityView::refreshed);
    view.setWebhook(m_a);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    for (int i = 0; i < 10; ++i)
        view.refresh();
    QTest::qWait(500);
    QCOMPARE(spy.count(), 1); // not before two seconds
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QTest::qWait(ActivityView::minRefreshIntervalMs + 500);
    QCOMPARE(spy.count(), 2); // ten calls, one refresh
}

// Opt-in: RELAIS_SCREENSHOT_DIR=docs/screenshots writes overview-light.png
// and overview-dark.png there.
void TestActivityView::screenshots()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to write the overview screenshots");
    // A month of traffic with a working-day rhythm, a bad afternoon
    // yesterday and a few deliveries still on their way.
    QRandomGenerator rng(42);
    QList<Row> rows;
    const qint64 hourMs = 3600 * 1000;
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    for (qint64 h = 30 * 24; h >= 0; --h) {
        const QDateTime hourStart = QDateTime::fromMSecsSinceEpoch(nowMs - h * hourMs, Qt::UTC);
        const int hourOfDay = hourStart.time().hour();
        const double daytime = std::max(0.0, std::sin((hourOfDay - 6) * M_PI / 14.0));
        const bool weekend = hourStart.date().dayOfWeek() >= 6;
        const int count = int((weekend ? 4 : 8) + (weekend ? 12 : 38) * daytime + rng.bounded(6));
        const bool outage = h >= 20 && h <= 22;
        for (int i = 0; i < count; ++i) {
            const qint64 offset = qint64(rng.bounded(3600 * 1000));
            if (h == 0 && offset > 25 * 60 * 1000)
                continue;
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(nowMs - h * hourMs - offset, Qt::UTC);
            const int r = int(rng.bounded(100));
            const qint64 d = 60 + qint64(rng.bounded(180)) + (r % 10 == 0 ? 600 : 0);
            if (h == 0 && i < 3)
                rows << Row{QStringLiteral("pending"), at, {}};
            else if (outage && r < 45)
                rows << Row{QStringLiteral("failed"), at, {5000, 5000}};
            else if (outage && r < 70)
                rows << Row{QStringLiteral("succeeded"), at, {5000, d}};
            else if (r < 2)
                rows << Row{QStringLiteral("exhausted"), at, {d, d, d}};
            else if (r < 9)
                rows << Row{QStringLiteral("succeeded"), at, {d * 3, d}};
            else
                rows << Row{QStringLiteral("succeeded"), at, {d}};
        }
    }
    QString error;
    QVERIFY2(insertRows(*m_db, m_a, rows, &error), qPrintable(error));

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool dark : {false, true}) {
        ActivityView view;
        view.setUp(*m_db);
        view.setClock([] { return kNow; });
        view.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        view.setAutoFillBackground(true);
        view.resize(900, 520);
        view.setWebhook(m_a);
        QVERIFY(waitForRefresh(view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(200);
        const QString name =
            dark ? QStringLiteral("overview-dark.png") : QStringLiteral("overview-light.png");
        QVERIFY(view.grab().save(QDir(dir).filePath(name)));
        if (!dark) {
            view.setWindow(ActivityWindow::Last30Days);
            QVERIFY(waitForRefresh(view));
            QTest::qWait(200);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("overview-30days.png"))));
        }
    }
}

QTEST_MAIN(TestActivityView)
#include "tst_activityview.moc"
