#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

// Why a condition, template or transform could not be evaluated, and where:
// line and column are 1-based positions in the text the user wrote (the
// condition, the template, the URL…); 0 means unknown.
struct PayloadError
{
    Q_DECLARE_TR_FUNCTIONS(PayloadError)

public:
    enum class Kind
    {
        Syntax,       // the script or template does not compile
        Runtime,      // it threw while running
        Timeout,      // it ran longer than the time limit and was stopped
        TooLarge,     // its output is larger than the output limit
        Jinja,        // Jinja syntax, which Relais does not evaluate
        InvalidJson,  // a JSON template produced something that is not JSON
        InvalidValue, // a URL or header value that may not be sent (line breaks…)
    };
    // Which part of the webhook the error is about, so that an editor can
    // point at the right field.
    enum class Part
    {
        Condition,
        Body,
        Url,
        Header,
        FormField
    };

    Kind kind = Kind::Runtime;
    Part part = Part::Body;
    QString partName; // the header name or form key, for Header and FormField
    QString message;  // translated, without the location
    int line = 0;
    int column = 0;

    // "Line 2, column 7: message" (or without the location when unknown).
    QString toString() const;
    // The part, e.g. "condition" or "header \"X-Id\"", for one-line reports.
    QString partLabel() const;

    friend bool operator==(const PayloadError &, const PayloadError &) = default;
};

} // namespace relais
