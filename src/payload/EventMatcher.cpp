#include "EventMatcher.h"

#include "core/Event.h"
#include "core/EventPattern.h"
#include "core/Webhook.h"

namespace relais {

QString MatchResult::explanation() const
{
    if (error)
        return tr("The condition could not be evaluated: %1").arg(error->toString());
    switch (decidedBy) {
    case Stage::Pattern:
        return matched ? tr("The event type matches the webhook's events.")
                       : tr("The event type does not match the webhook's events.");
    case Stage::Resource:
        return matched ? tr("The event type and resource match the webhook.")
                       : tr("The event's resource is not one the webhook listens to.");
    case Stage::Condition:
        return matched ? tr("The condition is true (%1).").arg(conditionValue)
                       : tr("The condition is false (%1).").arg(conditionValue);
    }
    return {};
}

QStringList EventMatcher::resourceList(const QString &filter)
{
    QStringList resources;
    for (const QString &part : filter.split(u',')) {
        const QString r = part.trimmed();
        if (!r.isEmpty())
            resources << r;
    }
    return resources;
}

bool EventMatcher::resourceMatches(const QString &filter, const QString &resource)
{
    if (!filter.contains(u','))
        return filter.trimmed().isEmpty() || filter.trimmed() == resource;
    const QStringList resources = resourceList(filter);
    return resources.isEmpty() || resources.contains(resource);
}

MatchResult EventMatcher::matchTrigger(const Webhook &webhook, const Event &event)
{
    MatchResult result;
    result.decidedBy = MatchResult::Stage::Pattern;
    if (!EventPattern::matchesAny(webhook.eventPatterns, event.type))
        return result;
    if (!webhook.resourceFilter.trimmed().isEmpty()) {
        result.decidedBy = MatchResult::Stage::Resource;
        if (!resourceMatches(webhook.resourceFilter, event.resource))
            return result;
    }
    result.matched = true;
    return result;
}

} // namespace relais
