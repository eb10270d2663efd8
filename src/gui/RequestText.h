#pragma once

#include "core/Delivery.h"

#include <QByteArray>
#include <QString>

namespace relais {

// A request as the editor's preview (and later the log) shows it: request
// line, one "Name: value" line per header, a blank line, then the body,
// indented when it is JSON.
class RequestText final
{
public:
    static QString format(const RequestSnapshot &request);
    // JSON indented by two spaces with its keys in their original order
    // (QJsonDocument would sort them); other text is returned as it is.
    static QString prettyJson(const QByteArray &json);
};

} // namespace relais
