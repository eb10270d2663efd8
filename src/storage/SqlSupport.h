#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace relais {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// How values are represented in columns, the same on every dialect, and the
// small pieces every repository needs when it talks to QtSql.
namespace sqlvalue {

// Instants are integer milliseconds since the epoch (UTC): they sort and
// compare fast. An invalid QDateTime is NULL.
QVariant fromTime(const QDateTime &t);
QDateTime toTime(const QVariant &v);
// Now, in UTC, to the millisecond (what a stored instant can hold).
QDateTime nowUtc();

// Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse.
QString text(const QString &s);

// Compact JSON text for nested fields, and back. toJson returns false when
// the column does not hold JSON.
QString jsonText(const QJsonValue &v);
bool toJson(const QVariant &column, QJsonValue *out);

// The driver's own words, for messages.
QString errorText(const QSqlError &e);

inline void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace sqlvalue

} // namespace relais
