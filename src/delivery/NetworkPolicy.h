#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>

namespace relais {

// Which targets the dispatcher may connect to. The decision is taken on the
// address a name resolves to, just before connecting (NetworkTransport then
// connects to that very address), so a name that resolves to 127.0.0.1 or
// 169.254.169.254 is caught as surely as the address itself.
//
// - Any: every address (the desktop default: receivers on this machine and
//   on the local network are common and legitimate).
// - PublicOnly: no loopback, private, link-local, shared (CGNAT),
//   unspecified, multicast or reserved address.
// - AllowList: only the listed hosts (`hooks.example.org`,
//   `*.example.org`), addresses and CIDR ranges (`10.2.0.0/16`, `fd00::/8`).
class NetworkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPolicy)

public:
    enum class Mode
    {
        Any,
        PublicOnly,
        AllowList
    };

    NetworkPolicy() = default;
    static NetworkPolicy any() { return {}; }
    static NetworkPolicy publicOnly();
    // Refuses entries that are neither a host name, an address nor a CIDR
    // range; `error` then names the first bad entry.
    static bool allowList(const QStringList &entries, NetworkPolicy *out, QString *error);

    Mode mode() const { return m_mode; }
    bool restricts() const { return m_mode != Mode::Any; }
    QStringList entries() const { return m_entries; }
    // One line for logs and status text: "any address", "public addresses
    // only", "only 10.0.0.0/8, hooks.example.org".
    QString describe() const;

    // Empty when `host` (as written in the URL) may be reached at `address`;
    // otherwise the reason, in plain words, naming both.
    QString refusal(const QString &host, const QHostAddress &address) const;

    // What kind of non-public address this is ("loopback", "private",
    // "link-local", …), or empty for a public one.
    static QString nonPublicKind(const QHostAddress &address);

private:
    bool hostListed(const QString &host) const;

    Mode m_mode = Mode::Any;
    QStringList m_entries;                     // as the user wrote them
    QStringList m_hosts;                       // lower case; "*.x" wildcards
    QList<QPair<QHostAddress, int>> m_subnets; // single addresses have full length
};

// A policy that worker threads read while the window may replace it.
class SharedNetworkPolicy
{
public:
    explicit SharedNetworkPolicy(NetworkPolicy policy)
        : m_policy(std::move(policy))
    {}
    NetworkPolicy get() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_policy;
    }
    void set(const NetworkPolicy &policy)
    {
        const QMutexLocker lock(&m_mutex);
        m_policy = policy;
        ++m_generation;
    }
    // Changes with every set(): readers compare it to know when to get().
    quint64 generation() const { return m_generation.load(); }

private:
    mutable QMutex m_mutex;
    NetworkPolicy m_policy;
    std::atomic<quint64> m_generation{0};
};

} // namespace relais
