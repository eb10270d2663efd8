#pragma once

#include "AttemptRecord.h"
#include "OutcomeJob.h"
#include "TestResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <functional>

namespace relais {

class Claimer;
class Database;
class DispatchQueue;
class StoreWriter;

// What follows a recorded attempt: the caller of a test hears its result;
// a retry wakes the claimer when it falls due; an exhausted delivery is
// announced; a 410 Gone, or too many exhausted deliveries in a row,
// disables the webhook (with the reason recorded) and drops its waiting
// jobs. Lives in the writer's thread; the notifications must post to
// wherever they are heard.
class OutcomeFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeFollowUp)

public:
    struct Notify
    {
        std::function<void(quint64 ticket, const TestResult &)> testFinished;
        std::function<void(const QString &deliveryId, const QUuid &webhookId,
                           const QString &lastError)>
            exhausted;
        std::function<void(const QUuid &webhookId, const QString &reason)> disabled;
        std::function<void(const QStringList &deliveryIds)> changed; // coalesced
    };

    OutcomeFollowUp(const Database &db, StoreWriter &writer, DispatchQueue &queue, Claimer &claimer,
                    QString dispatcherId, Notify notify);

    // In the writer's thread, after the attempt's batch.
    void handle(const AttemptRecord &record, const OutcomeJob::Result &result);
    void flushChanged();

private:
    void disable(const QUuid &webhookId, const QString &reason);

    const Database &m_db;
    StoreWriter &m_writer;
    DispatchQueue &m_queue;
    Claimer &m_claimer;
    QString m_dispatcherId;
    Notify m_notify;
    QTimer m_changedTimer;
    QStringList m_changed;
};

} // namespace relais
