#pragma once

#include "storage/DispatcherRepository.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace relais {

class StoreWriter;

// Tells everyone on the database that this dispatcher is alive: a heartbeat
// row written when it starts and every `interval` while it runs (through
// the writer's batches), and marked stopped when it stops cleanly. A killed
// dispatcher simply goes silent. Lives in the writer's thread.
class Heartbeat final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    Heartbeat(StoreWriter &writer, QString dispatcherId, std::chrono::milliseconds interval);

    // In the writer's thread.
    void start();
    void stop(); // the "stopped" row is written by the writer's next batch

private:
    void beat();

    StoreWriter &m_writer;
    DispatcherInfo m_info;
    QTimer m_timer;
    bool m_beating = false;
};

} // namespace relais
