#include "IntakeResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relais {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

} // namespace

IntakeResponse IntakeResponse::json(int status, const QJsonObject &object)
{
    IntakeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

IntakeResponse IntakeResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

IntakeResponse IntakeResponse::forSubmit(const SubmitResult &result, const QString &eventId)
{
    const QString id = result.eventId.isEmpty() ? eventId : result.eventId;
    // A duplicate is already stored: the client's goal is met, whatever else the sink says.
    if (!result.accepted && !result.duplicate) {
        const QString message = result.error.isEmpty()
                                    ? tr("Relais could not store the event. Try again in a moment.")
                                    : result.error;
        return error(503, message).withHeader("Retry-After", "5");
    }
    return json(result.duplicate ? 200 : 202,
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("duplicate"), result.duplicate},
                            {QStringLiteral("matched"),
                             QJsonArray::fromStringList(result.matchedWebhooks)}});
}

IntakeResponse &IntakeResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray IntakeResponse::serialize() const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace relais
