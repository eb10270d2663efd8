#pragma once

#include "core/Webhook.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <memory>

namespace relais {

class Database;
class DatabaseListener;
class DispatchQueue;
class StoreWriter;
struct ClaimedDelivery;

// Keeps this process's dispatcher supplied with work from the database:
// claims due deliveries (with a lease in its name) when its queue runs low,
// when told that new work was stored, when a retry falls due and at every
// poll (work stored by other processes); and renews its leases while it
// runs. Lives in the writer's thread; its database work goes through the
// writer's batches.
class Claimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Claimer)

public:
    struct Settings
    {
        QString dispatcherId;
        int batchSize = 200;
        std::chrono::milliseconds leaseDuration{60000};
        std::chrono::milliseconds pollInterval{500};
    };

    Claimer(const Database &db, StoreWriter &writer, DispatchQueue &queue, Settings settings);
    ~Claimer() override;

    // Any thread.
    void wake();                         // new due work may be stored
    void retryAt(const QDateTime &when); // a delivery falls due then

    // In the writer's thread.
    void start();
    void stop();

private:
    void onWake();
    void onLowWater();
    void claim();
    void claimed(bool ok, int count, int limit);
    void renew();
    void armRetry(const QDateTime &when);
    std::shared_ptr<const Webhook> webhookFor(const ClaimedDelivery &c);

    friend class ClaimJob;

    const Database &m_db;
    StoreWriter &m_writer;
    DispatchQueue &m_queue;
    Settings m_settings;
    QTimer m_poll;
    QTimer m_renew;
    QTimer m_retry;
    QDateTime m_retryAt;
    bool m_running = false;
    bool m_claiming = false;
    bool m_again = false;
    bool m_mayHaveWork = true;
    QHash<QUuid, std::shared_ptr<const Webhook>> m_webhooks;
    std::unique_ptr<DatabaseListener> m_listener; // PostgreSQL only
};

} // namespace relais
