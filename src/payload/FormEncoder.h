#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace relais {

// application/x-www-form-urlencoded, as HTML forms send it (WHATWG URL
// standard): UTF-8, space as "+", everything but letters, digits and *-._
// percent-encoded.
class FormEncoder final
{
public:
    static QByteArray encode(const QList<QPair<QString, QString>> &fields);
    static QByteArray encodeComponent(const QString &text);
};

} // namespace relais
