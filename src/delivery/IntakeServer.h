#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace relais {

class EventSink;
class IntakeListener;
class SecretStore;

struct IntakeOptions
{
    static constexpr quint16 kDefaultPort = 8645;

    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = kDefaultPort; // 0: any free port, see IntakeServer::port()
    // Listening on anything but loopback lets other hosts submit events:
    // refused unless asked for explicitly.
    bool allowNonLoopback = false;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 64;
    // Keep-alive connections with nothing to answer are closed after this long.
    std::chrono::milliseconds idleTimeout{30'000};
    // Events handed to the sink and not answered yet; beyond, 503.
    int maxPendingEvents = 256;
};

// The intake HTTP endpoint: `POST /v1/events` with a bearer token hands a
// JSON event to the EventSink and answers once the sink has stored it
// (202, or 200 for a duplicate id). Listens on 127.0.0.1:8645 by default.
// Lives in the thread of the sink, which must answer in that thread.
class IntakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeServer)

public:
    IntakeServer(EventSink &sink, SecretStore &secrets, QObject *parent = nullptr);
    ~IntakeServer() override;

    // Reads (or creates) the token and starts listening. False, with a
    // translated *error saying why, when the address is refused, the
    // keychain cannot be used or the port cannot be bound.
    bool start(const IntakeOptions &options, QString *error);
    // Closes every connection; answers the sink gives later are dropped.
    void stop();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const; // the bound port, also when any free one was asked for
    int connectionCount() const;

    // The token clients must present, for the user to copy: read by start(),
    // replaced by regenerateToken(); empty before either succeeded.
    QByteArray token() const { return m_token; }
    // A new token, stored in the keychain and required from now on. On
    // failure (*error says why) the current token stays in force.
    bool regenerateToken(QString *error);

    // The listening policy: loopback addresses always, others only with allowNonLoopback.
    static bool addressAllowed(const QHostAddress &address, bool allowNonLoopback);

private:
    void handleEvent(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool authorized(const QHttpServerRequest &request) const;
    void setToken(const QByteArray &token);

    EventSink &m_sink;
    SecretStore &m_secrets;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<IntakeListener> m_listener;
    IntakeOptions m_options;
    QByteArray m_token;
    QByteArray m_tokenDigest;
    int m_pendingEvents = 0;
    quint64 m_generation = 0; // tells answers to a previous start() apart
};

} // namespace relais
