#pragma once

#include "EventSink.h"
#include "RouteJob.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>

namespace relais {

class Database;
class RouteRenderer;
class SecretStore;
class StoreWriter;

// Where sources hand events over. An event is stored before anything
// else, in the same transaction as one delivery per matching enabled
// webhook (rendered once, in the router's own thread); a source hears
// "accepted" only after that commit, and many events share one commit.
// Submitting an id that is already stored answers `duplicate` and does
// nothing. Callbacks come in the Router's thread.
class Router final : public QObject, public EventSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Router)

public:
    Router(const Database &db, SecretStore &secrets, StoreWriter &writer, int maxBatch,
           QObject *parent = nullptr);
    ~Router() override;

    // Where rendered deliveries go next (this process's dispatcher, or
    // none: then they are stored pending for any dispatcher).
    void setDispatch(DispatchQueue *queue, const QString &dispatcherId,
                     std::chrono::milliseconds leaseDuration, std::function<void()> wakeClaimer);

    void submit(const Event &event, std::function<void(const SubmitResult &)> done) override;
    // A test delivery of `event` to `webhook`, whatever its patterns,
    // condition or enabled switch say. `done` hears whether it went to the
    // dispatcher (its attempt is reported by the dispatcher later, with the
    // ticket returned here as DispatchJob::testTicket).
    quint64 submitTest(const Webhook &webhook, const Event &event,
                       std::function<void(const RouteResult &)> done);

    // Blocks until every event submitted so far is routed and handed to
    // the writer (StoreWriter::flush() then waits for its commit).
    void waitRouted();

private:
    RouteJob::Context context();
    void deliver(const QList<RouteResult> &results);

    QThread m_thread;
    RouteRenderer *m_renderer = nullptr;
    quint64 m_lastTicket = 0;
    QHash<quint64, std::function<void(const SubmitResult &)>> m_done;
    QHash<quint64, std::function<void(const RouteResult &)>> m_testDone;
    DispatchQueue *m_queue = nullptr;
    QString m_dispatcherId;
    std::chrono::milliseconds m_leaseDuration{60000};
    std::function<void()> m_wakeClaimer;
};

} // namespace relais
