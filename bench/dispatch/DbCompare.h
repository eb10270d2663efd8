#pragma once

#include "delivery/DeliveryEngineOptions.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace relais::bench {

// The database comparison: the same receiver, the same events and the same
// engine options, delivered by separate dispatcher processes (children of
// this program, as a team runs several `relaisctl serve`) from SQLite with
// one dispatcher and from PostgreSQL with each count in `dispatchers`.
struct DbCompareSettings
{
    QUrl receiver;
    qint64 events = 10000;
    int concurrency = 32;   // the webhook's requests in flight, per dispatcher
    QStringList pgUrls;     // one empty database per PostgreSQL row
    QList<int> dispatchers; // as many as pgUrls
    bool emitFirst = false; // store every event, then start the dispatchers
    DeliveryEngineOptions engine;
    QString program;       // this program, run with `childArgs` as a dispatcher
    QStringList childArgs; // engine options for the children (--workers ...)
};

// Returns the exit code: 0 when every row delivered each event exactly once.
int runDbCompare(const DbCompareSettings &s);

// The child: a dispatcher on `dbUrl` until its standard input closes (then
// stops cleanly) or it is killed. The webhook's signing secret comes in the
// environment (RELAIS_BENCH_SECRET_KEY, RELAIS_BENCH_SECRET in base64).
int runDispatcherChild(const QString &dbUrl, DeliveryEngineOptions options);

} // namespace relais::bench
