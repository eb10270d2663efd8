#pragma once

#include <QList>
#include <QString>

namespace relais {

// A validation problem: the field at fault (a stable key such as "url" that
// the GUI maps to a widget) and a translated sentence for the user.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

// "field: message; field: message" for one-line reports (relaisctl, logs).
QString joinFieldErrors(const FieldErrors &errors);

} // namespace relais
