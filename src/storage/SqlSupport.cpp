#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

Q_LOGGING_CATEGORY(lcStorage, "relais.storage")

namespace sqlvalue {

QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QString text(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("", 0) : s;
}

QString jsonText(const QJsonValue &v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

bool toJson(const QVariant &column, QJsonValue *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(column.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return false;
    *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

QString errorText(const QSqlError &e)
{
    QString t = e.text().trimmed();
    if (t.isEmpty())
        t = e.nativeErrorCode();
    return t;
}

} // namespace sqlvalue

} // namespace relais
