#pragma once

#include "RouteJob.h"

#include "core/Event.h"
#include "core/Webhook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QObject>

#include <deque>
#include <memory>
#include <optional>

namespace relais {

class Database;
class FieldEncryptor;
class PayloadEngine;
class RequestBuilder;
class SecretStore;
class StoreWriter;

// The router's work, in the router's thread: matches each submitted event
// against the enabled webhooks (patterns, resource, condition) and renders
// one snapshot per match with RequestBuilder::render(), then encrypts the
// webhook's encrypted fields in it (so the stored body, and the signature
// made over it later, hold only ciphertext); a condition, template or
// encryption that fails gives a delivery stored as failed with the error,
// never a body in clear.
// Events waiting together are routed together and handed to the writer as
// one RouteJob.
class RouteRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteRenderer)

public:
    struct Request
    {
        Event event;
        quint64 ticket = 0;
        std::optional<Webhook> testWebhook; // set: a test delivery to this webhook
    };

    RouteRenderer(const Database &db, SecretStore &secrets, StoreWriter &writer,
                  RouteJob::Context context, int maxBatch);
    ~RouteRenderer() override;

    // Any thread.
    void submit(Request request);
    void setContext(RouteJob::Context context);
    // In the router's thread: routes everything waiting now.
    void drainAll();
    // In the router's thread, before it ends.
    void shutdown();

private:
    void drain();
    void refreshWebhooks();
    RoutedEvent route(const Request &request);
    RouteTarget target(const Webhook &webhook, const std::shared_ptr<const Webhook> &shared,
                       const Event &event, bool test);

    const Database &m_db;
    SecretStore &m_secrets;
    StoreWriter &m_writer;
    const int m_maxBatch;
    std::unique_ptr<PayloadEngine> m_engine; // made in the router's thread
    std::unique_ptr<RequestBuilder> m_builder;
    std::unique_ptr<FieldEncryptor> m_encryptor; // made when a webhook first needs it
    QList<std::shared_ptr<const Webhook>> m_webhooks;
    QPair<qint64, qint64> m_webhooksStamp{-1, -1}; // count, newest update

    QMutex m_mutex;
    std::deque<Request> m_inbox;
    bool m_drainPosted = false;
    RouteJob::Context m_context;
};

} // namespace relais
