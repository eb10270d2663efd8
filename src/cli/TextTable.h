#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace relais {

// Aligned columns for terminal output.
class TextTable final
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

    // "Name: value" lines of HTTP headers, each after `indent`.
    static void printHeaders(QTextStream &out, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QString &indent = QString());

    // "Label:  value" lines with the values aligned; empty values skipped.
    static void printPairs(QTextStream &out, const QList<QPair<QString, QString>> &rows);

private:
    QList<QStringList> m_rows;
};

} // namespace relais
