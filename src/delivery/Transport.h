#pragma once

#include "core/Delivery.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace relais {

// One HTTP request as the dispatcher hands it to the network.
struct TransportRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int timeoutMs = 10000; // the whole exchange, connection included
    bool followRedirects = false;
    bool verifyTls = true;
    QByteArray pinnedCertSha256; // SHA-256 of the DER certificate (32 bytes); empty: none
    qint64 responseCap = 64 * 1024;
    bool http2Direct = false; // HTTP/2 with prior knowledge (h2c) on http:// URLs
    bool allowHttp2 = true;   // HTTP/2 where the receiver offers it (ALPN)
    QString tlsPeerName;      // the name the certificate must carry; empty: the URL's host
};

// What came back. `status` is 0 when no response arrived; `error` then says
// why in plain words. Bodies are cut at the request's responseCap.
struct TransportResponse
{
    int status = 0;
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    bool truncated = false;
    QString error;
    QUrl redirectTarget; // the Location of a redirect that was not followed
    QDateTime startedAt;
    qint64 durationMs = 0;
};

// Where the dispatcher sends requests: NetworkTransport on
// QNetworkAccessManager, or a substitute in tests. Belongs to one thread.
class Transport
{
public:
    using Done = std::function<void(const TransportResponse &)>;

    virtual ~Transport() = default;
    // `done` is called once, later, in this transport's thread (never from
    // inside send()).
    virtual void send(const TransportRequest &request, Done done) = 0;
    // Ends every request in flight now; each `done` gets `reason` as error.
    virtual void abortAll(const QString &reason) = 0;
};

// Makes a transport; called in the worker thread that will use it.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace relais
