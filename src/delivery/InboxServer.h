#pragma once

#include "core/Delivery.h"
#include "storage/InboxRepository.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace relais {

class Database;
class IntakeListener;
class SecretStore;
struct Webhook;

struct InboxOptions
{
    QHostAddress address{QHostAddress::LocalHost}; // loopback only
    quint16 port = 0;                              // 0: any free port, see InboxServer::port()
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 64;
    // Signatures signed further than this from now are "stale timestamp".
    int toleranceSeconds = 300;
};

// The built-in inbox: a receiver on loopback, so that a webhook can be
// tried end to end without another server. `ANY /inbox/<name>` is stored
// (method, path, headers, body, source) and answered as the inbox's script
// says; its signature is checked against the webhook aimed at that inbox.
//
// A webhook is aimed at an inbox when its URL is http on a loopback host
// (127.0.0.1, ::1 or localhost) with the path /inbox/<name>. Only the path
// is compared, not the port, since a free port may be picked on each run;
// among several such webhooks, those on the current port and enabled come
// first, and the request is valid when any one's active secret verifies it.
// Like attempts, stored requests keep no credential: Authorization, cookies
// and the headers those webhooks mark secret are stored redacted.
class InboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxServer)

public:
    InboxServer(const Database &db, SecretStore &secrets, QObject *parent = nullptr);
    ~InboxServer() override;

    // False with a translated *error when the address is not loopback or
    // the port cannot be bound.
    bool start(const InboxOptions &options, QString *error);
    void stop();

    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/inbox/<name>; empty when not listening.
    QString urlFor(const QString &inbox) const;
    static QString pathFor(const QString &inbox);
    // The inbox a webhook URL is aimed at (see the class comment), or empty.
    static QString inboxOfUrl(const QString &url);

Q_SIGNALS:
    // After the request is stored, before (or while) it is answered.
    void requestReceived(const QString &inbox, qint64 requestId);

private:
    struct Check
    {
        QString verdict;
        QString detail;
        QUuid webhookId;
        QStringList secretHeaders; // of every webhook aimed at the inbox
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Check checkSignature(const QString &inbox, const HeaderList &headers, const QByteArray &body);
    Check checkWith(const Webhook &webhook, const HeaderList &headers, const QByteArray &body,
                    qint64 now);
    // Whether the request names (in webhook-id) a delivery of `webhook` whose
    // stored body is not `body`: tells a changed body from a wrong secret.
    bool bodyDiffersFromSent(const Webhook &webhook, const HeaderList &headers,
                             const QByteArray &body) const;

    const Database &m_db;
    SecretStore &m_secrets;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<IntakeListener> m_listener;
    InboxOptions m_options;
};

} // namespace relais
