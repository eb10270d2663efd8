#include "Heartbeat.h"

#include "DeliveryLogging.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>

namespace relais {

namespace {

class HeartbeatJob final : public StoreWriter::Job
{
public:
    HeartbeatJob(DispatcherInfo info, bool stopped, std::function<void()> done)
        : m_info(std::move(info))
        , m_stopped(stopped)
        , m_done(std::move(done))
    {}

    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override
    {
        return m_stopped ? DispatcherRepository::markStopped(sql, m_info.id, now, error)
                         : DispatcherRepository::beat(sql, m_info, now, error);
    }
    void committed(bool ok, const QString &error) override
    {
        if (!ok)
            qCWarning(lcDelivery) << "The dispatcher heartbeat was not recorded:" << error;
        if (m_done)
            m_done();
    }

private:
    DispatcherInfo m_info;
    bool m_stopped;
    std::function<void()> m_done;
};

} // namespace

Heartbeat::Heartbeat(StoreWriter &writer, QString dispatcherId, std::chrono::milliseconds interval)
    : m_writer(writer)
{
    m_info.id = std::move(dispatcherId);
    m_info.host = QSysInfo::machineHostName();
    m_info.pid = QCoreApplication::applicationPid();
    m_info.version = QStringLiteral(RELAIS_VERSION);
    m_timer.setParent(this); // moves to the writer's thread with this object
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start()
{
    m_timer.start();
    beat();
}

void Heartbeat::stop()
{
    m_timer.stop();
    m_writer.enqueue(std::make_unique<HeartbeatJob>(m_info, true, nullptr));
}

void Heartbeat::beat()
{
    if (m_beating)
        return; // the previous one is still waiting in a busy writer
    m_beating = true;
    QPointer<Heartbeat> self(this);
    m_writer.enqueue(std::make_unique<HeartbeatJob>(m_info, false, [self] {
        if (self)
            self->m_beating = false;
    }));
}

} // namespace relais
