#include "IntakeEventParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace relais {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

bool IntakeEventParser::parse(const QByteArray &body, const QDateTime &now, Event *event,
                              QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error, tr("The body is not valid JSON: %1 (at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(error, tr("The body must be a JSON object with at least a \"type\" field."));
    const QJsonObject object = document.object();

    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString() || type.toString().trimmed().isEmpty())
        return fail(error, tr("\"type\" is required and must be a non-empty string."));
    if (type.toString().size() > kMaxTypeLength || hasControlCharacter(type.toString())) {
        return fail(error, tr("\"type\" must be at most %1 characters, without control "
                              "characters.")
                               .arg(kMaxTypeLength));
    }

    const QJsonValue resource = object.value(QLatin1String("resource"));
    if (!resource.isUndefined() && !resource.isNull() && !resource.isString())
        return fail(error, tr("\"resource\" must be a string."));

    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()) {
        if (!id.isString() || id.toString().isEmpty())
            return fail(error, tr("\"id\" must be a non-empty string when it is given."));
        if (id.toString().size() > kMaxIdLength || hasControlCharacter(id.toString())) {
            return fail(error, tr("\"id\" must be at most %1 characters, without control "
                                  "characters.")
                                   .arg(kMaxIdLength));
        }
    }

    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return fail(error, tr("\"data\" must be a JSON object."));

    QDateTime occurredAt = now;
    const QJsonValue occurred = object.value(QLatin1String("occurredAt"));
    if (!occurred.isUndefined() && !occurred.isNull()) {
        occurredAt = QDateTime::fromString(occurred.toString(), Qt::ISODateWithMs);
        if (!occurred.isString() || !occurredAt.isValid()) {
            return fail(error, tr("\"occurredAt\" must be an ISO-8601 date and time, such as "
                                  "2024-05-01T09:30:00Z."));
        }
    }

    Event parsed;
    parsed.id = id.isString() ? id.toString() : Event::newId();
    parsed.type = type.toString();
    parsed.resource = resource.toString();
    parsed.occurredAt = occurredAt.toUTC();
    parsed.data = data.toObject();
    parsed.source = QStringLiteral("intake");
    *event = std::move(parsed);
    return true;
}

} // namespace relais
