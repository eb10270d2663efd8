#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relais {

// Event-type patterns of a webhook: an exact type ("insert_row"), "*" for
// every event, or a trailing wildcard ("row.*", "Sales Order.*").
class EventPattern final
{
    Q_DECLARE_TR_FUNCTIONS(EventPattern)

public:
    static bool matches(const QString &pattern, const QString &eventType);
    static bool matchesAny(const QStringList &patterns, const QString &eventType);
    // An empty string when the pattern is well formed.
    static QString problem(const QString &pattern);
};

} // namespace relais
