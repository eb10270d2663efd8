#pragma once

#include "NetworkPolicy.h"
#include "Transport.h"

#include <QString>

#include <chrono>

namespace relais {

// How a DeliveryEngine runs. The defaults suit the GUI and `relaisctl serve`.
struct DeliveryEngineOptions
{
    // Names this process in leases and in each attempt it records; empty:
    // "<host>:<pid>:<random>" (defaultDispatcherId()).
    QString dispatcherId;
    int workerCount = 2;           // threads, each with its own QNetworkAccessManager
    int maxInFlightPerWorker = 64; // requests a worker has open at once
    int claimBatchSize = 200;      // deliveries claimed per query
    int handoffLimit = 1000;       // jobs the router may hand straight to this dispatcher
    int writeBatchRows = 1000;     // rows per writer transaction, at most
    // Under load, writer transactions start at most this often (bigger
    // batches, fewer flushes); an idle engine commits at once.
    std::chrono::milliseconds writeInterval{5};
    int routerBatchSize = 500; // events routed together, at most
    qint64 responseBodyCap = 64 * 1024;
    std::chrono::milliseconds leaseDuration{60000};
    std::chrono::milliseconds pollInterval{500};       // looks for work stored by others
    std::chrono::milliseconds heartbeatInterval{5000}; // "alive" row in the dispatchers table
    std::chrono::milliseconds secretRetryDelay{30000}; // a delivery waiting for the keychain
    std::chrono::milliseconds secretCacheTtl{60000};   // secrets kept per worker; 0: none
    double retryJitter = 0.2;                          // ± fraction of each scheduled delay
    std::chrono::seconds maxRetryAfter = std::chrono::hours(24);
    bool http2Direct = false; // HTTP/2 with prior knowledge (h2c) for http:// receivers
    int retentionDays = 30;   // attempts older than this are purged; 0: never
    int purgeBatchSize = 1000;
    std::chrono::milliseconds purgeInterval = std::chrono::hours(1);
    std::chrono::milliseconds stopTimeout{15000}; // then requests in flight are aborted
    NetworkPolicy networkPolicy;                  // which targets may be reached
    TransportFactory transportFactory;            // empty: NetworkTransport

    static QString defaultDispatcherId();
};

} // namespace relais
