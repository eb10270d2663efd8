#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for the dispatcher's tests:
// each request gets the next scripted answer (the last one repeats), after
// an optional delay, or has its connection closed without an answer.
// Records every request it received. Plain TCP, or TLS with a given
// certificate (QTcpServer + QSslSocket::startServerEncryption: Qt 6.4 has
// no QSslServer).

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace relais::test {

struct ScriptedReply
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = "ok";
    int delayMs = 0;
    bool closeWithoutAnswer = false;

    static ScriptedReply status_(int status, const QByteArray &reason = {})
    {
        ScriptedReply r;
        r.status = status;
        r.reason = reason.isEmpty() ? QByteArray("Status") : reason;
        return r;
    }
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtNs = 0; // steady clock of this process
    int connection = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

class ScriptedHttpServer final : public QTcpServer
{
public:
    using Script = std::function<ScriptedReply(const ReceivedRequest &, int index)>;

    ScriptedHttpServer() { m_clock.start(); }
    ~ScriptedHttpServer() override { stop(); }

    void useTls(const QSslCertificate &cert, const QSslKey &key)
    {
        m_cert = cert;
        m_key = key;
    }

    bool start() { return listen(QHostAddress(QHostAddress::LocalHost), 0); }

    void stop()
    {
        close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(m_cert.isNull() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(serverPort())
            .arg(path);
    }

    // Every request gets `reply`.
    void answerAlways(const ScriptedReply &reply)
    {
        answerWith([reply](const ReceivedRequest &, int) { return reply; });
    }
    // Request i gets replies[i]; the last one repeats.
    void answerInTurn(const QList<ScriptedReply> &replies)
    {
        answerWith([replies](const ReceivedRequest &, int i) {
            return replies.at(qMin<qsizetype>(i, replies.size() - 1));
        });
    }
    void answerWith(Script script)
    {
        QMutexLocker lock(&m_mutex);
        m_script = std::move(script);
    }

    // The readers may be called from any thread (see ServerThread).
    QList<ReceivedRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int requestCount() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_requests.size());
    }
    int maxConcurrent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_maxConcurrent;
    }
    // How many requests carried each webhook-id.
    // Deliveries (webhook-id) that arrived while a request with the same id
    // was still waiting for its answer: sent twice at once.
    QList<QByteArray> overlappingWebhookIds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_overlapping;
    }

    QHash<QByteArray, int> countByWebhookId() const
    {
        QMutexLocker lock(&m_mutex);
        QHash<QByteArray, int> counts;
        for (const ReceivedRequest &r : m_requests)
            ++counts[r.header("webhook-id")];
        return counts;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (!m_cert.isNull()) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            ssl->setLocalCertificate(m_cert);
            ssl->setPrivateKey(m_key);
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            QObject::connect(ssl, &QSslSocket::sslErrors, ssl,
                             [ssl](const QList<QSslError> &) { ssl->ignoreSslErrors(); });
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        const int id = ++m_connections;
        m_sockets << socket;
        auto buffer = std::make_shared<QByteArray>();
        auto busy = std::make_shared<bool>(false);
        auto current = std::make_shared<QByteArray>(); // webhook-id of the request held
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [this, socket, buffer, busy, current, id] {
                             buffer->append(socket->readAll());
                             serve(socket, buffer, busy, current, id);
                         });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QObject::destroyed, this, [this, busy, current] {
            QMutexLocker lock(&m_mutex);
            if (*busy) {
                --m_concurrent; // closed by the client while its answer was delayed
                --m_openByWebhookId[*current];
            }
        });
    }

private:
    // Parses one complete request off the front of `buffer`, if there is one.
    static bool parse(QByteArray &buffer, ReceivedRequest *out)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        ReceivedRequest r;
        r.method = first.value(0);
        r.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            r.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return false;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        *out = r;
        return true;
    }

    void serve(QTcpSocket *socket, const std::shared_ptr<QByteArray> &buffer,
               const std::shared_ptr<bool> &busy, const std::shared_ptr<QByteArray> &current,
               int connection)
    {
        if (*busy)
            return;
        ReceivedRequest request;
        if (!parse(*buffer, &request))
            return;
        request.receivedAtNs = m_clock.nsecsElapsed();
        request.connection = connection;
        ScriptedReply reply;
        {
            QMutexLocker lock(&m_mutex);
            const int index = int(m_requests.size());
            m_requests << request;
            if (m_script)
                reply = m_script(request, index);
            *busy = true;
            ++m_concurrent;
            m_maxConcurrent = qMax(m_maxConcurrent, m_concurrent);
            *current = request.header("webhook-id");
            if (!current->isEmpty() && m_openByWebhookId[*current]++ > 0)
                m_overlapping << *current; // the same delivery is already being answered
        }
        auto answer = [this, socket, buffer, busy, current, connection, reply] {
            {
                QMutexLocker lock(&m_mutex);
                --m_concurrent;
                --m_openByWebhookId[*current];
                *busy = false;
            }
            if (reply.closeWithoutAnswer) {
                socket->abort();
                return;
            }
            QByteArray out =
                "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
            for (const auto &[n, v] : reply.headers)
                out += n + ": " + v + "\r\n";
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            out += reply.body;
            socket->write(out);
            serve(socket, buffer, busy, current, connection); // a request that came meanwhile
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, socket, answer);
        else
            answer();
    }

    mutable QMutex m_mutex;
    QSslCertificate m_cert;
    QSslKey m_key;
    Script m_script;
    QList<ReceivedRequest> m_requests;
    QHash<QByteArray, int> m_openByWebhookId;
    QList<QByteArray> m_overlapping;
    QList<QPointer<QTcpSocket>> m_sockets;
    QElapsedTimer m_clock;
    int m_connections = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

// A ScriptedHttpServer answering from its own thread, for tests whose
// main thread blocks (DeliveryEngine::stop() waits for answers).
class ServerThread final
{
public:
    ServerThread()
    {
        m_server = new ScriptedHttpServer;
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(m_server, &ScriptedHttpServer::stop,
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_server;
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    bool start()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server, [this, &ok] { ok = m_server->start(); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    ScriptedHttpServer *operator->() { return m_server; }

private:
    QThread m_thread;
    ScriptedHttpServer *m_server = nullptr;
};

} // namespace relais::test
