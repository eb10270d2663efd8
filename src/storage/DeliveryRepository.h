#pragma once

#include "DeliveryRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Database;
class PreparedStatements;

// Deliveries: what the router writes, what the dispatcher records after an
// attempt, and what the CLI and the GUI read and redeliver. The static
// functions run inside a write transaction the caller holds (the delivery
// engine's batched writer); the others open their own.
class DeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)

public:
    explicit DeliveryRepository(const Database &db)
        : m_db(db)
    {}

    // Inserts a delivery. With a lease owner, the delivery is stored already
    // claimed by that dispatcher (state delivering) until `leaseExpiresAt`;
    // it is due at `now` in any case, so it is sent even if that dispatcher
    // dies. `rendered` is false when the condition or template failed.
    static bool insert(PreparedStatements &sql, const Delivery &delivery, bool rendered,
                       const QString &leaseOwner, const QDateTime &leaseExpiresAt,
                       const QDateTime &now, QString *error);
    // Writes an attempt's outcome and releases the lease, if `owner` still
    // holds it (*applied is false otherwise: another dispatcher took over
    // after the lease expired, and its own outcome will count).
    static bool applyOutcome(PreparedStatements &sql, const DeliveryOutcome &outcome,
                             const QString &owner, const QDateTime &now, bool *applied,
                             QString *error);

    // Newest first.
    QList<DeliverySummary> list(const DeliveryFilter &filter, QString *error) const;
    // With every attempt, oldest first. Not found: nullopt, `error` untouched.
    std::optional<DeliveryDetail> find(const QString &id, QString *error) const;
    QueueDepth queueDepth(const QDateTime &now, QString *error) const;

    // Redelivery sends the stored snapshot again, in a new attempt marked
    // manual: the deliveries become due at `now`. A delivery a dispatcher is
    // sending, one whose condition or template failed (nothing to send) and
    // a test delivery (send a new test instead) are left alone. Each returns how many deliveries
    // were scheduled, or -1 with `error` set.
    int redeliver(const QString &id, const QDateTime &now, QString *error) const;
    // Every failed or exhausted delivery of the webhook created at or after
    // `since` (test deliveries left out).
    int redeliverFailed(const QUuid &webhookId, const QDateTime &since, const QDateTime &now,
                        QString *error) const;
    // Deliveries waiting for the keychain become due at `now` (call once
    // the keychain is unlocked).
    int retryWaitingForSecrets(const QDateTime &now, QString *error) const;

private:
    int schedule(const QString &where, const QVariantList &values, const QDateTime &now,
                 QString *error) const;

    const Database &m_db;
};

} // namespace relais
