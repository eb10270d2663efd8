#pragma once

#include <QStringView>

namespace relais {

// A 1-based line and column (in UTF-16 code units, as editors count them).
struct TextPosition
{
    int line = 0;
    int column = 0;

    static TextPosition at(QStringView text, qsizetype offset)
    {
        TextPosition p{1, 1};
        const qsizetype end = qMin(offset, text.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (text[i] == u'\n') {
                ++p.line;
                p.column = 1;
            } else {
                ++p.column;
            }
        }
        return p;
    }

    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

} // namespace relais
