#pragma once

#include "DeliveryRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class PreparedStatements;

// Leases on deliveries: a dispatcher (named by its id) claims due
// deliveries for a while, so that two processes on one database never send
// the same delivery at once; a lease that expires (its dispatcher died) can
// be claimed by another. Every function runs inside the caller's write
// transaction.
class LeaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LeaseRepository)

public:
    // Claims up to `limit` deliveries for `owner` until `leaseUntil`: first
    // those whose lease expired, then pending ones and those waiting for the
    // keychain that are due, oldest due first. Deliveries of disabled
    // webhooks and test deliveries are never claimed (a test delivery whose
    // dispatcher died is marked failed instead).
    static bool claimDue(PreparedStatements &sql, const QString &owner, const QDateTime &now,
                         const QDateTime &leaseUntil, int limit, QList<ClaimedDelivery> *out,
                         QString *error);
    // Extends every lease `owner` holds; returns how many in *count.
    static bool renew(PreparedStatements &sql, const QString &owner, const QDateTime &leaseUntil,
                      int *count, QString *error);
    // Gives deliveries back (pending, due as they were): those listed, or
    // every one `owner` holds when `ids` is empty.
    static bool release(PreparedStatements &sql, const QString &owner, const QStringList &ids,
                        const QDateTime &now, int *count, QString *error);
};

} // namespace relais
