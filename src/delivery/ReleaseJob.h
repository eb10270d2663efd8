#pragma once

#include "StoreWriter.h"

#include <QStringList>

namespace relais {

// Gives deliveries this dispatcher holds back to the queue in the
// database: those listed, or all of them (an empty list).
class ReleaseJob final : public StoreWriter::Job
{
public:
    ReleaseJob(QString owner, QStringList ids)
        : m_owner(std::move(owner))
        , m_ids(std::move(ids))
    {}

    int rows() const override { return qMax(1, int(m_ids.size())); }
    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override;
    bool storedDueWork() const override { return m_released > 0; }
    void committed(bool ok, const QString &error) override;

private:
    QString m_owner;
    QStringList m_ids;
    int m_released = 0;
};

} // namespace relais
