#pragma once

#include "NetworkPolicy.h"
#include "Transport.h"

#include <QHash>
#include <QObject>

#include <functional>

class QHostInfo;

namespace relais {

// Checks a request against the network policy on the address its host
// resolves to, and hands back a request pinned to that address: the URL
// names the address, `Host` and the TLS peer name keep the original host.
// Connecting to the checked address itself leaves no window for a second,
// different DNS answer (rebinding). Name resolution counts towards the
// request's timeout.
class PolicyGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyGate)

public:
    // `refusal` is empty when `pinned` may be sent; otherwise it says why
    // not, and `pinned` is to be ignored.
    using Admitted = std::function<void(const TransportRequest &pinned, const QString &refusal)>;

    explicit PolicyGate(NetworkPolicy policy, QObject *parent = nullptr);
    ~PolicyGate() override;

    const NetworkPolicy &policy() const { return m_policy; }
    // Applies to requests admitted from now on.
    void setPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    // `then` is called once, later (never inside admit()).
    void admit(const TransportRequest &request, Admitted then);
    // Ends every lookup in progress; each `then` gets `reason`.
    void abortAll(const QString &reason);
    int pendingCount() const { return int(m_pending.size()); }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Pending
    {
        TransportRequest request;
        Admitted then;
        int timerId = 0;
    };

    void onLookedUp(int lookupId, const QHostInfo &info);
    void finish(int lookupId, const TransportRequest &pinned, const QString &refusal);

    NetworkPolicy m_policy;
    QHash<int, Pending> m_pending; // by lookup id
    QHash<int, int> m_lookupByTimer;
};

} // namespace relais
