#pragma once

#include "NetworkPolicy.h"
#include "Transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslError>

#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace relais {

class PolicyGate;

// The dispatcher's transport on QNetworkAccessManager: keep-alive
// connections, HTTP/2 where the receiver offers it (or with prior knowledge
// when asked), the whole-exchange timeout, redirects only when asked, the
// response body read as it arrives and cut at the cap (the request is
// aborted beyond it, so no more than the cap is ever held), and the TLS
// policies: verification, none, or exactly one pinned certificate.
// Webhooks with different TLS policies never share a connection: each
// policy has its own QNetworkAccessManager. Under a restrictive network
// policy every request, and every redirect it follows, first passes the
// PolicyGate and is sent to the address that was checked.
class NetworkTransport final : public QObject, public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTransport)

public:
    explicit NetworkTransport(NetworkPolicy policy = {}, QObject *parent = nullptr);
    // Follows `policy` as it changes.
    explicit NetworkTransport(std::shared_ptr<const SharedNetworkPolicy> policy,
                              QObject *parent = nullptr);
    ~NetworkTransport() override;

    void send(const TransportRequest &request, Done done) override;
    void abortAll(const QString &reason) override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Ending
    {
        None,
        Timeout,
        Cap,
        Aborted,
        PinMismatch
    };
    struct Exchange
    {
        Done done;
        QElapsedTimer clock;
        QDateTime startedAt;
        QByteArray body;
        qint64 cap = 0;
        bool truncated = false;
        bool followRedirects = false;
        int timerId = 0;
        int timeoutMs = 0;
        QByteArray pin;
        Ending ending = Ending::None;
        QString abortReason;
        QList<QSslError> sslErrors;
        // Set when the gate must check each redirect: the request as it was
        // before pinning, and how many more redirects may be followed.
        std::shared_ptr<TransportRequest> unpinned;
        int redirectsLeft = 0;
    };

    void sendChecked(const TransportRequest &request, Done done, int redirectsLeft);
    void sendNow(const TransportRequest &request, Done done,
                 std::shared_ptr<TransportRequest> unpinned, int redirectsLeft);
    void followRedirect(const TransportResponse &response, Exchange &exchange);
    QNetworkAccessManager *managerFor(const TransportRequest &request);
    void readBody(QNetworkReply *reply, Exchange &exchange);
    void onReadyRead(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onFinished(QNetworkReply *reply);
    TransportResponse responseOf(QNetworkReply *reply, Exchange &exchange) const;

    std::unordered_map<QNetworkReply *, Exchange> m_exchanges;
    QHash<int, QNetworkReply *> m_timers;
    QHash<QByteArray, QNetworkAccessManager *> m_managers; // by TLS policy
    PolicyGate *m_gate = nullptr; // made for the first restrictive policy
    std::shared_ptr<const SharedNetworkPolicy> m_sharedPolicy;
    quint64 m_policyGeneration = 0;
};

} // namespace relais
