#pragma once

#include "core/Delivery.h"

#include <QByteArray>
#include <QMap>
#include <QUrl>

namespace relais::bench {

// The baseline: `threads` threads, each with its own QNetworkAccessManager,
// keeping `concurrency` requests in flight in all, sending the same signed
// request as the engine would, until `total` have been answered. No
// database, no routing, no signing per request.
struct BareLoopResult
{
    qint64 answered = 0;
    qint64 failed = 0;
    double seconds = 0;
    QMap<QString, double> threadCpu; // CPU seconds of its threads, by name
};

BareLoopResult runBareLoop(const QUrl &url, const HeaderList &headers, const QByteArray &body,
                           int threads, int concurrency, qint64 total, bool http2Direct);

} // namespace relais::bench
