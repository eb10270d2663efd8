#include "IntakeListener.h"

#include "IntakeLogging.h"
#include "IntakeResponse.h"

#include <QTcpSocket>
#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace relais {

IntakeListener::IntakeListener(const IntakeConnection::Settings &settings, int maxConnections,
                               QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_maxConnections(maxConnections)
{}

void IntakeListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcIntake) << "could not accept a connection:" << socket->errorString();
        delete socket;
        return;
    }
    if (m_connections >= m_maxConnections) {
        turnAway(socket);
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    // Before addPendingConnection(): QHttpServer connects its reader there,
    // and the IntakeConnection has to see every chunk first.
    new IntakeConnection(socket, m_settings);
    addPendingConnection(socket);
}

void IntakeListener::turnAway(QTcpSocket *socket)
{
    qCWarning(lcIntake) << "turned a connection away: already" << m_connections << "open";
    IntakeResponse response =
        IntakeResponse::error(503, tr("Too many connections are open to the intake endpoint."));
    response.closeConnection = true;
    response.withHeader("Retry-After", "1");
    socket->write(response.serialize());
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    // A peer that never reads must not keep the socket alive.
    QTimer::singleShot(2s, socket, [socket] { socket->abort(); });
}

} // namespace relais
