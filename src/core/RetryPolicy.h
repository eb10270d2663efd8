#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

namespace relais {

// When the next attempt of a delivery goes out, from a webhook's retry
// schedule. Entry i of the schedule is the delay in seconds before attempt
// i + 1 (the first is normally 0: at once); after the last entry the delivery
// is exhausted. Delays get ±jitter (a fraction) so that receivers coming back
// from an outage are not hit by every retry at the same instant. A receiver's
// Retry-After (seconds or an HTTP date) replaces the scheduled delay, without
// jitter, clamped to [0, maxRetryAfter]. Pure logic: the random draw is passed in.
class RetryPolicy final
{
public:
    using Millis = std::chrono::milliseconds;

    explicit RetryPolicy(QList<int> schedule, double jitter = 0.2,
                         std::chrono::seconds maxRetryAfter = std::chrono::hours(24));

    // Attempts the schedule allows (at least one, even for an empty schedule).
    int maxAttempts() const { return int(m_schedule.size()); }
    double jitter() const { return m_jitter; }

    // The scheduled delay before attempt `attemptNumber` (1-based), without
    // jitter; nullopt beyond the schedule.
    std::optional<Millis> nominalDelay(int attemptNumber) const;
    // `nominal` moved by up to ±jitter; `random01` is uniform in [0, 1).
    Millis jittered(Millis nominal, double random01) const;

    // When attempt `attemptsMade + 1` goes out, after attempt `attemptsMade`
    // failed at `now`; nullopt when the schedule is used up (exhausted).
    std::optional<QDateTime> nextAttemptAt(int attemptsMade, const QDateTime &now,
                                           std::optional<Millis> retryAfter, double random01) const;

    // A Retry-After header value as a delay from `now`: delay-seconds or an
    // HTTP date (IMF-fixdate, RFC 850 or asctime), clamped to
    // [0, maxRetryAfter]; nullopt when empty or not understood.
    std::optional<Millis> parseRetryAfter(QByteArrayView value, const QDateTime &now) const;
    static std::optional<QDateTime> parseHttpDate(QByteArrayView value);

    static bool isSuccess(int status) { return status >= 200 && status < 300; }

private:
    QList<int> m_schedule;
    double m_jitter;
    Millis m_maxRetryAfter;
};

} // namespace relais
