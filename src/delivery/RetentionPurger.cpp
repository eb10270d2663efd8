#include "RetentionPurger.h"

#include "DeliveryLogging.h"
#include "StoreWriter.h"

#include "storage/AttemptRepository.h"

#include <QPointer>

namespace relais {

namespace {

class PurgeJob final : public StoreWriter::Job
{
public:
    PurgeJob(int batchSize, int retentionDays, std::function<void(bool, int)> done)
        : m_batchSize(batchSize)
        , m_retentionDays(retentionDays)
        , m_done(std::move(done))
    {}

    int rows() const override { return m_batchSize; }
    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override
    {
        return AttemptRepository::purgeBatch(sql, now.addDays(-m_retentionDays), m_batchSize,
                                             &m_deleted, error);
    }
    void committed(bool ok, const QString &error) override
    {
        if (!ok)
            qCWarning(lcDelivery) << "Purging old attempts failed:" << error;
        m_done(ok, m_deleted);
    }

private:
    int m_batchSize;
    int m_retentionDays;
    int m_deleted = 0;
    std::function<void(bool, int)> m_done;
};

} // namespace

RetentionPurger::RetentionPurger(StoreWriter &writer, Settings settings)
    : m_writer(writer)
    , m_settings(settings)
{
    m_timer.setParent(this); // moves to the writer's thread with this object
    m_timer.setInterval(m_settings.interval);
    connect(&m_timer, &QTimer::timeout, this, &RetentionPurger::purgeNow);
}

void RetentionPurger::start()
{
    m_running = true;
    if (m_settings.retentionDays <= 0)
        return;
    m_timer.start();
    purgeNow();
}

void RetentionPurger::setRetentionDays(int days)
{
    m_settings.retentionDays = qMax(0, days);
    if (!m_running)
        return;
    stop();
    start();
}

void RetentionPurger::stop()
{
    m_running = false;
    m_timer.stop();
}

void RetentionPurger::purgeNow()
{
    if (!m_running || m_purging || m_settings.retentionDays <= 0)
        return;
    m_purging = true;
    m_deleted = 0;
    QPointer<RetentionPurger> self(this);
    m_writer.enqueue(std::make_unique<PurgeJob>(m_settings.batchSize, m_settings.retentionDays,
                                                [self](bool ok, int deleted) {
                                                    if (self)
                                                        self->batchDone(ok, deleted);
                                                }));
}

void RetentionPurger::batchDone(bool ok, int deleted)
{
    m_purging = false;
    m_deleted += deleted;
    if (ok && deleted >= m_settings.batchSize && m_running) {
        // More to go: another batch, after what else waits.
        const qint64 sofar = m_deleted;
        purgeNow();
        m_deleted = sofar;
        return;
    }
    if (m_deleted > 0)
        qCInfo(lcDelivery) << "Purged" << m_deleted << "attempts older than"
                           << m_settings.retentionDays << "days";
}

} // namespace relais
