#include "NetworkTransport.h"

#include "PolicyGate.h"
#include "TransportErrors.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimerEvent>

namespace relais {

namespace {

constexpr int kMaxRedirects = 10;

QByteArray policyKey(const TransportRequest &r)
{
    if (!r.verifyTls)
        return QByteArrayLiteral("insecure");
    if (!r.pinnedCertSha256.isEmpty())
        return QByteArrayLiteral("pin:") + r.pinnedCertSha256.toHex();
    return QByteArray();
}

QNetworkRequest networkRequest(const TransportRequest &r)
{
    QNetworkRequest request(r.url);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         r.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                           : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, r.allowHttp2);
    if (!r.tlsPeerName.isEmpty())
        request.setPeerVerifyName(r.tlsPeerName);
    if (r.http2Direct && r.url.scheme() == QLatin1String("http"))
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    // No cookie, no cache: each webhook call stands alone.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (r.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!r.verifyTls) {
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        } else if (!r.pinnedCertSha256.isEmpty()) {
            // No authority is trusted: every handshake stops on sslErrors,
            // where only the pinned certificate is let through.
            tls.setCaCertificates({});
        }
        request.setSslConfiguration(tls);
    }
    return request;
}

} // namespace

NetworkTransport::NetworkTransport(NetworkPolicy policy, QObject *parent)
    : QObject(parent)
{
    if (policy.restricts())
        m_gate = new PolicyGate(std::move(policy), this);
}

NetworkTransport::NetworkTransport(std::shared_ptr<const SharedNetworkPolicy> policy,
                                   QObject *parent)
    : NetworkTransport(policy->get(), parent)
{
    m_policyGeneration = policy->generation();
    m_sharedPolicy = std::move(policy);
}

NetworkTransport::~NetworkTransport()
{
    // Whoever was waiting is going away with us: nobody to call back.
    for (auto &entry : m_exchanges)
        entry.second.done = nullptr;
    delete m_gate; // lookups end without calling back
    m_gate = nullptr;
    abortAll(QString());
}

QNetworkAccessManager *NetworkTransport::managerFor(const TransportRequest &request)
{
    const QByteArray key = policyKey(request);
    QNetworkAccessManager *&manager = m_managers[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        manager->setAutoDeleteReplies(false);
    }
    return manager;
}

void NetworkTransport::send(const TransportRequest &r, Done done)
{
    sendChecked(r, std::move(done), r.followRedirects ? kMaxRedirects : 0);
}

void NetworkTransport::sendChecked(const TransportRequest &r, Done done, int redirectsLeft)
{
    if (m_sharedPolicy && m_sharedPolicy->generation() != m_policyGeneration) {
        m_policyGeneration = m_sharedPolicy->generation();
        const NetworkPolicy policy = m_sharedPolicy->get();
        if (m_gate)
            m_gate->setPolicy(policy);
        else if (policy.restricts())
            m_gate = new PolicyGate(policy, this);
    }
    if (!m_gate || !m_gate->policy().restricts()) {
        sendNow(r, std::move(done), nullptr, 0);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto unpinned = std::make_shared<TransportRequest>(r);
    m_gate->admit(r, [this, unpinned, redirectsLeft, clock, startedAt,
                      done = std::move(done)](const TransportRequest &pinned,
                                              const QString &refusal) mutable {
        if (!refusal.isEmpty()) {
            TransportResponse response;
            response.startedAt = startedAt;
            response.durationMs = clock.elapsed();
            response.error = refusal;
            if (done)
                done(response);
            return;
        }
        TransportRequest sent = pinned;
        // The gate follows redirects itself, so that each target is checked.
        sent.followRedirects = false;
        sent.timeoutMs = qMax(1, int(unpinned->timeoutMs - clock.elapsed()));
        sendNow(sent, std::move(done), unpinned, redirectsLeft);
    });
}

void NetworkTransport::sendNow(const TransportRequest &r, Done done,
                               std::shared_ptr<TransportRequest> unpinned, int redirectsLeft)
{
    QNetworkAccessManager *manager = managerFor(r);
    const QNetworkRequest request = networkRequest(r);
    Exchange exchange;
    exchange.done = std::move(done);
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.clock.start();
    exchange.cap = qMax<qint64>(0, r.responseCap);
    exchange.followRedirects = r.followRedirects;
    exchange.timeoutMs = qMax(1, r.timeoutMs);
    exchange.pin = r.pinnedCertSha256;
    exchange.unpinned = std::move(unpinned);
    exchange.redirectsLeft = redirectsLeft;

    QNetworkReply *reply = nullptr;
    if (r.method == "POST")
        reply = manager->post(request, r.body);
    else if (r.method == "PUT")
        reply = manager->put(request, r.body);
    else
        reply = manager->sendCustomRequest(request, r.method, r.body);

    exchange.timerId = startTimer(exchange.timeoutMs, Qt::PreciseTimer);
    m_timers.insert(exchange.timerId, reply);
    m_exchanges.emplace(reply, std::move(exchange));

    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void NetworkTransport::abortAll(const QString &reason)
{
    if (m_gate)
        m_gate->abortAll(reason);
    QList<QNetworkReply *> replies;
    for (const auto &entry : m_exchanges)
        replies << entry.first;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const auto it = m_exchanges.find(reply);
        if (it == m_exchanges.end())
            continue;
        it->second.ending = Ending::Aborted;
        it->second.abortReason = reason;
        reply->abort(); // finished() comes at once
    }
}

void NetworkTransport::timerEvent(QTimerEvent *event)
{
    QNetworkReply *reply = m_timers.take(event->timerId());
    killTimer(event->timerId());
    if (!reply)
        return;
    const auto it = m_exchanges.find(reply);
    if (it == m_exchanges.end())
        return;
    it->second.timerId = 0;
    it->second.ending = Ending::Timeout;
    reply->abort();
}

void NetworkTransport::readBody(QNetworkReply *reply, Exchange &exchange)
{
    const qint64 room = exchange.cap - exchange.body.size();
    if (room > 0 && reply->bytesAvailable() > 0)
        exchange.body += reply->read(qMin(room, reply->bytesAvailable()));
    if (reply->bytesAvailable() > 0)
        exchange.truncated = true;
}

void NetworkTransport::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_exchanges.find(reply);
    if (it == m_exchanges.end())
        return;
    readBody(reply, it->second);
    if (it->second.truncated && it->second.ending == Ending::None) {
        // More than the cap: stop reading rather than hold it.
        it->second.ending = Ending::Cap;
        reply->abort(); // finished() comes at once; `it` is gone after this
    }
}

