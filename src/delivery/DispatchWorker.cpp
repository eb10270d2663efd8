#include "DispatchWorker.h"

#include "CachingSecretStore.h"
#include "DispatchQueue.h"
#include "RequestBuilder.h"

#include "payload/PayloadEngine.h"
#include "storage/SqlSupport.h"

#include <QRandomGenerator>

namespace relais {

namespace {

QByteArray pinBytes(const QString &hex)
{
    QString digits = hex;
    digits.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return QByteArray::fromHex(digits.toLatin1());
}

} // namespace

DispatchWorker::DispatchWorker(DispatchQueue &queue, SecretStore &secrets,
                               TransportFactory transports, Settings settings, Record record)
    : m_queue(queue)
    , m_secrets(secrets)
    , m_transports(std::move(transports))
    , m_settings(std::move(settings))
    , m_record(std::move(record))
    , m_random(QRandomGenerator::global()->generate64())
{
    m_retryTimer.setParent(this); // moves to the worker's thread with this object
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DispatchWorker::pump);
}

DispatchWorker::~DispatchWorker() = default;

void DispatchWorker::init()
{
    m_transport = m_transports();
    m_engine = std::make_unique<PayloadEngine>();
    m_secretCache = std::make_unique<CachingSecretStore>(m_secrets, m_settings.secretCacheTtl);
    m_builder = std::make_unique<RequestBuilder>(*m_engine, *m_secretCache);
}

void DispatchWorker::shutdown()
{
    m_retryTimer.stop();
    m_transport.reset();
    m_builder.reset();
    m_secretCache.reset();
    m_engine.reset();
}

void DispatchWorker::pump()
{
    // A keychain read may spin a local event loop: a response handled in
    // there must not start a second pump inside this one.
    if (m_pumping || m_stopping || !m_transport)
        return;
    m_pumping = true;
    while (m_inFlight < m_settings.maxInFlight) {
        DispatchQueue::Taken taken = m_queue.take(m_index);
        if (!taken.job) {
            if (taken.retryInMs >= 0 &&
                (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > taken.retryInMs))
                m_retryTimer.start(int(qMax<qint64>(1, taken.retryInMs)));
            break;
        }
        start(std::move(*taken.job));
    }
    m_pumping = false;
}

void DispatchWorker::start(DispatchJob job)
{
    const Webhook &webhook = *job.webhook;
    const QDateTime now = sqlvalue::nowUtc();
    m_secretCache->setScope(webhook.id.toRfc4122() +
                            QByteArray::number(webhook.updatedAt.toMSecsSinceEpoch()));
    RequestSnapshot sent = job.request;
    RequestBuilder::AttemptProblem problem = RequestBuilder::AttemptProblem::None;
    QString error;
    if (!m_builder->prepareAttempt(webhook, job.deliveryId, now.toSecsSinceEpoch(), &sent, &problem,
                                   &error)) {
        m_queue.finished(webhook.id);
        m_record(problem == RequestBuilder::AttemptProblem::SecretUnavailable
                     ? OutcomeRules::secretUnavailable(job, error, now, m_settings.outcome)
                     : OutcomeRules::invalid(job, error, now));
        return;
    }

    TransportRequest request;
    request.method = sent.method.toUtf8();
    request.url = QUrl(sent.url);
    request.headers = sent.headers;
    request.body = sent.body;
    request.timeoutMs = webhook.timeoutMs > 0 ? webhook.timeoutMs : 10000;
    request.followRedirects = webhook.followRedirects;
    request.verifyTls = webhook.verifyTls;
    request.pinnedCertSha256 = pinBytes(webhook.pinnedCertSha256);
    request.responseCap = m_settings.responseCap;
    request.http2Direct = m_settings.http2Direct;
    ++m_inFlight;
    m_transport->send(request,
                      [this, job = std::move(job), sent = std::move(sent)](
                          const TransportResponse &response) { onResponse(job, sent, response); });
}

void DispatchWorker::onResponse(const DispatchJob &job, const RequestSnapshot &sent,
                                const TransportResponse &response)
{
    --m_inFlight;
    m_queue.finished(job.webhook->id);
    m_record(OutcomeRules::afterExchange(job, sent, response, sqlvalue::nowUtc(), m_unit(m_random),
                                         m_settings.outcome));
    if (m_stopping)
        checkDrained();
    else
        pump();
}

void DispatchWorker::beginStop(std::function<void()> drained)
{
    m_stopping = true;
    m_retryTimer.stop();
    m_drained = std::move(drained);
    checkDrained();
}

void DispatchWorker::checkDrained()
{
    if (m_inFlight == 0 && m_drained)
        std::exchange(m_drained, nullptr)();
}

void DispatchWorker::abortInFlight(const QString &reason)
{
    if (m_transport)
        m_transport->abortAll(reason);
}

} // namespace relais
