#include "BenchSupport.h"

#include "secrets/MemorySecretStore.h"
#include "signing/Signer.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace relais::bench {

Webhook signedWebhook(const QString &url, int maxConcurrency, MemorySecretStore &secrets)
{
    Webhook w;
    w.id = QUuid::createUuid();
    w.name = QStringLiteral("bench ") + url;
    w.url = url;
    w.eventPatterns = {QStringLiteral("*")};
    w.signing = SigningScheme::StandardWebhooks;
    const QString key = w.newSigningSecretKey();
    w.secrets = {{key, {}}};
    secrets.write(key, Signer::generateSecret(SigningScheme::StandardWebhooks));
    w.maxConcurrency = maxConcurrency;
    w.retrySchedule = {0, 5, 300};
    w.timeoutMs = 10000;
    return w;
}

Event sampleEvent(int n)
{
    Event e;
    e.type = QStringLiteral("Sales Order.on_update");
    e.resource = QStringLiteral("Sales Order");
    e.source = QStringLiteral("bench");
    QJsonArray items;
    for (int i = 0; i < 3; ++i) {
        items.append(QJsonObject{{QStringLiteral("item_code"), QStringLiteral("ITEM-%1").arg(i)},
                                 {QStringLiteral("qty"), i + 1},
                                 {QStringLiteral("rate"), 12.5 * (i + 1)}});
    }
    e.data = QJsonObject{{QStringLiteral("name"), QStringLiteral("SAL-ORD-%1").arg(n)},
                         {QStringLiteral("customer"), QStringLiteral("Boulangerie Martin")},
                         {QStringLiteral("status"), QStringLiteral("To Deliver and Bill")},
                         {QStringLiteral("grand_total"), 412.5},
                         {QStringLiteral("currency"), QStringLiteral("EUR")},
                         {QStringLiteral("items"), items}};
    return e;
}

qint64 countRows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

double cpuSeconds(CpuOf whose)
{
    rusage usage = {};
    getrusage(whose == CpuOf::Children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QMap<QString, double> threadCpuSeconds()
{
    QMap<QString, double> byName;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile statFile(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!statFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = statFile.readAll();
        // pid (comm) state ... : utime and stime are fields 14 and 15.
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        byName[name] += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
    }
    return byName;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - double(lo));
}

} // namespace relais::bench
