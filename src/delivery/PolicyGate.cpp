#include "PolicyGate.h"

#include "DeliveryLogging.h"
#include "TransportErrors.h"

#include <QHostInfo>
#include <QTimerEvent>

namespace relais {

namespace {

TransportRequest pinnedTo(const TransportRequest &request, const QHostAddress &address)
{
    TransportRequest pinned = request;
    const QString host = request.url.host();
    QHostAddress bare = address;
    bare.setScopeId(QString());
    pinned.url.setHost(bare.toString());
    pinned.headers.prepend(
        {QByteArrayLiteral("Host"),
         request.url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1()});
    if (QHostAddress(host).isNull())
        pinned.tlsPeerName = host;
    // HTTP/2 names the server in :authority from the URL, which is now an
    // address; HTTP/1.1 sends the Host header above.
    pinned.allowHttp2 = false;
    pinned.http2Direct = false;
    return pinned;
}

} // namespace

PolicyGate::PolicyGate(NetworkPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{}

PolicyGate::~PolicyGate()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        QHostInfo::abortHostLookup(it.key());
}

void PolicyGate::admit(const TransportRequest &request, Admitted then)
{
    const QString host = request.url.host();
    // Literal addresses come back from QHostInfo at once, names after DNS:
    // either way through the event loop, never inside admit().
    const int lookupId = QHostInfo::lookupHost(
        host, this, [this](const QHostInfo &info) { onLookedUp(info.lookupId(), info); });
    Pending pending;
    pending.request = request;
    pending.then = std::move(then);
    pending.timerId = startTimer(qMax(1, request.timeoutMs), Qt::PreciseTimer);
    m_lookupByTimer.insert(pending.timerId, lookupId);
    m_pending.insert(lookupId, std::move(pending));
}

void PolicyGate::onLookedUp(int lookupId, const QHostInfo &info)
{
    const auto it = m_pending.constFind(lookupId);
    if (it == m_pending.cend())
        return;
    const TransportRequest request = it->request;
    const QString host = request.url.host();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        finish(lookupId, request,
               TransportErrors::network(QNetworkReply::HostNotFoundError, info.errorString()));
        return;
    }
    QString firstRefusal;
    for (const QHostAddress &address : info.addresses()) {
        const QString refusal = m_policy.refusal(host, address);
        if (refusal.isEmpty()) {
            finish(lookupId, pinnedTo(request, address), QString());
            return;
        }
        if (firstRefusal.isEmpty())
            firstRefusal = refusal;
    }
    qCWarning(lcDelivery).noquote() << firstRefusal;
    finish(lookupId, request, firstRefusal);
}

void PolicyGate::finish(int lookupId, const TransportRequest &pinned, const QString &refusal)
{
    Pending pending = m_pending.take(lookupId);
    if (pending.timerId != 0) {
        m_lookupByTimer.remove(pending.timerId);
        killTimer(pending.timerId);
    }
    if (pending.then)
        pending.then(pinned, refusal);
}

void PolicyGate::abortAll(const QString &reason)
{
    const QList<int> ids = m_pending.keys();
    for (const int id : ids) {
        QHostInfo::abortHostLookup(id);
        const auto it = m_pending.constFind(id);
        if (it != m_pending.cend())
            finish(id, it->request, reason);
    }
}

void PolicyGate::timerEvent(QTimerEvent *event)
{
    const int lookupId = m_lookupByTimer.take(event->timerId());
    killTimer(event->timerId());
    const auto it = m_pending.find(lookupId);
    if (it == m_pending.end())
        return;
    it->timerId = 0;
    QHostInfo::abortHostLookup(lookupId);
    finish(lookupId, it->request, TransportErrors::timeout(it->request.timeoutMs));
}

} // namespace relais
