#include "FieldError.h"

#include <QStringList>

namespace relais {

QString joinFieldErrors(const FieldErrors &errors)
{
    QStringList parts;
    parts.reserve(errors.size());
    for (const FieldError &e : errors)
        parts << (e.field + QStringLiteral(": ") + e.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace relais
