// bench_dispatch: how fast the delivery engine sends durable, signed
// deliveries compared with a bare QNetworkAccessManager loop at the same
// concurrency, and how soon an accepted event is on the wire.
//
//   bench_dispatch --url http://127.0.0.1:PORT/ [--h2] [--events N] [--workers W]
//                  [--concurrency C] [--latency-samples K]
//   bench_dispatch --db-compare --url URL --pg PG_URL [--pg PG_URL...]
//                  [--dispatchers 1,2,4] [--emit-first] [--events N] ...

#include "BareLoop.h"
#include "BenchSupport.h"
#include "DbCompare.h"
#include "LatencyReceiver.h"

#include "delivery/DeliveryEngine.h"
#include "payload/DefaultEnvelope.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace relais;
using namespace relais::bench;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Settings
{
    QUrl url;
    bool h2 = false;
    qint64 events = 20000;
    int workers = 2;
    int concurrency = 32;
    int latencySamples = 200;
    int latencyGapMs = 10;
    int writeIntervalMs = 5;
};

std::unique_ptr<Database> openIn(const QTemporaryDir &dir, const QString &name)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = dir.filePath(name);
    QString error;
    auto db = Database::open(url, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    return db;
}

DeliveryEngineOptions engineOptions(const Settings &s)
{
    DeliveryEngineOptions o;
    o.dispatcherId = QStringLiteral("bench");
    o.workerCount = s.workers;
    o.maxInFlightPerWorker = qMax(1, (s.concurrency + s.workers - 1) / s.workers);
    o.http2Direct = s.h2;
    o.retentionDays = 0;
    o.writeBatchRows = 4000;
    o.writeInterval = std::chrono::milliseconds(s.writeIntervalMs);
    o.claimBatchSize = 500;
    o.handoffLimit = 2000;
    o.routerBatchSize = 1000;
    return o;
}

void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct EngineRun
{
    double seconds = 0;
    double cpu = 0;
    double acceptSeconds = 0;
    qint64 succeeded = 0;
    qint64 attempts = 0;
    qint64 commits = 0;
    QMap<QString, double> threadCpu; // seconds, by thread name
    RequestSnapshot sample;          // one request as sent, for the bare loop
};

