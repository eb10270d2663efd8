#include "EventPattern.h"

namespace relais {

bool EventPattern::matches(const QString &pattern, const QString &eventType)
{
    const QString p = pattern.trimmed();
    if (p == QLatin1String("*"))
        return true;
    if (p.endsWith(u'*'))
        return eventType.startsWith(p.left(p.size() - 1));
    return p == eventType;
}

bool EventPattern::matchesAny(const QStringList &patterns, const QString &eventType)
{
    for (const QString &p : patterns) {
        if (matches(p, eventType))
            return true;
    }
    return false;
}

QString EventPattern::problem(const QString &pattern)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty())
        return tr("An event pattern cannot be empty.");
    const qsizetype star = p.indexOf(u'*');
    if (star >= 0 && star != p.size() - 1)
        return tr("In \"%1\", * may only stand at the end of the pattern.").arg(p);
    for (QChar c : p) {
        if (c.category() == QChar::Other_Control)
            return tr("Event pattern \"%1\" contains a control character.").arg(p);
    }
    return {};
}

} // namespace relais
