#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

namespace relais {

// A receiver on 127.0.0.1 (a port the system picks) that answers every
// request with the same HTTP/1.1 200 and a small JSON body, and counts them.
class LoopbackServer final : public QTcpServer
{
public:
    static QByteArray body() { return QByteArrayLiteral("{\"received\":true,\"id\":\"rcv_42\"}"); }

    LoopbackServer()
    {
        if (!listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1: %s", qPrintable(errorString()));
    }
    ~LoopbackServer() override { close(); }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    int requestCount() const { return m_requests; }
    // The bytes of the last complete request (request line, headers, body).
    QByteArray lastRequest() const { return m_last; }
    // While held, requests are counted but not answered; releasing answers
    // them all.
    void holdAnswers() { m_holding = true; }
    void releaseAnswers()
    {
        m_holding = false;
        for (const QPointer<QTcpSocket> &socket : std::exchange(m_held, {})) {
            if (socket)
                answer(socket);
        }
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            if (qEnvironmentVariableIsSet("RELAIS_LOOPBACK_DEBUG"))
                qDebug("loopback: %s", buffer.left(buffer.indexOf('\r')).constData());
            m_last = buffer.left(end + 4 + length);
            m_buffers.remove(socket);
            ++m_requests;
            if (m_holding)
                m_held << socket;
            else
                answer(socket);
        });
    }

private:
    static void answer(QTcpSocket *socket)
    {
        const QByteArray b = body();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(b.size()) + "\r\nConnection: close\r\n\r\n" + b);
        socket->disconnectFromHost();
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_holding = false;
    QList<QPointer<QTcpSocket>> m_held;
    int m_requests = 0;
    QByteArray m_last;
};

} // namespace relais