EngineRun runEngine(const Settings &s, const QTemporaryDir &dir)
{
    auto db = openIn(dir, QStringLiteral("throughput.db"));
    MemorySecretStore secrets;
    Webhook w = signedWebhook(s.url.toString(), s.concurrency, secrets);
    QString error;
    if (!WebhookRepository(*db).insert(w, &error))
        qFatal("%s", qPrintable(error));
    EngineRun run;
    DeliveryEngine engine(*db, secrets, engineOptions(s));
    engine.start();
    // Events are made beforehand: what is measured is the engine, not
    // the making of JSON documents.
    QList<Event> events;
    events.reserve(s.events);
    for (qint64 i = 0; i < s.events; ++i)
        events << sampleEvent(int(i));
    const qint64 commitsBefore = engine.commitsSoFar();
    const double cpuBefore = cpuSeconds();
    const QMap<QString, double> threadsBefore = threadCpuSeconds();
    qint64 accepted = 0;
    QElapsedTimer clock;
    clock.start();
    for (const Event &event : std::as_const(events))
        engine.sink().submit(event, [&](const SubmitResult &r) {
            accepted += r.accepted ? 1 : 0;
            if (accepted == s.events)
                run.acceptSeconds = double(clock.nsecsElapsed()) / 1e9;
        });
    const qint64 deadlineMs = 120000 + s.events * 10;
    while (clock.elapsed() < deadlineMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(5);
        // The newest id counts them (the table started empty) without a scan.
        run.attempts = countRows(*db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM attempts"));
        if (run.attempts >= s.events)
            break;
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds() - cpuBefore;
    run.threadCpu = threadCpuSeconds();
    for (auto it = run.threadCpu.begin(); it != run.threadCpu.end(); ++it)
        it.value() -= threadsBefore.value(it.key());
    run.commits = engine.commitsSoFar() - commitsBefore;
    engine.stop();
    run.succeeded =
        countRows(*db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'"));
    DeliveryFilter one;
    one.limit = 1;
    const QList<DeliverySummary> rows = DeliveryRepository(*db).list(one, &error);
    if (!rows.isEmpty()) {
        if (const auto d = DeliveryRepository(*db).find(rows.first().delivery.id, &error);
            d && !d->attempts.isEmpty()) {
            run.sample = d->attempts.first().attempt.request;
        }
    }
    return run;
}

struct LatencyRun
{
    QList<double> submitToWireMs;
    QList<double> acceptedToWireMs;
    QList<double> submitToAcceptedMs;
};

LatencyRun runLatency(const Settings &s, const QTemporaryDir &dir)
{
    QElapsedTimer clock;
    clock.start();
    LatencyReceiver receiver(clock);
    auto db = openIn(dir, QStringLiteral("latency.db"));
    MemorySecretStore secrets;
    Webhook w =
        signedWebhook(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()), 4, secrets);
    QString error;
    if (!WebhookRepository(*db).insert(w, &error))
        qFatal("%s", qPrintable(error));
    Settings h1 = s;
    h1.h2 = false;
    DeliveryEngine engine(*db, secrets, engineOptions(h1));
    engine.start();
    LatencyRun run;
    const int warmUp = 20;
    for (int i = 0; i < warmUp + s.latencySamples; ++i) {
        const int before = receiver.arrivals();
        const qint64 submitted = clock.nsecsElapsed();
        qint64 acceptedAt = -1;
        engine.sink().submit(sampleEvent(i),
                             [&](const SubmitResult &) { acceptedAt = clock.nsecsElapsed(); });
        QElapsedTimer waited;
        waited.start();
        while ((receiver.arrivals() == before || acceptedAt < 0) && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const qint64 wire = receiver.lastArrivalNs();
        if (i >= warmUp && receiver.arrivals() > before && acceptedAt >= 0) {
            run.submitToWireMs << double(wire - submitted) / 1e6;
            run.acceptedToWireMs << double(wire - acceptedAt) / 1e6;
            run.submitToAcceptedMs << double(acceptedAt - submitted) / 1e6;
        }
        waitMs(s.latencyGapMs);
    }
    engine.stop();
    return run;
}

// Where the CPU went: the threads by name (a pool's threads share one),
// in microseconds per delivery or request.
void printThreadCpu(const QMap<QString, double> &threadCpu, qint64 count)
{
    if (threadCpu.isEmpty() || count <= 0)
        return;
    out() << "  CPU by thread, us each:";
    for (auto it = threadCpu.cbegin(); it != threadCpu.cend(); ++it) {
        const double us = it.value() * 1e6 / double(count);
        if (us >= 0.5)
            out() << ' ' << it.key() << ' ' << QString::number(us, 'f', 0);
    }
    out() << Qt::endl;
}

QString ms(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral(" ms");
}

// The engine options the children get, as command-line options.
QStringList childArguments(const Settings &s)
{
    QStringList args{QStringLiteral("--workers"),        QString::number(s.workers),
                     QStringLiteral("--concurrency"),    QString::number(s.concurrency),
                     QStringLiteral("--write-interval"), QString::number(s.writeIntervalMs)};
    if (s.h2)
        args << QStringLiteral("--h2");
    return args;
}

int dbCompare(const QCommandLineParser &parser, const Settings &s)
{
    DbCompareSettings c;
    c.receiver = s.url;
    c.events = parser.isSet(QStringLiteral("events")) ? s.events : 10000;
    c.concurrency = s.concurrency;
    c.pgUrls = parser.values(QStringLiteral("pg"));
    const QString counts = parser.isSet(QStringLiteral("dispatchers"))
                               ? parser.value(QStringLiteral("dispatchers"))
                               : QStringLiteral("1,2,4");
    for (const QString &n : counts.split(u',', Qt::SkipEmptyParts))
        c.dispatchers << qBound(1, n.trimmed().toInt(), 64);
    c.emitFirst = parser.isSet(QStringLiteral("emit-first"));
    c.engine = engineOptions(s);
    c.program = QCoreApplication::applicationFilePath();
    c.childArgs = childArguments(s);
    if (!s.url.isValid() || s.url.isEmpty()) {
        QTextStream(stderr) << "--url is required\n";
        return 2;
    }
    if (c.pgUrls.size() != c.dispatchers.size()) {
        QTextStream(stderr) << "give one --pg database for each --dispatchers count ("
                            << c.dispatchers.size() << ")\n";
        return 2;
    }
    return runDbCompare(c);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("Receiver URL for the throughput runs."),
         QStringLiteral("URL")},
        {QStringLiteral("h2"), QStringLiteral("HTTP/2 with prior knowledge (h2c).")},
        {QStringLiteral("events"), QStringLiteral("Events to deliver (default 20000)."),
         QStringLiteral("N")},
        {QStringLiteral("workers"), QStringLiteral("Dispatcher worker threads (default 2)."),
         QStringLiteral("W")},
        {QStringLiteral("concurrency"), QStringLiteral("Requests in flight (default 32)."),
         QStringLiteral("C")},
        {QStringLiteral("latency-samples"),
         QStringLiteral("Single events timed to the wire (default 200; 0: skip)."),
         QStringLiteral("K")},
        {QStringLiteral("skip-throughput"), QStringLiteral("Only measure latency.")},
        {QStringLiteral("write-interval"),
         QStringLiteral("Writer transactions at most every MS under load (default 5)."),
         QStringLiteral("MS")},
        {QStringLiteral("skip-bare"), QStringLiteral("No bare QNAM loop (for profiling).")},
        {QStringLiteral("bare-only"), QStringLiteral("Only the bare QNAM loop (for profiling).")},
        {QStringLiteral("db-compare"),
         QStringLiteral("Instead: deliveries/s from SQLite with 1 dispatcher and from PostgreSQL "
                        "(--pg) with each --dispatchers count, dispatchers being separate "
                        "processes (default 10000 events).")},
        {QStringLiteral("pg"),
         QStringLiteral("An empty PostgreSQL database, one per --dispatchers count."),
         QStringLiteral("URL")},
        {QStringLiteral("dispatchers"),
         QStringLiteral("Dispatcher processes for each --pg database (default 1,2,4)."),
         QStringLiteral("LIST")},
        {QStringLiteral("emit-first"),
         QStringLiteral("Store every event before the dispatchers start (pure dispatch).")},
        {QStringLiteral("child"), QStringLiteral("Run as a dispatcher on DB_URL (internal)."),
         QStringLiteral("DB_URL")},
        {QStringLiteral("dispatcher-id"), QStringLiteral("The child's dispatcher id."),
         QStringLiteral("ID")},
    });
    parser.process(app);
    Settings s;
    s.url = QUrl(parser.value(QStringLiteral("url")));
    s.h2 = parser.isSet(QStringLiteral("h2"));
    if (parser.isSet(QStringLiteral("events")))
        s.events =
            qBound(qint64(1), parser.value(QStringLiteral("events")).toLongLong(), qint64(500000));
    if (parser.isSet(QStringLiteral("workers")))
        s.workers = qBound(1, parser.value(QStringLiteral("workers")).toInt(), 64);
    if (parser.isSet(QStringLiteral("concurrency")))
        s.concurrency = qBound(1, parser.value(QStringLiteral("concurrency")).toInt(), 1024);
    if (parser.isSet(QStringLiteral("latency-samples")))
        s.latencySamples =
            qBound(0, parser.value(QStringLiteral("latency-samples")).toInt(), 10000);

    if (parser.isSet(QStringLiteral("write-interval")))
        s.writeIntervalMs = qBound(0, parser.value(QStringLiteral("write-interval")).toInt(), 1000);

    if (parser.isSet(QStringLiteral("child"))) {
        DeliveryEngineOptions o = engineOptions(s);
        o.dispatcherId = parser.value(QStringLiteral("dispatcher-id"));
        return runDispatcherChild(parser.value(QStringLiteral("child")), o);
    }
    if (parser.isSet(QStringLiteral("db-compare")))
        return dbCompare(parser, s);

    QTemporaryDir dir;
    const QString mode = s.h2 ? QStringLiteral("HTTP/2 (h2c)") : QStringLiteral("HTTP/1.1");
    if (!parser.isSet(QStringLiteral("skip-throughput"))) {
        if (!s.url.isValid() || s.url.isEmpty()) {
            QTextStream(stderr) << "--url is required\n";
            return 2;
        }
        out() << "== " << mode << ": " << s.events << " events, " << s.workers << " workers, "
              << s.concurrency << " in flight, " << s.url.toString() << Qt::endl;
        EngineRun e;
        if (parser.isSet(QStringLiteral("bare-only"))) {
            e.sample.body = DefaultEnvelope::render(sampleEvent(0));
            e.sample.headers = {
                {"Content-Type", "application/json"},
                {"webhook-id", "msg_2f1c0d6a9b7e4c3d8a5b6c7d8e9f0a1b"},
                {"webhook-timestamp", "1700000000"},
                {"webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="},
                {"User-Agent", "Relais/" RELAIS_VERSION}};
            e.seconds = 1;
        } else {
            e = runEngine(s, dir);
        }
        const double engineRate = double(e.attempts) / e.seconds;
        out() << "engine: " << e.attempts << " attempts durably logged (" << e.succeeded
              << " succeeded) in " << QString::number(e.seconds, 'f', 2)
              << " s = " << QString::number(engineRate, 'f', 0)
              << " deliveries/s; all accepted after " << QString::number(e.acceptSeconds, 'f', 2)
              << " s; " << e.commits << " commits ("
              << QString::number(e.commits ? 4.0 * double(e.attempts) / double(e.commits) : 0, 'f',
                                 1)
              << " rows/commit); CPU " << QString::number(e.cpu * 1e6 / double(e.attempts), 'f', 0)
              << " us per delivery" << Qt::endl;
        printThreadCpu(e.threadCpu, e.attempts);

        if (parser.isSet(QStringLiteral("skip-bare")))
            return 0;
        HeaderList headers = e.sample.headers;
        const double cpuBefore = cpuSeconds();
        const BareLoopResult b =
            runBareLoop(s.url, headers, e.sample.body, s.workers, s.concurrency, s.events, s.h2);
        const double bareCpu = cpuSeconds() - cpuBefore;
        const double bareRate = double(b.answered) / b.seconds;
        out() << "bare QNAM loop: " << b.answered << " requests (" << b.failed << " not 200) in "
              << QString::number(b.seconds, 'f', 2) << " s = " << QString::number(bareRate, 'f', 0)
              << " requests/s; CPU " << QString::number(bareCpu * 1e6 / double(b.answered), 'f', 0)
              << " us per request" << Qt::endl;
        printThreadCpu(b.threadCpu, b.answered);
        out() << "ratio engine/bare: " << QString::number(engineRate / bareRate, 'f', 3)
              << Qt::endl;
    }
    if (s.latencySamples > 0) {
        const LatencyRun l = runLatency(s, dir);
        out() << "== latency, " << l.submitToWireMs.size()
              << " single events to a loopback receiver (HTTP/1.1)" << Qt::endl;
        out() << "accepted -> on the wire: p50 " << ms(percentile(l.acceptedToWireMs, 50))
              << ", p90 " << ms(percentile(l.acceptedToWireMs, 90)) << ", p99 "
              << ms(percentile(l.acceptedToWireMs, 99)) << Qt::endl;
        out() << "submitted -> accepted:   p50 " << ms(percentile(l.submitToAcceptedMs, 50))
              << ", p90 " << ms(percentile(l.submitToAcceptedMs, 90)) << Qt::endl;
        out() << "submitted -> on the wire: p50 " << ms(percentile(l.submitToWireMs, 50))
              << ", p90 " << ms(percentile(l.submitToWireMs, 90)) << Qt::endl;
    }
    return 0;
}
