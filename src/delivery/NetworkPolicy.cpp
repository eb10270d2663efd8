#include "NetworkPolicy.h"

#include <QRegularExpression>

#include <array>

namespace relais {

namespace {

struct Range
{
    const char *cidr;
    const char *kind;
};

// Kinds are translated where they are shown (refusal()).
constexpr std::array kIpv4Ranges{
    Range{"0.0.0.0/8", QT_TRANSLATE_NOOP("NetworkPolicy", "unspecified")},
    Range{"127.0.0.0/8", QT_TRANSLATE_NOOP("NetworkPolicy", "loopback")},
    Range{"10.0.0.0/8", QT_TRANSLATE_NOOP("NetworkPolicy", "private")},
    Range{"172.16.0.0/12", QT_TRANSLATE_NOOP("NetworkPolicy", "private")},
    Range{"192.168.0.0/16", QT_TRANSLATE_NOOP("NetworkPolicy", "private")},
    Range{"100.64.0.0/10", QT_TRANSLATE_NOOP("NetworkPolicy", "shared (carrier-grade NAT)")},
    Range{"169.254.0.0/16", QT_TRANSLATE_NOOP("NetworkPolicy", "link-local")},
    Range{"192.0.0.0/24", QT_TRANSLATE_NOOP("NetworkPolicy", "reserved")},
    Range{"198.18.0.0/15", QT_TRANSLATE_NOOP("NetworkPolicy", "reserved")},
    Range{"224.0.0.0/4", QT_TRANSLATE_NOOP("NetworkPolicy", "multicast")},
    Range{"240.0.0.0/4", QT_TRANSLATE_NOOP("NetworkPolicy", "reserved")},
};

constexpr std::array kIpv6Ranges{
    Range{"::/128", QT_TRANSLATE_NOOP("NetworkPolicy", "unspecified")},
    Range{"::1/128", QT_TRANSLATE_NOOP("NetworkPolicy", "loopback")},
    Range{"fe80::/10", QT_TRANSLATE_NOOP("NetworkPolicy", "link-local")},
    Range{"fc00::/7", QT_TRANSLATE_NOOP("NetworkPolicy", "private")},
    Range{"fec0::/10", QT_TRANSLATE_NOOP("NetworkPolicy", "private")},
    Range{"ff00::/8", QT_TRANSLATE_NOOP("NetworkPolicy", "multicast")},
};

const char *kindIn(const QHostAddress &address, const auto &ranges)
{
    for (const Range &r : ranges) {
        const auto subnet = QHostAddress::parseSubnet(QLatin1String(r.cidr));
        if (address.isInSubnet(subnet))
            return r.kind;
    }
    return nullptr;
}

// The IPv4 address an IPv6 one stands for (::ffff:a.b.c.d, 64:ff9b::a.b.c.d),
// so that a mapped loopback address is still loopback.
QHostAddress embeddedIpv4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (ok)
        return QHostAddress(v4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol &&
        address.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("64:ff9b::/96")))) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 |
                            quint32(bytes[14]) << 8 | quint32(bytes[15]));
    }
    return {};
}

bool isHostName(const QString &entry)
{
    static const QRegularExpression name(QStringLiteral(
        R"(^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$)"));
    return name.match(entry).hasMatch();
}

} // namespace

NetworkPolicy NetworkPolicy::publicOnly()
{
    NetworkPolicy p;
    p.m_mode = Mode::PublicOnly;
    return p;
}

bool NetworkPolicy::allowList(const QStringList &entries, NetworkPolicy *out, QString *error)
{
    NetworkPolicy p;
    p.m_mode = Mode::AllowList;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        const QHostAddress address(entry);
        if (!address.isNull()) {
            p.m_subnets.append(
                {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
        } else if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull()) {
                if (error)
                    *error = tr("“%1” is not a valid address range: write it as 10.0.0.0/8 or "
                                "fd00::/8.")
                                 .arg(raw);
                return false;
            }
            p.m_subnets.append(subnet);
        } else if (isHostName(entry)) {
            p.m_hosts.append(entry);
        } else {
            if (error)
                *error =
                    tr("“%1” is neither a host name, an address nor an address range.").arg(raw);
            return false;
        }
        p.m_entries.append(raw.trimmed());
    }
    if (out)
        *out = p;
    return true;
}

QString NetworkPolicy::describe() const
{
    switch (m_mode) {
    case Mode::Any:
        return tr("any address");
    case Mode::PublicOnly:
        return tr("public addresses only");
    case Mode::AllowList:
        return m_entries.isEmpty() ? tr("no address (the allow-list is empty)")
                                   : tr("only %1").arg(m_entries.join(QStringLiteral(", ")));
    }
    return {};
}

QString NetworkPolicy::nonPublicKind(const QHostAddress &address)
{
    const QHostAddress v4 = embeddedIpv4(address);
    const char *kind = nullptr;
    if (!v4.isNull())
        kind = kindIn(v4, kIpv4Ranges);
    else if (address.protocol() == QAbstractSocket::IPv4Protocol)
        kind = kindIn(address, kIpv4Ranges);
    else
        kind = kindIn(address, kIpv6Ranges);
    return kind ? tr(kind) : QString();
}

bool NetworkPolicy::hostListed(const QString &host) const
{
    const QString h = host.toLower();
    for (const QString &entry : m_hosts) {
        if (entry.startsWith(QLatin1String("*."))) {
            if (h.endsWith(QStringView(entry).mid(1)))
                return true;
        } else if (h == entry) {
            return true;
        }
    }
    return false;
}

QString NetworkPolicy::refusal(const QString &host, const QHostAddress &address) const
{
    const QString shown = address.toString();
    const QString who = host.isEmpty() || QHostAddress(host) == address
                            ? shown
                            : tr("%1 (resolved to %2)").arg(host, shown);
    switch (m_mode) {
    case Mode::Any:
        return {};
    case Mode::PublicOnly: {
        const QString kind = nonPublicKind(address);
        if (kind.isEmpty())
            return {};
        return tr("Refused by the network policy: %1 is a %2 address, and only public "
                  "addresses are allowed.")
            .arg(who, kind);
    }
    case Mode::AllowList: {
        if (hostListed(host))
            return {};
        const QHostAddress plain = embeddedIpv4(address).isNull() ? address : embeddedIpv4(address);
        for (const auto &subnet : m_subnets) {
            if (plain.isInSubnet(subnet) || address.isInSubnet(subnet))
                return {};
        }
        return tr("Refused by the network policy: %1 is not on the allow-list (%2).")
            .arg(who, describe());
    }
    }
    return {};
}

} // namespace relais
