#pragma once

#include "DispatchWorker.h"

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <memory>
#include <vector>

namespace relais {

class DispatchQueue;
class SecretStore;

// The dispatcher's worker threads, each with one DispatchWorker (and so one
// transport): network work never happens in the thread that owns the engine.
class WorkerPool final
{
    Q_DECLARE_TR_FUNCTIONS(WorkerPool)

public:
    WorkerPool(DispatchQueue &queue, SecretStore &secrets, TransportFactory transports,
               DispatchWorker::Settings settings, int count, DispatchWorker::Record record);
    ~WorkerPool();
    Q_DISABLE_COPY_MOVE(WorkerPool)

    // Starts the threads and registers the workers with the queue.
    void start();
    // Lets what is in flight finish, aborting it after `timeout`, then ends
    // the threads. The queue must be closed first.
    void stop(std::chrono::milliseconds timeout);

private:
    struct Slot
    {
        std::unique_ptr<QThread> thread;
        DispatchWorker *worker = nullptr;
    };

    DispatchQueue &m_queue;
    std::vector<Slot> m_slots;
    bool m_running = false;
};

} // namespace relais
