#include "RetryPolicy.h"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

namespace relais {

RetryPolicy::RetryPolicy(QList<int> schedule, double jitter, std::chrono::seconds maxRetryAfter)
    : m_schedule(std::move(schedule))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_maxRetryAfter(std::chrono::duration_cast<Millis>(maxRetryAfter))
{
    if (m_schedule.isEmpty())
        m_schedule = {0};
}

std::optional<RetryPolicy::Millis> RetryPolicy::nominalDelay(int attemptNumber) const
{
    if (attemptNumber < 1 || attemptNumber > m_schedule.size())
        return std::nullopt;
    return Millis(qint64(std::max(0, m_schedule.at(attemptNumber - 1))) * 1000);
}

RetryPolicy::Millis RetryPolicy::jittered(Millis nominal, double random01) const
{
    const double r = std::clamp(random01, 0.0, 1.0);
    const double factor = 1.0 + m_jitter * (2.0 * r - 1.0);
    return Millis(std::max<qint64>(0, std::llround(double(nominal.count()) * factor)));
}

std::optional<QDateTime> RetryPolicy::nextAttemptAt(int attemptsMade, const QDateTime &now,
                                                    std::optional<Millis> retryAfter,
                                                    double random01) const
{
    const std::optional<Millis> nominal = nominalDelay(attemptsMade + 1);
    if (!nominal)
        return std::nullopt;
    const Millis delay = retryAfter ? std::clamp(*retryAfter, Millis(0), m_maxRetryAfter)
                                    : jittered(*nominal, random01);
    return now.addMSecs(delay.count());
}

std::optional<RetryPolicy::Millis> RetryPolicy::parseRetryAfter(QByteArrayView value,
                                                                const QDateTime &now) const
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const bool allDigits =
        std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        // Anything too long to be a number of seconds is "a very long time".
        bool ok = false;
        const qint64 seconds =
            text.size() > 12 ? std::numeric_limits<qint64>::max() / 2000 : text.toLongLong(&ok);
        return std::clamp(Millis(seconds * 1000), Millis(0), m_maxRetryAfter);
    }
    const std::optional<QDateTime> when = parseHttpDate(text);
    if (!when)
        return std::nullopt;
    return std::clamp(Millis(now.msecsTo(*when)), Millis(0), m_maxRetryAfter);
}

std::optional<QDateTime> RetryPolicy::parseHttpDate(QByteArrayView value)
{
    // RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime
    // forms. The day name is left out: it says nothing the date does not,
    // and Qt would check it against two-digit years read as 19xx.
    QString text = QString::fromLatin1(value.toByteArray().simplified());
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    else
        text = text.section(QLatin1Char(' '), 1); // asctime: "Sun Nov 6 08:49:37 1994"
    const QLocale c = QLocale::c();
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("MMM d HH:mm:ss yyyy"),
    };
    for (int i = 0; i < 3; ++i) {
        QDateTime t = c.toDateTime(text, formats[i]);
        if (!t.isValid())
            continue;
        if (i == 1 && t.date().year() < 1970)
            t = t.addYears(100); // RFC 850's two-digit years: 1970–2069
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    return std::nullopt;
}

} // namespace relais
