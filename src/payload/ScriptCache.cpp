#include "ScriptCache.h"

namespace relais {

void ScriptCache::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
}

ScriptCompiler::Result ScriptCache::find(const QUuid &webhook, const QString &slot,
                                         const QString &source) const
{
    if (!m_enabled)
        return {};
    const auto it = m_entries.constFind(qMakePair(webhook, slot));
    if (it == m_entries.cend() || it->source != source)
        return {};
    return it->script;
}

void ScriptCache::insert(const QUuid &webhook, const QString &slot, const QString &source,
                         const ScriptCompiler::Result &script)
{
    if (!m_enabled)
        return;
    // Webhooks are few; this only bounds a cache fed by many unsaved
    // previews or deleted webhooks.
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    m_entries.insert(qMakePair(webhook, slot), Entry{source, script});
}

void ScriptCache::removeWebhook(const QUuid &webhook)
{
    m_entries.removeIf([&webhook](const auto &it) { return it.key().first == webhook; });
}

} // namespace relais
