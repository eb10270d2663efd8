#include "core/RetryPolicy.h"
#include "core/Webhook.h"

#include <QTest>

using namespace relais;
using namespace std::chrono_literals;

class tst_RetryPolicy final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2024, 5, 2), QTime(10, 0, 0), Qt::UTC);

private Q_SLOTS:
    void theDefaultScheduleStartsAtOnceAndEndsAfterTenHours()
    {
        const RetryPolicy policy(Webhook::defaultRetrySchedule(), 0);
        QCOMPARE(policy.maxAttempts(), 8);
        QCOMPARE(policy.nominalDelay(1), std::optional(RetryPolicy::Millis(0)));
        QCOMPARE(policy.nominalDelay(2), std::optional(RetryPolicy::Millis(5000)));
        QCOMPARE(policy.nominalDelay(3), std::optional(RetryPolicy::Millis(300000)));
        QCOMPARE(policy.nominalDelay(8), std::optional(RetryPolicy::Millis(36000000)));
        QCOMPARE(policy.nominalDelay(9), std::nullopt);
    }

    void eachFailureWaitsForTheNextEntry()
    {
        const RetryPolicy policy({0, 5, 300}, 0);
        QCOMPARE(policy.nextAttemptAt(1, m_now, std::nullopt, 0.5), m_now.addSecs(5));
        QCOMPARE(policy.nextAttemptAt(2, m_now, std::nullopt, 0.5), m_now.addSecs(300));
    }

    void theScheduleUsedUpMeansExhausted()
    {
        const RetryPolicy policy({0, 5}, 0.2);
        QVERIFY(policy.nextAttemptAt(1, m_now, std::nullopt, 0.3).has_value());
        QCOMPARE(policy.nextAttemptAt(2, m_now, std::nullopt, 0.3), std::nullopt);
        // A Retry-After does not add attempts.
        QCOMPARE(policy.nextAttemptAt(2, m_now, RetryPolicy::Millis(1000), 0.3), std::nullopt);
    }

    void anEmptyScheduleAllowsOneAttempt()
    {
        const RetryPolicy policy({}, 0);
        QCOMPARE(policy.maxAttempts(), 1);
        QCOMPARE(policy.nextAttemptAt(1, m_now, std::nullopt, 0.5), std::nullopt);
    }

    void jitterStaysWithinTwentyPercent()
    {
        const RetryPolicy policy({0, 100}, 0.2);
        const RetryPolicy::Millis nominal(100000);
        QCOMPARE(policy.jittered(nominal, 0.0), RetryPolicy::Millis(80000));
        QCOMPARE(policy.jittered(nominal, 0.5), RetryPolicy::Millis(100000));
        QCOMPARE(policy.jittered(nominal, 0.99), RetryPolicy::Millis(119600));
        for (int i = 0; i <= 100; ++i) {
            const qint64 ms = policy.jittered(nominal, i / 100.0).count();
            QVERIFY2(ms >= 80000 && ms <= 120000, qPrintable(QString::number(ms)));
        }
        QCOMPARE(policy.jittered(RetryPolicy::Millis(0), 0.9), RetryPolicy::Millis(0));
    }

    void retryAfterSecondsReplacesTheScheduledDelay()
    {
        const RetryPolicy policy({0, 3600}, 0.2);
        const auto after = policy.parseRetryAfter("120", m_now);
        QCOMPARE(after, std::optional(RetryPolicy::Millis(120000)));
        QCOMPARE(policy.nextAttemptAt(1, m_now, after, 0.0), m_now.addSecs(120));
    }

    void retryAfterAnHttpDateCountsFromNow()
    {
        const RetryPolicy policy({0, 5}, 0);
        QCOMPARE(policy.parseRetryAfter("Thu, 02 May 2024 10:01:30 GMT", m_now),
                 std::optional(RetryPolicy::Millis(90000)));
        // The obsolete forms are still understood.
        QCOMPARE(policy.parseRetryAfter("Thursday, 02-May-24 10:00:10 GMT", m_now),
                 std::optional(RetryPolicy::Millis(10000)));
        QCOMPARE(policy.parseRetryAfter("Thu May  2 10:00:20 2024", m_now),
                 std::optional(RetryPolicy::Millis(20000)));
    }

    void retryAfterIsClamped()
    {
        const RetryPolicy policy({0, 5}, 0, std::chrono::hours(24));
        // In the past: at once.
        QCOMPARE(policy.parseRetryAfter("Thu, 02 May 2024 09:00:00 GMT", m_now),
                 std::optional(RetryPolicy::Millis(0)));
        // Beyond a day: a day.
        QCOMPARE(policy.parseRetryAfter("999999", m_now),
                 std::optional(RetryPolicy::Millis(24 * 3600 * 1000)));
        QCOMPARE(policy.parseRetryAfter("99999999999999999999999", m_now),
                 std::optional(RetryPolicy::Millis(24 * 3600 * 1000)));
        QCOMPARE(policy.nextAttemptAt(1, m_now, RetryPolicy::Millis(-5), 0.5), m_now);
    }

    void anUnreadableRetryAfterIsIgnored()
    {
        const RetryPolicy policy({0, 5}, 0);
        QCOMPARE(policy.parseRetryAfter("", m_now), std::nullopt);
        QCOMPARE(policy.parseRetryAfter("soon", m_now), std::nullopt);
        QCOMPARE(policy.parseRetryAfter("-3", m_now), std::nullopt);
        QCOMPARE(policy.parseRetryAfter("1.5", m_now), std::nullopt);
    }

    void onlyTwoHundredsSucceed()
    {
        QVERIFY(RetryPolicy::isSuccess(200));
        QVERIFY(RetryPolicy::isSuccess(204));
        QVERIFY(RetryPolicy::isSuccess(299));
        QVERIFY(!RetryPolicy::isSuccess(199));
        QVERIFY(!RetryPolicy::isSuccess(302));
        QVERIFY(!RetryPolicy::isSuccess(0));
    }
};

QTEST_APPLESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
