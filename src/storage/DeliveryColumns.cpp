#include "DeliveryColumns.h"

#include "SqlSupport.h"

#include <QJsonArray>

#include <iterator>

namespace relais::deliverycolumns {

QString select(bool withBody, QLatin1StringView table)
{
    static const char *const columns[] = {"id",
                                          "event_id",
                                          "webhook_id",
                                          "state",
                                          "attempt_count",
                                          "next_attempt_at",
                                          "request_method",
                                          "request_url",
                                          "request_headers",
                                          "test",
                                          "last_error",
                                          "created_at",
                                          "next_trigger",
                                          "rendered",
                                          "last_status",
                                          "last_duration_ms",
                                          "last_attempt_at",
                                          "request_body"};
    const qsizetype count = std::size(columns) - (withBody ? 0 : 1);
    QString sql;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += table + QLatin1Char('.') + QLatin1String(columns[i]);
    }
    return sql;
}

bool readSummary(const QSqlQuery &q, int *column, bool withBody, DeliverySummary *out,
                 AttemptTrigger *nextTrigger)
{
    int c = *column;
    Delivery &d = out->delivery;
    d.id = q.value(c++).toString();
    d.eventId = q.value(c++).toString();
    d.webhookId = QUuid::fromString(q.value(c++).toString());
    bool ok = deliveryStateFromKey(q.value(c++).toString(), &d.state);
    d.attemptCount = q.value(c++).toInt();
    d.nextAttemptAt = sqlvalue::toTime(q.value(c++));
    d.request.method = q.value(c++).toString();
    d.request.url = q.value(c++).toString();
    QJsonValue headers;
    ok = sqlvalue::toJson(q.value(c++), &headers) && ok;
    d.request.headers = headersFromJson(headers.toArray());
    d.test = q.value(c++).toInt() != 0;
    d.lastError = q.value(c++).toString();
    d.createdAt = sqlvalue::toTime(q.value(c++));
    AttemptTrigger trigger = AttemptTrigger::Scheduled;
    ok = attemptTriggerFromKey(q.value(c++).toString(), &trigger) && ok;
    if (nextTrigger)
        *nextTrigger = trigger;
    out->rendered = q.value(c++).toInt() != 0;
    out->lastStatus = q.value(c++).toInt();
    out->lastDurationMs = q.value(c++).toLongLong();
    out->lastAttemptAt = sqlvalue::toTime(q.value(c++));
    if (withBody)
        d.request.body = q.value(c++).toByteArray();
    *column = c;
    return ok;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

namespace {

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 0xf]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

void appendHeaders(QString &out, const HeaderList &headers)
{
    out += QLatin1Char('[');
    bool first = true;
    for (const auto &[name, value] : headers) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('[');
        appendJsonString(out, QString::fromUtf8(name));
        out += QLatin1Char(',');
        appendJsonString(out, QString::fromUtf8(value));
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
}

} // namespace

QString headersJson(const HeaderList &headers)
{
    QString out;
    out.reserve(64 * headers.size() + 2);
    appendHeaders(out, headers);
    return out;
}

QString requestJson(const RequestSnapshot &request)
{
    QString out;
    out.reserve(64 * request.headers.size() + request.url.size() + 48);
    out += QLatin1String("{\"method\":");
    appendJsonString(out, request.method);
    out += QLatin1String(",\"url\":");
    appendJsonString(out, request.url);
    out += QLatin1String(",\"headers\":");
    appendHeaders(out, request.headers);
    out += QLatin1Char('}');
    return out;
}

} // namespace relais::deliverycolumns
