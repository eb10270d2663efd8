#pragma once

#include "AttemptRecord.h"
#include "DispatchJob.h"
#include "OutcomeRules.h"
#include "Transport.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <random>

namespace relais {

class CachingSecretStore;
class DispatchQueue;
class PayloadEngine;
class RequestBuilder;
class SecretStore;

// One dispatcher worker, in its own thread with its own transport (one
// QNetworkAccessManager): takes jobs from the queue, adds the per-attempt
// headers (RequestBuilder::prepareAttempt: webhook-id, timestamp,
// signature, secret header values, User-Agent), sends, and hands what
// happened to the writer. A secret the keychain cannot give means the
// request is not sent at all — never unsigned.
class DispatchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchWorker)

public:
    struct Settings
    {
        QString dispatcherId;
        int maxInFlight = 64;
        qint64 responseCap = 64 * 1024;
        bool http2Direct = false;
        std::chrono::milliseconds secretCacheTtl{60000};
        OutcomeRules::Settings outcome;
    };
    using Record = std::function<void(AttemptRecord)>; // any thread

    DispatchWorker(DispatchQueue &queue, SecretStore &secrets, TransportFactory transports,
                   Settings settings, Record record);
    ~DispatchWorker() override;

    void setIndex(int index) { m_index = index; }

    // In the worker's thread.
    void init();
    void pump();
    // No more jobs; `drained` (called in this thread) once nothing is in flight.
    void beginStop(std::function<void()> drained);
    void abortInFlight(const QString &reason);
    void shutdown();

private:
    void start(DispatchJob job);
    void onResponse(const DispatchJob &job, const RequestSnapshot &sent,
                    const TransportResponse &response);
    void checkDrained();

    DispatchQueue &m_queue;
    SecretStore &m_secrets;
    TransportFactory m_transports;
    Settings m_settings;
    Record m_record;
    int m_index = -1;

    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<PayloadEngine> m_engine; // RequestBuilder wants one
    std::unique_ptr<CachingSecretStore> m_secretCache;
    std::unique_ptr<RequestBuilder> m_builder;
    QTimer m_retryTimer; // a rate limit holds work back
    std::mt19937_64 m_random;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
    int m_inFlight = 0;
    bool m_pumping = false;
    bool m_stopping = false;
    std::function<void()> m_drained;
};

} // namespace relais
