#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace relais {

class StoreWriter;

// Deletes attempts older than the retention period, a batch per writer
// transaction so that the purge never holds up deliveries. Lives in the
// writer's thread.
class RetentionPurger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPurger)

public:
    struct Settings
    {
        int retentionDays = 30; // 0: keep everything
        int batchSize = 1000;
        std::chrono::milliseconds interval = std::chrono::hours(1);
    };

    RetentionPurger(StoreWriter &writer, Settings settings);

    // In the writer's thread.
    void start();
    void stop();
    void purgeNow();
    // A new period, from now on (0: keep everything).
    void setRetentionDays(int days);

private:
    void batchDone(bool ok, int deleted);

    StoreWriter &m_writer;
    Settings m_settings;
    QTimer m_timer;
    bool m_running = false;
    bool m_purging = false;
    qint64 m_deleted = 0;
};

} // namespace relais
