#include "WorkerPool.h"

#include "DeliveryLogging.h"
#include "DispatchQueue.h"

#include <QPointer>
#include <QSemaphore>

namespace relais {

WorkerPool::WorkerPool(DispatchQueue &queue, SecretStore &secrets, TransportFactory transports,
                       DispatchWorker::Settings settings, int count, DispatchWorker::Record record)
    : m_queue(queue)
{
    for (int i = 0; i < qMax(1, count); ++i) {
        Slot slot;
        slot.thread = std::make_unique<QThread>();
        slot.thread->setObjectName(QStringLiteral("relais-dispatch-%1").arg(i));
        slot.worker = new DispatchWorker(queue, secrets, transports, settings, record);
        slot.worker->moveToThread(slot.thread.get());
        m_slots.push_back(std::move(slot));
    }
}

WorkerPool::~WorkerPool()
{
    stop(std::chrono::milliseconds(0));
    for (Slot &slot : m_slots)
        delete slot.worker;
}

void WorkerPool::start()
{
    if (m_running)
        return;
    m_running = true;
    for (Slot &slot : m_slots) {
        slot.thread->start();
        QMetaObject::invokeMethod(slot.worker, &DispatchWorker::init, Qt::BlockingQueuedConnection);
        QPointer<DispatchWorker> worker(slot.worker);
        const int index = m_queue.addWorker([worker] {
            if (worker)
                QMetaObject::invokeMethod(worker.data(), &DispatchWorker::pump,
                                          Qt::QueuedConnection);
        });
        slot.worker->setIndex(index);
        QMetaObject::invokeMethod(slot.worker, &DispatchWorker::pump, Qt::QueuedConnection);
    }
}

void WorkerPool::stop(std::chrono::milliseconds timeout)
{
    if (!m_running)
        return;
    m_running = false;
    QSemaphore drained;
    for (Slot &slot : m_slots) {
        QMetaObject::invokeMethod(
            slot.worker,
            [worker = slot.worker, &drained] {
                worker->beginStop([&drained] { drained.release(); });
            },
            Qt::BlockingQueuedConnection);
    }
    const int count = int(m_slots.size());
    if (!drained.tryAcquire(count, int(timeout.count()))) {
        for (Slot &slot : m_slots) {
            QMetaObject::invokeMethod(
                slot.worker,
                [worker = slot.worker] {
                    worker->abortInFlight(tr("Relais stopped before the response arrived"));
                },
                Qt::BlockingQueuedConnection);
        }
        if (!drained.tryAcquire(count, 10000))
            qCWarning(lcDelivery) << "A dispatcher worker did not stop in time";
    }
    for (Slot &slot : m_slots) {
        QMetaObject::invokeMethod(slot.worker, &DispatchWorker::shutdown,
                                  Qt::BlockingQueuedConnection);
        slot.thread->quit();
        slot.thread->wait();
    }
    m_queue.clearWorkers();
}

} // namespace relais
