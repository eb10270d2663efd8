#include "TextTable.h"

namespace relais {

TextTable::TextTable(QStringList headers)
{
    m_rows << std::move(headers);
}

void TextTable::addRow(QStringList cells)
{
    m_rows << std::move(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_rows.first().size(), 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c == row.size() - 1;
            line += last ? row[c] : row[c].leftJustified(widths[c] + 2);
        }
        out << line << Qt::endl;
    }
}

void TextTable::printHeaders(QTextStream &out, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QString &indent)
{
    for (const auto &[name, value] : headers)
        out << indent << QString::fromUtf8(name) << QStringLiteral(": ") << QString::fromUtf8(value)
            << Qt::endl;
}

void TextTable::printPairs(QTextStream &out, const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = std::max(width, label.size());
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            out << QString(label + u':').leftJustified(width + 3) << value << Qt::endl;
    }
}

} // namespace relais
