#pragma once

#include "DeliveryRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class Database;
class PreparedStatements;

// The attempts log: one row per HTTP exchange, request redacted before it
// gets here. A request body equal to the delivery's snapshot body (the
// normal case) is not stored twice: the row holds NULL and reading fills
// in the snapshot's body.
class AttemptRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AttemptRepository)

public:
    explicit AttemptRepository(const Database &db)
        : m_db(db)
    {}

    // Inside the caller's write transaction. `snapshotBody` is the
    // delivery's stored body; `webhookId` the delivery's webhook. Sets
    // attempt.id.
    static bool insert(PreparedStatements &sql, Attempt &attempt, const QUuid &webhookId,
                       const QString &dispatcherId, const QByteArray &snapshotBody,
                       QString *error);
    // Deletes up to `batchSize` attempts started before `cutoff`, inside the
    // caller's transaction.
    static bool purgeBatch(PreparedStatements &sql, const QDateTime &cutoff, int batchSize,
                           int *deleted, QString *error);

    // Oldest first.
    QList<StoredAttempt> listForDelivery(const QString &deliveryId, QString *error) const;
    // Deletes every attempt started before `cutoff`, `batchSize` rows per
    // transaction so that other writers are never kept waiting long.
    // Returns how many, or -1 with `error` set.
    qint64 purgeOlderThan(const QDateTime &cutoff, int batchSize, QString *error) const;

private:
    const Database &m_db;
};

} // namespace relais