void NetworkTransport::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const auto it = m_exchanges.find(reply);
    if (it == m_exchanges.end())
        return;
    Exchange &exchange = it->second;
    if (!exchange.pin.isEmpty()) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray digest =
            peer.isNull() ? QByteArray()
                          : QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256);
        if (!digest.isEmpty() && digest == exchange.pin) {
            reply->ignoreSslErrors();
            return;
        }
        exchange.ending = Ending::PinMismatch;
        return;
    }
    exchange.sslErrors = errors;
}

TransportResponse NetworkTransport::responseOf(QNetworkReply *reply, Exchange &exchange) const
{
    TransportResponse response;
    response.startedAt = exchange.startedAt;
    response.durationMs = exchange.clock.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = reply->rawHeaderPairs();
    response.body = std::move(exchange.body);
    response.truncated = exchange.truncated;

    switch (exchange.ending) {
    case Ending::Timeout:
        response.status = 0; // no complete answer
        response.error = TransportErrors::timeout(exchange.timeoutMs);
        break;
    case Ending::Aborted:
        response.status = 0;
        response.error = exchange.abortReason;
        break;
    case Ending::PinMismatch:
        response.status = 0;
        response.error = TransportErrors::pinMismatch();
        break;
    case Ending::Cap:
        break; // the status and the first bytes are what counts
    case Ending::None:
        if (response.status != 0)
            break;
        if (!exchange.sslErrors.isEmpty())
            response.error = TransportErrors::tls(exchange.sslErrors);
        else
            response.error = TransportErrors::network(reply->error(), reply->errorString());
        break;
    }
    if (response.status >= 300 && response.status < 400 && !exchange.followRedirects) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        // A relative target is relative to the URL as the user wrote it.
        const QUrl base = exchange.unpinned ? exchange.unpinned->url : reply->url();
        response.redirectTarget = target.isRelative() ? base.resolved(target) : target;
    }
    return response;
}

void NetworkTransport::onFinished(QNetworkReply *reply)
{
    auto node = m_exchanges.extract(reply);
    if (node.empty())
        return;
    Exchange &exchange = node.mapped();
    if (exchange.timerId != 0) {
        m_timers.remove(exchange.timerId);
        killTimer(exchange.timerId);
    }
    if (exchange.ending == Ending::None)
        readBody(reply, exchange);
    TransportResponse response = responseOf(reply, exchange);
    reply->disconnect(this);
    reply->deleteLater();
    if (exchange.unpinned && exchange.unpinned->followRedirects && response.status >= 300
        && response.status < 400 && response.redirectTarget.isValid()) {
        followRedirect(response, exchange);
        return;
    }
    if (exchange.done)
        exchange.done(response);
}

void NetworkTransport::followRedirect(const TransportResponse &response, Exchange &exchange)
{
    // A relative target was resolved against the URL as written (responseOf).
    const TransportRequest &from = *exchange.unpinned;
    const QUrl target = response.redirectTarget;
    QString error;
    if (exchange.redirectsLeft <= 0)
        error = TransportErrors::tooManyRedirects();
    else if (from.url.scheme() == QLatin1String("https") && target.scheme() != from.url.scheme())
        error = TransportErrors::network(QNetworkReply::InsecureRedirectError, QString());
    if (!error.isEmpty()) {
        TransportResponse failed = response;
        failed.status = 0;
        failed.error = error;
        if (exchange.done)
            exchange.done(failed);
        return;
    }
    TransportRequest next = from;
    next.url = target;
    next.timeoutMs = qMax(1, int(from.timeoutMs - exchange.clock.elapsed()));
    if (response.status == 303 || ((response.status == 301 || response.status == 302)
                                   && from.method == "POST")) {
        next.method = QByteArrayLiteral("GET");
        next.body.clear();
    }
    sendChecked(next, std::move(exchange.done), exchange.redirectsLeft - 1);
}

} // namespace relais
