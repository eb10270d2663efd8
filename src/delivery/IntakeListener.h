#pragma once

#include "delivery/IntakeConnection.h"

#include <QTcpServer>

namespace relais {

// Accepts the intake endpoint's TCP connections for QHttpServer: caps how
// many are open at once, and puts an IntakeConnection on each socket before
// QHttpServer sees it.
class IntakeListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeListener)

public:
    IntakeListener(const IntakeConnection::Settings &settings, int maxConnections,
                   QObject *parent = nullptr);

    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void turnAway(QTcpSocket *socket);

    IntakeConnection::Settings m_settings;
    int m_maxConnections;
    int m_connections = 0;
};

} // namespace relais
