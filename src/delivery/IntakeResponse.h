#pragma once

#include "delivery/EventSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace relais {

// One answer of the intake endpoint: a status and a JSON body, written as a
// complete HTTP/1.1 message.
struct IntakeResponse
{
    Q_DECLARE_TR_FUNCTIONS(IntakeResponse)

public:
    int status = 200;
    QByteArray body;                                  // JSON
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    bool closeConnection = false;

    static IntakeResponse json(int status, const QJsonObject &object);
    // {"error": message}
    static IntakeResponse error(int status, const QString &message);
    // 202 for a new event, 200 for a duplicate, 503 when the sink failed.
    static IntakeResponse forSubmit(const SubmitResult &result, const QString &eventId);

    IntakeResponse &withHeader(QByteArray name, QByteArray value);
    // Status line, headers and body, ready to be written to the socket.
    QByteArray serialize() const;
};

} // namespace relais
