#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace relais {

class PreparedStatements;

// Counts each webhook's consecutive exhausted deliveries, so that a webhook
// can disable itself after too many (Webhook::autoDisableAfterFailures).
// Inside the caller's write transaction.
class WebhookHealthRepository final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookHealthRepository)

public:
    // Adds one; *consecutive is the new count.
    static bool recordExhausted(PreparedStatements &sql, const QUuid &webhookId,
                                const QDateTime &now, int *consecutive, QString *error);
    // A delivery succeeded: the count starts again from zero.
    static bool recordSucceeded(PreparedStatements &sql, const QUuid &webhookId,
                                const QDateTime &now, QString *error);
};

} // namespace relais
