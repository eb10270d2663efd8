#pragma once

#include "ScriptCompiler.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QUuid>

namespace relais {

// Compiled scripts of each webhook, so that a script is compiled once per
// revision rather than once per event. An entry is found by webhook id and
// slot ("condition", "body:json", "header:X-Id"…) and is only used while
// the script text is the same, so an edited webhook recompiles by itself.
class ScriptCache final
{
public:
    static constexpr qsizetype kMaxEntries = 4096;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    ScriptCompiler::Result find(const QUuid &webhook, const QString &slot,
                                const QString &source) const;
    void insert(const QUuid &webhook, const QString &slot, const QString &source,
                const ScriptCompiler::Result &script);
    void removeWebhook(const QUuid &webhook);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QString source;
        ScriptCompiler::Result script;
    };

    QHash<QPair<QUuid, QString>, Entry> m_entries;
    bool m_enabled = true;
};

} // namespace relais
