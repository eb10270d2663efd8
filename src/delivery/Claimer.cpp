#include "Claimer.h"

#include "DeliveryLogging.h"
#include "DispatchQueue.h"
#include "StoreWriter.h"

#include "storage/Database.h"
#include "storage/DatabaseListener.h"
#include "storage/LeaseRepository.h"
#include "storage/SqlSupport.h"
#include "storage/WebhookRepository.h"

#include <QPointer>

namespace relais {

// Claims due deliveries in the writer's batch and hands them to the queue.
class ClaimJob final : public StoreWriter::Job
{
public:
    ClaimJob(Claimer &claimer, int limit)
        : m_claimer(claimer)
        , m_limit(limit)
    {}

    int rows() const override { return m_limit; }

    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override
    {
        m_claimed.clear();
        m_jobs.clear();
        const QDateTime leaseUntil = now.addMSecs(m_claimer.m_settings.leaseDuration.count());
        if (!LeaseRepository::claimDue(sql, m_claimer.m_settings.dispatcherId, now, leaseUntil,
                                       m_limit, &m_claimed, error))
            return false;
        QStringList orphans;
        for (const ClaimedDelivery &c : std::as_const(m_claimed)) {
            DispatchJob job;
            job.webhook = m_claimer.webhookFor(c);
            if (!job.webhook) {
                orphans << c.delivery.id; // its webhook cannot be read: give it back
                continue;
            }
            job.deliveryId = c.delivery.id;
            job.request = c.delivery.request;
            job.attemptNumber = c.delivery.attemptCount + 1;
            job.trigger = c.trigger;
            m_jobs << std::move(job);
        }
        int released = 0;
        return orphans.isEmpty() || LeaseRepository::release(sql, m_claimer.m_settings.dispatcherId,
                                                             orphans, now, &released, error);
    }

    void committed(bool ok, const QString &error) override
    {
        if (!ok)
            qCWarning(lcDelivery) << "Claiming due deliveries failed:" << error;
        else if (!m_jobs.isEmpty())
            m_claimer.m_queue.add(std::move(m_jobs)); // refused when stopping: released then
        m_claimer.claimed(ok, int(m_claimed.size()), m_limit);
    }

private:
    Claimer &m_claimer;
    const int m_limit;
    QList<ClaimedDelivery> m_claimed;
    QList<DispatchJob> m_jobs;
};

namespace {

// Extends every lease this dispatcher holds.
class RenewJob final : public StoreWriter::Job
{
public:
    RenewJob(QString owner, std::chrono::milliseconds lease)
        : m_owner(std::move(owner))
        , m_lease(lease)
    {}

    bool apply(PreparedStatements &sql, const QDateTime &now, QString *error) override
    {
        int count = 0;
        return LeaseRepository::renew(sql, m_owner, now.addMSecs(m_lease.count()), &count, error);
    }
    void committed(bool ok, const QString &error) override
    {
        if (!ok)
            qCWarning(lcDelivery) << "Renewing the leases failed:" << error;
    }

private:
    QString m_owner;
    std::chrono::milliseconds m_lease;
};

} // namespace

Claimer::Claimer(const Database &db, StoreWriter &writer, DispatchQueue &queue, Settings settings)
    : m_db(db)
    , m_writer(writer)
    , m_queue(queue)
    , m_settings(std::move(settings))
{
    // Children, so that they move to the writer's thread with this object.
    m_poll.setParent(this);
    m_renew.setParent(this);
    m_retry.setParent(this);
    m_poll.setInterval(m_settings.pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &Claimer::onWake);
    m_renew.setInterval(qMax<qint64>(100, m_settings.leaseDuration.count() / 3));
    connect(&m_renew, &QTimer::timeout, this, &Claimer::renew);
    m_retry.setSingleShot(true);
    m_retry.setTimerType(Qt::PreciseTimer);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_retryAt = QDateTime();
        onWake();
    });
}

Claimer::~Claimer() = default;

void Claimer::wake()
{
    QMetaObject::invokeMethod(this, &Claimer::onWake, Qt::QueuedConnection);
}

void Claimer::retryAt(const QDateTime &when)
{
    QMetaObject::invokeMethod(
        this, [this, when] { armRetry(when); }, Qt::QueuedConnection);
}

void Claimer::start()
{
    m_running = true;
    m_mayHaveWork = true;
    QPointer<Claimer> self(this);
    m_queue.setLowWater(m_settings.batchSize, [self] {
        if (self)
            QMetaObject::invokeMethod(self.data(), &Claimer::onLowWater, Qt::QueuedConnection);
    });
    m_poll.start();
    m_renew.start();
    // On PostgreSQL, work stored by other programs wakes this one at once.
    if (DatabaseListener::isSupported(m_db)) {
        m_listener = std::make_unique<DatabaseListener>(m_db, DatabaseListener::Work);
        connect(m_listener.get(), &DatabaseListener::workStored, this, &Claimer::onWake);
        QString error;
        if (!m_listener->start(&error))
            qCWarning(lcDelivery) << "Not listening for new work; polling only:" << error;
    }
    claim();
}

void Claimer::stop()
{
    m_running = false;
    m_listener.reset();
    m_poll.stop();
    m_renew.stop();
    m_retry.stop();
    m_queue.setLowWater(0, {});
}

void Claimer::armRetry(const QDateTime &when)
{
    if (!m_running || (m_retryAt.isValid() && m_retryAt <= when))
        return;
    m_retryAt = when;
    const qint64 wait = qMax<qint64>(0, sqlvalue::nowUtc().msecsTo(when)) + 5;
    m_retry.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void Claimer::onWake()
{
    m_mayHaveWork = true;
    m_queue.rearmLowWater();
    claim();
}

void Claimer::onLowWater()
{
    if (m_mayHaveWork)
        claim();
}

void Claimer::claim()
{
    if (!m_running)
        return;
    if (m_claiming) {
        m_again = true;
        return;
    }
    const int target = 2 * m_settings.batchSize;
    const int limit = qMin(m_settings.batchSize, target - m_queue.backlog());
    if (limit <= 0)
        return; // enough waiting; the low-water call comes back
    m_claiming = true;
    m_again = false;
    m_writer.enqueue(std::make_unique<ClaimJob>(*this, limit));
}

void Claimer::claimed(bool ok, int count, int limit)
{
    m_claiming = false;
    if (ok && count >= limit) {
        m_mayHaveWork = true; // probably more
        m_queue.rearmLowWater();
        claim();
        return;
    }
    if (ok)
        m_mayHaveWork = m_again;
    if (std::exchange(m_again, false))
        claim();
}

void Claimer::renew()
{
    m_writer.enqueue(std::make_unique<RenewJob>(m_settings.dispatcherId, m_settings.leaseDuration));
}

std::shared_ptr<const Webhook> Claimer::webhookFor(const ClaimedDelivery &c)
{
    const QUuid id = c.delivery.webhookId;
    const auto it = m_webhooks.constFind(id);
    if (it != m_webhooks.constEnd() && (*it)->updatedAt == c.webhookUpdatedAt)
        return *it;
    QString error;
    const std::optional<Webhook> w = WebhookRepository(m_db).find(id, &error);
    if (!w) {
        if (!error.isEmpty())
            qCWarning(lcDelivery) << error;
        m_webhooks.remove(id);
        return nullptr;
    }
    auto shared = std::make_shared<const Webhook>(*w);
    m_webhooks.insert(id, shared);
    return shared;
}

} // namespace relais
