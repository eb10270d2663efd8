#pragma once

#include <QString>

namespace relais {

// Loads Relais's and Qt's own translations for a language ("fr", "en"), or
// for the system locale when `language` is empty.
class Translations final
{
public:
    static void install(const QString &language);
    // The language in effect after install(): "fr" or "en".
    static QString current();
};

} // namespace relais
