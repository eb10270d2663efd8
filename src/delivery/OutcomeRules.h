#pragma once

#include "AttemptRecord.h"
#include "DispatchJob.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>

namespace relais {

// Decides what an attempt means for its delivery: 2xx succeeds; a test
// delivery is never retried; 410 Gone fails the delivery and disables the
// webhook; anything else is retried on the webhook's schedule (honouring
// Retry-After) until the schedule is used up. Pure: time and the random
// draw for the jitter are passed in.
class OutcomeRules final
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRules)

public:
    struct Settings
    {
        double jitter = 0.2;
        std::chrono::seconds maxRetryAfter = std::chrono::hours(24);
        std::chrono::milliseconds secretRetryDelay = std::chrono::seconds(30);
    };

    // After an HTTP exchange (or a failure to get one). `sent` is the
    // request as sent; it is stored redacted.
    static AttemptRecord afterExchange(const DispatchJob &job, const RequestSnapshot &sent,
                                       const TransportResponse &response, const QDateTime &now,
                                       double random01, const Settings &settings);
    // The keychain could not give a secret: nothing was sent; the delivery
    // waits and is tried again after settings.secretRetryDelay (a test
    // delivery fails).
    static AttemptRecord secretUnavailable(const DispatchJob &job, const QString &error,
                                           const QDateTime &now, const Settings &settings);
    // The request cannot be made at all (e.g. the signature cannot be
    // computed): the delivery fails.
    static AttemptRecord invalid(const DispatchJob &job, const QString &error,
                                 const QDateTime &now);

    static QString statusText(int status, const QByteArray &reasonPhrase);
};

} // namespace relais
