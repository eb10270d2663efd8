#pragma once

#include "DeliveryEngineOptions.h"
#include "DispatchQueue.h"
#include "EventSink.h"
#include "TestResult.h"

#include "core/Event.h"
#include "core/Webhook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace relais {

class Claimer;
class Database;
class Heartbeat;
class OutcomeFollowUp;
class RetentionPurger;
class Router;
class SecretStore;
class SharedNetworkPolicy;
class StoreWriter;
class WorkerPool;

// The delivery pipeline a program creates once (the GUI, `relaisctl serve`,
// `relaisctl emit`): the router that stores events and their deliveries,
// the writer that commits everything in batches, and — between start() and
// stop() — the dispatcher that claims due deliveries, sends them from
// worker threads and records every attempt. Events can be submitted
// whether or not the dispatcher runs; without it they wait in the database
// for a dispatcher (here or in another process). Lives in the thread that
// creates it; callbacks and signals come there.
class DeliveryEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryEngine)

public:
    DeliveryEngine(const Database &db, SecretStore &secrets, DeliveryEngineOptions options = {},
                   QObject *parent = nullptr);
    ~DeliveryEngine() override; // stops the dispatcher and stores what was submitted

    // Where sources submit events (see Router).
    EventSink &sink();
    Router &router() { return *m_router; }

    const QString &dispatcherId() const { return m_options.dispatcherId; }
    const DeliveryEngineOptions &options() const { return m_options; }

    void start();
    // Stops claiming, lets the requests in flight finish (aborting them after
    // options().stopTimeout), records their attempts and gives every other
    // delivery this dispatcher held back to the database. Blocks until done
    // (and waits for a stop begun by stopInBackground()).
    void stop();
    // The same stop in another thread, for a window that must stay
    // responsive: returns at once, isRunning() is false from now on and
    // isStopping() until `stopped` is emitted.
    void stopInBackground();
    bool isRunning() const { return m_running.load(); }
    bool isStopping() const { return m_stopThread != nullptr; }

    // Settings that change while the engine runs: the policy applies to the
    // next request each worker sends, the retention to the next purge.
    void setNetworkPolicy(const NetworkPolicy &policy);
    void setRetentionDays(int days);

    // Sends `event` to `webhook` at once as a test (its patterns, condition
    // and enabled switch are not consulted; never retried) and calls `done`
    // with the attempt. Needs the dispatcher running.
    void sendTest(const Webhook &webhook, const Event &event,
                  std::function<void(const TestResult &)> done);

    // Redeliveries send the stored snapshot again in a new attempt marked
    // manual. `done` gets how many deliveries were scheduled (or -1 and why).
    using CountDone = std::function<void(int count, const QString &error)>;
    void redeliver(const QString &deliveryId, CountDone done);
    void redeliverFailed(const QUuid &webhookId, const QDateTime &since, CountDone done);
    // The keychain is unlocked again: deliveries waiting for it go now.
    void retryWaitingForSecrets(CountDone done);

    // Waits until everything submitted or recorded so far is committed.
    bool flush(std::chrono::milliseconds timeout);
    int queuedJobs() const { return m_queue.backlog(); }
    // Writer transactions committed so far (each holds many rows).
    qint64 commitsSoFar() const;
    int requestsInFlight() const { return m_queue.inFlight(); }

Q_SIGNALS:
    void webhookDisabled(const QUuid &webhookId, const QString &reason);
    void deliveryExhausted(const QString &deliveryId, const QUuid &webhookId,
                           const QString &lastError);
    // Deliveries whose state changed (coalesced, about ten times a second).
    void deliveriesChanged(const QStringList &deliveryIds);
    // A stop begun by stopInBackground() is complete.
    void stopped();

private:
    void runCounted(std::function<int(QString *)> work, CountDone done);
    void finishTest(quint64 ticket, const TestResult &result);
    void stopWorkers(); // in any thread but the workers' and the writer's
    void joinStopThread();

    const Database &m_db;
    SecretStore &m_secrets;
    DeliveryEngineOptions m_options;
    std::shared_ptr<SharedNetworkPolicy> m_policy;
    DispatchQueue m_queue;
    QThread m_writerThread;
    std::unique_ptr<StoreWriter> m_writer;
    Claimer *m_claimer = nullptr;          // in the writer's thread
    OutcomeFollowUp *m_followUp = nullptr; // in the writer's thread
    RetentionPurger *m_purger = nullptr;   // in the writer's thread
    Heartbeat *m_heartbeat = nullptr;      // in the writer's thread
    std::unique_ptr<Router> m_router;
    std::unique_ptr<WorkerPool> m_workers; // touched by start() and stopWorkers() only
    std::atomic<bool> m_running{false};
    std::unique_ptr<QThread> m_stopThread; // a stopInBackground() under way
    QHash<quint64, std::function<void(const TestResult &)>> m_tests;
};

} // namespace relais
