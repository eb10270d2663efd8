#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace relais::enumnames {

// A stable text key for an enum value, as used in storage, JSON and the CLI.
struct Named
{
    const char *key;
    int value;
};

template<typename E, std::size_t N>
QString keyOf(const Named (&table)[N], E v)
{
    for (const Named &n : table) {
        if (n.value == int(v))
            return QString::fromLatin1(n.key);
    }
    return {};
}

template<typename E, std::size_t N>
bool valueOf(const Named (&table)[N], const QString &key, E *out)
{
    for (const Named &n : table) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0) {
            *out = E(n.value);
            return true;
        }
    }
    return false;
}

} // namespace relais::enumnames
