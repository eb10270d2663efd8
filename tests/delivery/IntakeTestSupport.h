#pragma once

// Shared by the intake endpoint's tests: a sink that answers later, a bare
// HTTP/1.1 client, and a fixture that starts and always stops a server.

#include "core/Event.h"
#include "delivery/EventSink.h"
#include "delivery/IntakeServer.h"
#include "secrets/MemorySecretStore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace relais::intaketest {

// Records the events it is given and answers later, from the event loop,
// as a sink that commits to a database does.
class FakeSink final : public EventSink
{
public:
    enum class Mode
    {
        Accept, // answers on the next turn of the event loop
        Fail,   // same, but reports that the event could not be stored
        Hold,   // keeps the answer until release()
    };

    Mode mode = Mode::Accept;
    QStringList matched{QStringLiteral("Commandes Dokos")};
    QList<Event> events;

    void submit(const Event &event, std::function<void(const SubmitResult &)> done) override
    {
        events.append(event);
        SubmitResult result;
        result.eventId = event.id;
        if (mode == Mode::Fail) {
            result.error = QStringLiteral("The database is read-only.");
        } else if (m_stored.contains(event.id)) {
            result.accepted = true;
            result.duplicate = true;
        } else {
            m_stored.insert(event.id);
            result.accepted = true;
            result.matchedWebhooks = matched;
        }
        auto answer = [done, result] {
            done(result);
        };
        if (mode == Mode::Hold)
            m_held.append(answer);
        else
            QTimer::singleShot(0, &m_context, answer);
    }

    int held() const { return int(m_held.size()); }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &answer : held)
            answer();
    }

private:
    QObject m_context;
    QSet<QString> m_stored;
    QList<std::function<void()>> m_held;
};

struct HttpReply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A bare HTTP/1.1 client on one keep-alive connection, so that tests control
// exactly what is sent and when (pipelining, partial bodies).
class RawClient final
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool waitConnected()
    {
        while (m_socket.state() != QAbstractSocket::ConnectedState) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState || !waitForEvent(5000))
                return false;
        }
        return true;
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // The next final (non-1xx) response, or false after timeoutMs.
    bool read(HttpReply *reply, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_buffer += m_socket.readAll();
            if (takeResponse(reply)) {
                if (reply->status >= 200)
                    return true;
                continue; // 100 Continue
            }
            if (deadline.hasExpired() || !waitForEvent(int(deadline.remainingTime())))
                return false;
        }
    }

    // Whatever has arrived within timeoutMs, without waiting for a complete response.
    QByteArray readRaw(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_buffer.contains("\r\n\r\n") && !deadline.hasExpired()) {
            if (!waitForEvent(int(deadline.remainingTime())))
                break;
            m_buffer += m_socket.readAll();
        }
        m_buffer += m_socket.readAll();
        return std::exchange(m_buffer, {});
    }

    // True when the server closed the connection within timeoutMs.
    bool waitClosed(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            m_socket.readAll();
            if (deadline.hasExpired() || !waitForEvent(int(deadline.remainingTime())))
                return m_socket.state() == QAbstractSocket::UnconnectedState;
        }
        return true;
    }

    QTcpSocket &socket() { return m_socket; }

private:
    bool waitForEvent(int timeoutMs)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::stateChanged, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(qMax(timeoutMs, 1));
        loop.exec();
        return timer.isActive();
    }

    bool takeResponse(HttpReply *reply)
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
        HttpReply parsed;
        parsed.status = lines.value(0).split(' ').value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).first(colon).trimmed();
            const QByteArray value = lines.at(i).sliced(colon + 1).trimmed();
            parsed.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return false;
        parsed.body = m_buffer.sliced(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        *reply = std::move(parsed);
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline QByteArray eventBody(const QByteArray &type = "Sales Order.on_update")
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("type"), QString::fromUtf8(type)},
                           {QStringLiteral("resource"), QStringLiteral("Sales Order")},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("SAL-ORD-0001")},
                                        {QStringLiteral("status"), QStringLiteral("Open")}}}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray postRequest(const QByteArray &body, const QByteArray &token,
                              const QByteArray &path = "/v1/events")
{
    QByteArray request =
        "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!token.isNull())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n" + body;
}

// Secrets, sink and server for one test; init() calls setUp(), cleanup()
// checks tearDown(), so every server a test starts is stopped.
class IntakeFixture
{
protected:
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<IntakeServer> m_server;

    void setUp()
    {
        m_secrets = std::make_unique<MemorySecretStore>();
        m_sink = std::make_unique<FakeSink>();
        m_server = std::make_unique<IntakeServer>(*m_sink, *m_secrets);
    }

    // True when the server is no longer listening.
    bool tearDown()
    {
        m_server->stop();
        const bool stopped = !m_server->isListening();
        m_server.reset();
        m_sink.reset();
        m_secrets.reset();
        return stopped;
    }

    // On a free loopback port.
    bool startServer(IntakeOptions options = {})
    {
        options.port = 0;
        QString error;
        const bool started = m_server->start(options, &error);
        if (!started)
            qWarning("%s", qUtf8Printable(error));
        return started;
    }

    // One request on a new connection.
    HttpReply roundTrip(const QByteArray &request)
    {
        RawClient client(m_server->port());
        HttpReply reply;
        if (client.waitConnected()) {
            client.send(request);
            client.read(&reply);
        }
        return reply;
    }
};

} // namespace relais::intaketest
