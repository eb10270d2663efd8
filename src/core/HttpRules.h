#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

// Rules for what a user may put in a request: header names and values, URLs.
// Kept in core so that every entry point (dialogs, relaisctl, import) refuses
// the same things with the same words.
class HttpRules final
{
    Q_DECLARE_TR_FUNCTIONS(HttpRules)

public:
    // An empty string when the name is a valid, user-settable header name.
    static QString headerNameProblem(const QString &name);
    // An empty string when the value holds no CR, LF or NUL.
    static QString headerValueProblem(const QString &value);
    // An empty string when the URL is an absolute http(s) URL with a host
    // and without control characters. Placeholders ({{ … }}) are allowed.
    static QString urlProblem(const QString &url);
    // Headers Relais sets itself and that a user may not override.
    static bool isReservedHeader(const QString &name);
};

} // namespace relais
