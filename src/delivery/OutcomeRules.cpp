#include "OutcomeRules.h"

#include "RequestBuilder.h"

#include "core/Redaction.h"
#include "core/RetryPolicy.h"

namespace relais {

namespace {

AttemptRecord baseRecord(const DispatchJob &job)
{
    AttemptRecord r;
    r.snapshotBody = job.request.body;
    r.test = job.test;
    r.testTicket = job.testTicket;
    r.webhookName = job.webhook->name;
    r.autoDisableAfter = job.webhook->autoDisableAfterFailures;
    r.outcome.deliveryId = job.deliveryId;
    r.outcome.webhookId = job.webhook->id;
    r.attempt.deliveryId = job.deliveryId;
    r.attempt.number = job.attemptNumber;
    r.attempt.trigger = job.trigger;
    return r;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

QString OutcomeRules::statusText(int status, const QByteArray &reasonPhrase)
{
    const QString phrase = QString::fromUtf8(reasonPhrase).trimmed();
    return phrase.isEmpty() ? tr("HTTP %1").arg(status)
                            : tr("HTTP %1 %2").arg(QString::number(status), phrase);
}

AttemptRecord OutcomeRules::afterExchange(const DispatchJob &job, const RequestSnapshot &sent,
                                          const TransportResponse &response, const QDateTime &now,
                                          double random01, const Settings &settings)
{
    AttemptRecord r = baseRecord(job);
    Attempt &a = r.attempt;
    a.startedAt = response.startedAt.isValid() ? response.startedAt : now;
    a.durationMs = response.durationMs;
    a.request = Redaction::request(sent, RequestBuilder::secretHeaderNames(*job.webhook));
    a.responseStatus = response.status;
    a.responseHeaders = response.headers;
    a.responseBody = response.body;
    a.responseTruncated = response.truncated;
    a.error = response.error;

    DeliveryOutcome &o = r.outcome;
    o.attempted = true;
    o.attemptCount = job.attemptNumber;
    o.lastStatus = response.status;
    o.lastDurationMs = response.durationMs;
    o.lastAttemptAt = a.startedAt;

    if (RetryPolicy::isSuccess(response.status) && response.error.isEmpty()) {
        o.state = DeliveryState::Succeeded;
        return r;
    }
    if (response.status == 0) {
        o.lastError = response.error;
    } else if (response.redirectTarget.isValid() && !response.redirectTarget.isEmpty()) {
        a.error = tr("Redirect to %1 not followed (the webhook does not follow redirects)")
                      .arg(Redaction::url(response.redirectTarget.toString()));
        o.lastError =
            statusText(response.status, response.reasonPhrase) + QLatin1String(": ") + a.error;
    } else {
        o.lastError = statusText(response.status, response.reasonPhrase);
        if (!response.error.isEmpty())
            o.lastError += QLatin1String(" (") + response.error + QLatin1Char(')');
    }
    if (job.test) {
        o.state = DeliveryState::Failed;
        return r;
    }
    if (response.status == 410) {
        o.state = DeliveryState::Failed;
        r.disableReason = tr("The receiver answered 410 Gone on %1: the endpoint no longer "
                             "exists.")
                              .arg(now.toString(Qt::ISODate));
        return r;
    }
    const RetryPolicy policy(job.webhook->retrySchedule, settings.jitter, settings.maxRetryAfter);
    std::optional<RetryPolicy::Millis> retryAfter;
    if (response.status != 0) {
        retryAfter = policy.parseRetryAfter(headerValue(response.headers, "Retry-After"), now);
    }
    const std::optional<QDateTime> next =
        policy.nextAttemptAt(job.attemptNumber, now, retryAfter, random01);
    if (next) {
        o.state = DeliveryState::Pending;
        o.nextAttemptAt = *next;
    } else {
        o.state = DeliveryState::Exhausted;
    }
    return r;
}

AttemptRecord OutcomeRules::secretUnavailable(const DispatchJob &job, const QString &error,
                                              const QDateTime &now, const Settings &settings)
{
    AttemptRecord r = baseRecord(job);
    DeliveryOutcome &o = r.outcome;
    o.attemptCount = job.attemptNumber - 1;
    o.lastError = error;
    if (job.test) {
        o.state = DeliveryState::Failed;
    } else {
        o.state = DeliveryState::SecretUnavailable;
        o.nextAttemptAt = now.addMSecs(settings.secretRetryDelay.count());
    }
    return r;
}

AttemptRecord OutcomeRules::invalid(const DispatchJob &job, const QString &error,
                                    const QDateTime &now)
{
    Q_UNUSED(now);
    AttemptRecord r = baseRecord(job);
    r.outcome.attemptCount = job.attemptNumber - 1;
    r.outcome.lastError = error;
    r.outcome.state = DeliveryState::Failed;
    return r;
}

} // namespace relais
