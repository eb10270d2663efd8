#pragma once

#include "AttemptRecord.h"
#include "StoreWriter.h"

#include <functional>

namespace relais {

// Records one attempt and its outcome in the writer's batch: the attempt
// row, the delivery's new state (if this dispatcher still holds its lease)
// and the webhook's run of exhausted deliveries.
class OutcomeJob final : public StoreWriter::Job
{
public:
    struct Result
    {
        bool stored = false;  // committed
        bool applied = false; // the delivery's state was changed
        int consecutiveExhausted = 0;
    };
    using After = std::function<void(const AttemptRecord &, const Result &)>;

    OutcomeJob(AttemptRecord record, QString dispatcherId, After after)
        : m_record(std::move(record))
        , m_dispatcherId(std::move(dispatcherId))
        , m_after(std::move(after))
    {}

    int rows() const override { return 2; }
    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override;
    void committed(bool ok, const QString &error) override;

private:
    AttemptRecord m_record;
    QString m_dispatcherId;
    After m_after;
    Result m_result;
};

} // namespace relais
