#pragma once

#include "core/Event.h"
#include "core/Webhook.h"

#include <QList>
#include <QMap>
#include <QString>

namespace relais {
class Database;
class MemorySecretStore;
} // namespace relais

namespace relais::bench {

// A signed webhook (Standard Webhooks, secret in `secrets`) to `url`.
Webhook signedWebhook(const QString &url, int maxConcurrency, MemorySecretStore &secrets);
// A typical event: a Frappe-like document of about 600 bytes.
Event sampleEvent(int n);
qint64 countRows(const Database &db, const QString &sql);
// CPU seconds (user + system) used so far by this process, or by the
// children it has waited for.
enum class CpuOf
{
    Self,
    Children
};
double cpuSeconds(CpuOf whose = CpuOf::Self);
// CPU seconds used so far by each thread of this process, summed by thread
// name (Linux: /proc/self/task); threads that ended are not counted.
QMap<QString, double> threadCpuSeconds();
// Percentile (0–100) of `values`, sorted or not; 0 for none.
double percentile(QList<double> values, double p);

} // namespace relais::bench
