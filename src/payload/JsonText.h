#pragma once

#include <QString>
#include <QStringView>

namespace relais::jsontext {

// `text` as a double-quoted JSON string, which is also a valid JavaScript
// string literal: quotes, backslashes, control characters and U+2028/U+2029
// are escaped.
QString quote(QStringView text);

} // namespace relais::jsontext
