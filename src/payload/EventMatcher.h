#pragma once

#include "PayloadError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

struct Event;
struct Webhook;

// Whether a webhook fires for an event, and which stage decided: the event
// patterns, the resource filter, or the condition.
struct MatchResult
{
    Q_DECLARE_TR_FUNCTIONS(MatchResult)

public:
    enum class Stage
    {
        Pattern,
        Resource,
        Condition
    };

    bool matched = false;
    // The stage that rejected the event, or the last stage it passed.
    Stage decidedBy = Stage::Pattern;
    // The condition's value, as JavaScript prints it, when it was evaluated.
    QString conditionValue;
    // Why the condition could not be evaluated (the webhook then does not fire).
    std::optional<PayloadError> error;

    // One translated sentence for the log, the editor or relaisctl.
    QString explanation() const;
};

// The stages of matching that need no script: event patterns (exact, "*",
// trailing wildcard) and the resource filter.
class EventMatcher final
{
public:
    // An empty filter accepts every resource; otherwise a comma-separated
    // list of resources, each compared exactly (case-sensitive), as Decsys
    // targets specific pages ("1, 3").
    static bool resourceMatches(const QString &filter, const QString &resource);
    static QStringList resourceList(const QString &filter);
    // Patterns, then resource. `matched` is true when both pass, the
    // condition being left to PayloadEngine::match().
    static MatchResult matchTrigger(const Webhook &webhook, const Event &event);
};

} // namespace relais
