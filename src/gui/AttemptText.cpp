#include "AttemptText.h"

#include "RequestText.h"

#include "storage/DeliveryRecords.h"

#include <QHash>
#include <QLocale>

namespace relais {

QString AttemptText::status(int httpStatus)
{
    if (httpStatus == 0)
        return tr("No response");
    static const QHash<int, const char *> reasons = {
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    // Reason phrases are protocol text, not translated.
    const char *reason = reasons.value(httpStatus, nullptr);
    return reason ? QStringLiteral("%1 %2").arg(httpStatus).arg(QString::fromLatin1(reason))
                  : QString::number(httpStatus);
}

QString AttemptText::headers(const HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    return text;
}

QString AttemptText::body(const QByteArray &body, bool truncated)
{
    QString text = RequestText::prettyJson(body);
    if (truncated)
        text += u'\n' + tr("[… the rest of the body was not kept]");
    return text;
}

QString AttemptText::triggerName(AttemptTrigger trigger)
{
    switch (trigger) {
    case AttemptTrigger::Scheduled:
        return tr("scheduled");
    case AttemptTrigger::Manual:
        return tr("redelivery");
    case AttemptTrigger::Test:
        return tr("test");
    }
    return QString();
}

QString AttemptText::title(const StoredAttempt &stored)
{
    const Attempt &a = stored.attempt;
    const QString when =
        QLocale().toString(a.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString text = tr("Attempt %1 · %2 · %3 · %4 ms")
                       .arg(a.number)
                       .arg(triggerName(a.trigger), when)
                       .arg(QLocale().toString(a.durationMs));
    if (!stored.dispatcherId.isEmpty())
        text += tr(" · by %1").arg(stored.dispatcherId);
    return text;
}

QString AttemptText::request(const StoredAttempt &stored)
{
    return RequestText::format(stored.attempt.request);
}

QString AttemptText::response(const StoredAttempt &stored)
{
    const Attempt &a = stored.attempt;
    if (a.responseStatus == 0)
        return tr("No response: %1").arg(a.error.isEmpty() ? tr("unknown error") : a.error);
    QString text = status(a.responseStatus) + u'\n' + headers(a.responseHeaders) + u'\n';
    text += body(a.responseBody, a.responseTruncated);
    if (!a.error.isEmpty())
        text += u'\n' + tr("Error: %1").arg(a.error);
    return text;
}

QString AttemptText::describe(const StoredAttempt &stored)
{
    QString text = title(stored) + u'\n';
    text += QStringLiteral("── %1 ──\n").arg(tr("Request"));
    text += request(stored) + u'\n';
    text += QStringLiteral("── %1 ──\n").arg(tr("Response"));
    return text + response(stored) + u'\n';
}

} // namespace relais
