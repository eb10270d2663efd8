#include "DeliveryEngine.h"

#include "Claimer.h"
#include "DeliveryLogging.h"
#include "Heartbeat.h"
#include "NetworkTransport.h"
#include "OutcomeFollowUp.h"
#include "OutcomeJob.h"
#include "ReleaseJob.h"
#include "RetentionPurger.h"
#include "Router.h"
#include "StoreWriter.h"
#include "WorkerPool.h"

#include "storage/DeliveryRepository.h"
#include "storage/SqlSupport.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSysInfo>

namespace relais {

Q_LOGGING_CATEGORY(lcDelivery, "relais.delivery")

namespace {

constexpr std::chrono::milliseconds kWriterWait = std::chrono::minutes(2);

template<typename F>
void postTo(const QPointer<DeliveryEngine> &engine, F f)
{
    if (!engine)
        return;
    QMetaObject::invokeMethod(
        engine.data(),
        [engine, f = std::move(f)] {
            if (engine)
                f(engine.data());
        },
        Qt::QueuedConnection);
}

} // namespace

QString DeliveryEngineOptions::defaultDispatcherId()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') +
           QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':') +
           QString::number(QRandomGenerator::global()->bounded(0x1000000), 16);
}

DeliveryEngine::DeliveryEngine(const Database &db, SecretStore &secrets,
                               DeliveryEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_policy(std::make_shared<SharedNetworkPolicy>(m_options.networkPolicy))
{
    if (m_options.dispatcherId.isEmpty())
        m_options.dispatcherId = DeliveryEngineOptions::defaultDispatcherId();
    const QString id = m_options.dispatcherId;

    m_writer = std::make_unique<StoreWriter>(db, m_options.writeBatchRows, m_options.writeInterval);
    m_writer->moveToThread(&m_writerThread);
    m_claimer = new Claimer(
        db, *m_writer, m_queue,
        {id, m_options.claimBatchSize, m_options.leaseDuration, m_options.pollInterval});
    m_claimer->moveToThread(&m_writerThread);

    const QPointer<DeliveryEngine> self(this);
    OutcomeFollowUp::Notify notify;
    notify.testFinished = [self](quint64 ticket, const TestResult &result) {
        postTo(self, [ticket, result](DeliveryEngine *e) { e->finishTest(ticket, result); });
    };
    notify.exhausted = [self](const QString &delivery, const QUuid &webhook, const QString &error) {
        postTo(self,
               [=](DeliveryEngine *e) { Q_EMIT e->deliveryExhausted(delivery, webhook, error); });
    };
    notify.disabled = [self](const QUuid &webhook, const QString &reason) {
        postTo(self, [=](DeliveryEngine *e) { Q_EMIT e->webhookDisabled(webhook, reason); });
    };
    notify.changed = [self](const QStringList &ids) {
        postTo(self, [ids](DeliveryEngine *e) { Q_EMIT e->deliveriesChanged(ids); });
    };
    m_followUp = new OutcomeFollowUp(db, *m_writer, m_queue, *m_claimer, id, std::move(notify));
    m_followUp->moveToThread(&m_writerThread);
    m_purger = new RetentionPurger(
        *m_writer, {m_options.retentionDays, m_options.purgeBatchSize, m_options.purgeInterval});
    m_purger->moveToThread(&m_writerThread);
    m_heartbeat = new Heartbeat(*m_writer, id, m_options.heartbeatInterval);
    m_heartbeat->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(QStringLiteral("relais-writer"));
    m_writerThread.start();

    m_queue.setHandoffLimit(m_options.handoffLimit);
    m_router = std::make_unique<Router>(db, secrets, *m_writer, m_options.routerBatchSize);
    Claimer *claimer = m_claimer;
    m_router->setDispatch(&m_queue, id, m_options.leaseDuration, [claimer] { claimer->wake(); });
}

DeliveryEngine::~DeliveryEngine()
{
    stop();
    m_router.reset(); // hands what was submitted to the writer
    m_writer->flush(kWriterWait);
    QMetaObject::invokeMethod(
        m_writer.get(),
        [this] {
            delete m_heartbeat;
            delete m_purger;
            delete m_followUp;
            delete m_claimer;
            m_writer->shutdown();
        },
        Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer.reset();
}

EventSink &DeliveryEngine::sink()
{
    return *m_router;
}

void DeliveryEngine::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_options.networkPolicy = policy;
    m_policy->set(policy);
}

void DeliveryEngine::setRetentionDays(int days)
{
    m_options.retentionDays = days;
    QMetaObject::invokeMethod(m_purger,
                              [purger = m_purger, days] { purger->setRetentionDays(days); });
}

void DeliveryEngine::start()
{
    joinStopThread(); // a pause under way ends first
    if (m_workers)
        return;
    m_queue.setOpen(true);
    DispatchWorker::Settings settings;
    settings.dispatcherId = m_options.dispatcherId;
    settings.maxInFlight = qMax(1, m_options.maxInFlightPerWorker);
    settings.responseCap = m_options.responseBodyCap;
    settings.http2Direct = m_options.http2Direct;
    settings.secretCacheTtl = m_options.secretCacheTtl;
    settings.outcome = {m_options.retryJitter, m_options.maxRetryAfter, m_options.secretRetryDelay};
    TransportFactory transports = m_options.transportFactory;
    if (!transports)
        transports = [policy = m_policy] {
            return std::make_unique<NetworkTransport>(policy);
        };
    StoreWriter *writer = m_writer.get();
    OutcomeFollowUp *followUp = m_followUp;
    const QString id = m_options.dispatcherId;
    DispatchWorker::Record record = [writer, followUp, id](AttemptRecord r) {
        writer->enqueue(std::make_unique<OutcomeJob>(
            std::move(r), id, [followUp](const AttemptRecord &rec, const OutcomeJob::Result &res) {
                followUp->handle(rec, res);
            }));
    };
    m_workers = std::make_unique<WorkerPool>(m_queue, m_secrets, transports, settings,
                                             m_options.workerCount, record);
    m_workers->start();
    m_running = true;
    QMetaObject::invokeMethod(
        m_claimer,
        [this] {
            m_claimer->start();
            m_purger->start();
            m_heartbeat->start();
        },
        Qt::BlockingQueuedConnection);
    qCInfo(lcDelivery).noquote() << "Dispatcher" << m_options.dispatcherId << "started with"
                                 << m_options.workerCount << "workers";
}

void DeliveryEngine::stop()
{
    if (m_stopThread) {
        joinStopThread();
        Q_EMIT stopped();
        return;
    }
    if (!m_workers)
        return;
    m_running = false;
    stopWorkers();
}

void DeliveryEngine::stopInBackground()
{
    if (!m_workers || m_stopThread)
        return;
    m_running = false;
    m_stopThread.reset(QThread::create([this] { stopWorkers(); }));
    m_stopThread->setObjectName(QStringLiteral("relais-stop"));
    connect(m_stopThread.get(), &QThread::finished, this, [this] {
        if (!m_stopThread)
            return; // stop() waited for it already
        joinStopThread();
        Q_EMIT stopped();
    });
    m_stopThread->start();
}

void DeliveryEngine::joinStopThread()
{
    if (!m_stopThread)
        return;
    m_stopThread->wait();
    m_stopThread.reset();
}

void DeliveryEngine::stopWorkers()
{
    QMetaObject::invokeMethod(
        m_claimer,
        [this] {
            m_claimer->stop();
            m_purger->stop();
            m_heartbeat->stop();
        },
        Qt::BlockingQueuedConnection);
    m_queue.setOpen(false);
    for (const DispatchJob &job : m_queue.takeAll()) {
        if (job.test) {
            TestResult r;
            r.deliveryId = job.deliveryId;
            r.error = tr("The dispatcher stopped before the test was sent.");
            if (QThread::currentThread() == thread())
                finishTest(job.testTicket, r);
            else
                QMetaObject::invokeMethod(
                    this, [this, ticket = job.testTicket, r] { finishTest(ticket, r); },
                    Qt::QueuedConnection);
        }
    }
    m_workers->stop(m_options.stopTimeout);
    m_workers.reset();
    // Every attempt recorded, then whatever this dispatcher still holds
    // (jobs it had not started) goes back to the database.
    m_writer->flush(kWriterWait);
    m_writer->enqueue(std::make_unique<ReleaseJob>(m_options.dispatcherId, QStringList()));
    m_writer->flush(kWriterWait);
    QMetaObject::invokeMethod(m_followUp, &OutcomeFollowUp::flushChanged,
                              Qt::BlockingQueuedConnection);
    qCInfo(lcDelivery).noquote() << "Dispatcher" << m_options.dispatcherId << "stopped";
}

void DeliveryEngine::sendTest(const Webhook &webhook, const Event &event,
                              std::function<void(const TestResult &)> done)
{
    if (!isRunning()) {
        TestResult r;
        r.error = tr("The dispatcher is not running; start it to send tests.");
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    const QPointer<DeliveryEngine> self(this);
    const quint64 ticket = m_router->submitTest(webhook, event, [self](const RouteResult &r) {
        if (!self || r.testQueued)
            return; // the dispatcher reports the attempt
        TestResult result;
        result.deliveryId = r.testDeliveryId;
        result.error = r.testError;
        self->finishTest(r.ticket, result);
    });
    m_tests.insert(ticket, std::move(done));
}

void DeliveryEngine::finishTest(quint64 ticket, const TestResult &result)
{
    if (auto done = m_tests.take(ticket))
        done(result);
}

void DeliveryEngine::runCounted(std::function<int(QString *)> work, CountDone done)
{
    const QPointer<DeliveryEngine> self(this);
    Claimer *claimer = m_claimer;
    m_writer->post([self, claimer, work = std::move(work), done = std::move(done)] {
        QString error;
        const int count = work(&error);
        if (count > 0)
            claimer->wake();
        postTo(self, [count, error, done](DeliveryEngine *) {
            if (done)
                done(count, error);
        });
    });
}

void DeliveryEngine::redeliver(const QString &deliveryId, CountDone done)
{
    const Database &db = m_db;
    runCounted(
        [&db, deliveryId](QString *error) {
            return DeliveryRepository(db).redeliver(deliveryId, sqlvalue::nowUtc(), error);
        },
        std::move(done));
}

void DeliveryEngine::redeliverFailed(const QUuid &webhookId, const QDateTime &since, CountDone done)
{
    const Database &db = m_db;
    runCounted(
        [&db, webhookId, since](QString *error) {
            return DeliveryRepository(db).redeliverFailed(webhookId, since, sqlvalue::nowUtc(),
                                                          error);
        },
        std::move(done));
}

void DeliveryEngine::retryWaitingForSecrets(CountDone done)
{
    const Database &db = m_db;
    runCounted(
        [&db](QString *error) {
            return DeliveryRepository(db).retryWaitingForSecrets(sqlvalue::nowUtc(), error);
        },
        std::move(done));
}

qint64 DeliveryEngine::commitsSoFar() const
{
    return m_writer->batchesCommitted();
}

bool DeliveryEngine::flush(std::chrono::milliseconds timeout)
{
    m_router->waitRouted();
    return m_writer->flush(timeout);
}

} // namespace relais
