#include "LatencyReceiver.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace relais::bench {

LatencyReceiver::LatencyReceiver(const QElapsedTimer &clock)
    : m_clock(clock)
{
    m_anchor.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        &m_anchor,
        [this] {
            m_server = new QTcpServer;
            m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        },
        Qt::BlockingQueuedConnection);
}

LatencyReceiver::~LatencyReceiver()
{
    QMetaObject::invokeMethod(
        &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

qint64 LatencyReceiver::arrivalNs(const QByteArray &webhookId) const
{
    QMutexLocker lock(&m_mutex);
    return m_arrivals.value(webhookId, -1);
}

int LatencyReceiver::arrivals() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

qint64 LatencyReceiver::lastArrivalNs() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

void LatencyReceiver::record(const QByteArray &webhookId)
{
    const qint64 now = m_clock.nsecsElapsed();
    QMutexLocker lock(&m_mutex);
    m_arrivals.insert(webhookId, now);
    ++m_count;
    m_last = now;
}

void LatencyReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                QByteArray id;
                for (const QByteArray &line : head.split('\n')) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    if (name == "content-length")
                        length = line.mid(colon + 1).trimmed().toLongLong();
                    else if (name == "webhook-id")
                        id = line.mid(colon + 1).trimmed();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->remove(0, end + 4 + length);
                record(id);
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            }
        });
    }
}

} // namespace relais::bench
