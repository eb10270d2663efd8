#include "PayloadError.h"

namespace relais {

QString PayloadError::toString() const
{
    if (line > 0 && column > 0)
        return tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return tr("Line %1: %2").arg(line).arg(message);
    return message;
}

QString PayloadError::partLabel() const
{
    switch (part) {
    case Part::Condition:
        return tr("condition");
    case Part::Body:
        return tr("body");
    case Part::Url:
        return tr("URL");
    case Part::Header:
        return tr("header \"%1\"").arg(partName);
    case Part::FormField:
        return tr("form field \"%1\"").arg(partName);
    }
    return {};
}

} // namespace relais
