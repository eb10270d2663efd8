#pragma once

#include "DispatchJob.h"
#include "EventSink.h"
#include "StoreWriter.h"

#include "core/Delivery.h"
#include "core/Event.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace relais {

class DispatchQueue;

// One webhook an event is bound for: a rendered snapshot to send, or the
// reason it could not be rendered (then the delivery is stored failed).
struct RouteTarget
{
    Delivery delivery;
    bool rendered = true;
    std::shared_ptr<const Webhook> webhook;
};

struct RoutedEvent
{
    Event event;
    quint64 ticket = 0;
    bool test = false; // a test delivery: sent at once, never retried
    QList<RouteTarget> targets;
};

// What a source (or the caller of a test) hears once the batch is stored.
struct RouteResult
{
    quint64 ticket = 0;
    bool test = false;
    SubmitResult submit;
    QString testDeliveryId;
    bool testQueued = false; // the test delivery went to the dispatcher
    QString testError;       // why not
};

// Stores a batch of routed events and their deliveries in the writer's
// transaction. Rendered deliveries are handed straight to this process's
// dispatcher (stored with its lease) while its queue has room; otherwise
// they are stored pending, for whichever dispatcher claims them.
class RouteJob final : public StoreWriter::Job
{
    Q_DECLARE_TR_FUNCTIONS(RouteJob)

public:
    struct Context
    {
        DispatchQueue *queue = nullptr; // this process's dispatcher
        QString dispatcherId;
        std::chrono::milliseconds leaseDuration{60000};
        std::function<void()> wakeClaimer;               // pending rows were stored
        std::function<void(QList<RouteResult>)> deliver; // any thread
    };

    RouteJob(QList<RoutedEvent> events, Context context);

    int rows() const override;
    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override;
    bool storedDueWork() const override { return m_storedDueWork; }
    void committed(bool ok, const QString &error) override;

private:
    QList<RoutedEvent> m_events;
    Context m_context;
    QList<bool> m_inserted; // per event: new (false: a duplicate id)
    bool m_handoff = false;
    bool m_storedDueWork = false; // pending rows any dispatcher may claim
    bool m_testsQueued = false;
};

} // namespace relais
