#include "PreparedStatements.h"

#include "SqlSupport.h"

namespace relais {

QSqlQuery *PreparedStatements::get(const QString &sql, QString *error)
{
    if (const auto it = m_queries.find(sql); it != m_queries.end()) {
        it->second->finish(); // a SELECT left open would hold its read snapshot
        return it->second.get();
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        sqlvalue::setError(error, sqlvalue::errorText(q->lastError()));
        return nullptr;
    }
    return m_queries.emplace(sql, std::move(q)).first->second.get();
}

} // namespace relais
