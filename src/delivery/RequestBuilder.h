#pragma once

#include "core/Delivery.h"
#include "core/Webhook.h"
#include "payload/PayloadError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace relais {

struct Event;
class PayloadEngine;
class SecretStore;

// Builds the HTTP request a webhook sends for an event, in two steps:
// render() makes the snapshot the router stores (method, final URL, headers
// without secret values, body), rendered once; prepareAttempt() adds what
// each attempt needs (secret header values from the keychain, webhook-id,
// webhook-timestamp, the signature, User-Agent) just before sending, so no
// secret is ever stored with a delivery.
class RequestBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)

public:
    RequestBuilder(PayloadEngine &engine, SecretStore &secrets);

    bool render(const Webhook &webhook, const Event &event, RequestSnapshot *out,
                PayloadError *error);

    enum class AttemptProblem
    {
        None,
        SecretUnavailable,
        Invalid
    };
    // Adds the per-attempt headers to `request`. On failure nothing is added
    // and `problem` says whether waiting for the keychain could help.
    bool prepareAttempt(const Webhook &webhook, const QString &deliveryId, qint64 timestamp,
                        RequestSnapshot *request, AttemptProblem *problem, QString *error);

    static QByteArray userAgent();
    // Names of the headers whose values must never be shown or stored.
    static QStringList secretHeaderNames(const Webhook &webhook);

private:
    PayloadEngine &m_engine;
    SecretStore &m_secrets;
};

} // namespace relais
