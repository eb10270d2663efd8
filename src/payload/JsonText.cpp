#include "JsonText.h"

namespace relais::jsontext {

QString quote(QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (u < 0x20 || u == 0x2028 || u == 0x2029) {
                out += u"\\u";
                out += QChar(hex[(u >> 12) & 0xf]);
                out += QChar(hex[(u >> 8) & 0xf]);
                out += QChar(hex[(u >> 4) & 0xf]);
                out += QChar(hex[u & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
    return out;
}

} // namespace relais::jsontext
