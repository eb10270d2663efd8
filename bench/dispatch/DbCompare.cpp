#include "DbCompare.h"

#include "BenchSupport.h"

#include "delivery/DeliveryEngine.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

#include <memory>
#include <vector>

namespace relais::bench {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

const char *const secretKeyVariable = "RELAIS_BENCH_SECRET_KEY";
const char *const secretVariable = "RELAIS_BENCH_SECRET";

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("?");
    return q.value(0).toString();
}

// How durable the backend's commits are, as it reports it.
QString durability(const Database &db, bool postgres)
{
    if (postgres) {
        return QStringLiteral("fsync=") + scalar(db, QStringLiteral("SHOW fsync")) +
               QStringLiteral(", synchronous_commit=") +
               scalar(db, QStringLiteral("SHOW synchronous_commit")) +
               QStringLiteral(", full_page_writes=") +
               scalar(db, QStringLiteral("SHOW full_page_writes")) + QStringLiteral("; ") +
               scalar(db, QStringLiteral("SELECT split_part(version(), ' ', 2)"));
    }
    const QString sync = scalar(db, QStringLiteral("PRAGMA synchronous"));
    const QString syncName = sync == QLatin1String("2")   ? QStringLiteral("FULL")
                             : sync == QLatin1String("1") ? QStringLiteral("NORMAL")
                                                          : sync;
    return QStringLiteral("journal_mode=") + scalar(db, QStringLiteral("PRAGMA journal_mode")) +
           QStringLiteral(", synchronous=") + syncName + QStringLiteral("; SQLite ") +
           scalar(db, QStringLiteral("SELECT sqlite_version()"));
}

struct Row
{
    QString backend;
    int dispatchers = 0;
    double seconds = 0;
    double storedSeconds = 0; // first emit -> every event stored
    qint64 deliveries = 0;
    qint64 succeeded = 0;
    qint64 attempts = 0;
    qint64 distinct = 0; // deliveries with an attempt
    QList<std::pair<QString, qint64>> perDispatcher;
    double emitterCpu = 0;
    double dispatcherCpu = 0;
    QString failure;

    double rate() const { return seconds > 0 ? double(succeeded) / seconds : 0; }
    QString split() const
    {
        QStringList parts;
        for (const auto &[id, count] : perDispatcher)
            parts << id + QLatin1Char(' ') + QString::number(count);
        return parts.join(QStringLiteral(", "));
    }
};

using Children = std::vector<std::unique_ptr<QProcess>>;

// Starts `count` dispatcher processes on `dbUrl`; with `waitReady`, returns
// once each has started its engine. Empty on failure (`error` says why).
Children startDispatchers(const DbCompareSettings &s, const QString &dbUrl, int count,
                          const QString &secretKey, const QByteArray &secret, bool waitReady,
                          QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(secretKeyVariable), secretKey);
    env.insert(QLatin1String(secretVariable), QString::fromLatin1(secret.toBase64()));
    Children children;
    for (int i = 1; i <= count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(s.program);
        p->setArguments(QStringList{QStringLiteral("--child"), dbUrl,
                                    QStringLiteral("--dispatcher-id"),
                                    QStringLiteral("dispatcher-%1").arg(i)} +
                        s.childArgs);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start();
        if (!p->waitForStarted(10000)) {
            *error = QStringLiteral("cannot start ") + s.program + QStringLiteral(": ") +
                     p->errorString();
            return {};
        }
        children.push_back(std::move(p));
    }
    if (!waitReady)
        return children;
    for (const auto &p : children) {
        while (!p->canReadLine() && p->waitForReadyRead(30000)) {
        }
        const QByteArray line = p->readLine().trimmed();
        if (line != "ready") {
            *error = QStringLiteral("a dispatcher did not start (it said \"") +
                     QString::fromUtf8(line) + QStringLiteral("\")");
            return {};
        }
    }
    return children;
}

// Closes their standard input (each stops cleanly) and reaps them.
void stopDispatchers(Children &children)
{
    for (const auto &p : children)
        p->closeWriteChannel();
    for (const auto &p : children) {
        if (!p->waitForFinished(30000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    children.clear();
}

Row runRow(const DbCompareSettings &s, const QString &dbUrl, int dispatchers)
{
    Row row;
    row.dispatchers = dispatchers;
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(dbUrl, &url, &error)) {
        row.failure = error;
        return row;
    }
    const bool postgres = url.kind == DatabaseUrl::Kind::Postgres;
    row.backend = postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    auto db = Database::open(url, &error);
    if (!db) {
        row.failure = error;
        return row;
    }
    out() << "-- " << row.backend << ", " << dispatchers
          << (dispatchers == 1 ? " dispatcher" : " dispatchers") << " ("
          << durability(*db, postgres) << ")" << Qt::endl;
    if (countRows(*db, QStringLiteral("SELECT COUNT(*) FROM deliveries")) != 0) {
        row.failure = QStringLiteral("the database is not empty");
        return row;
    }
    MemorySecretStore secrets;
    Webhook w = signedWebhook(s.receiver.toString(), s.concurrency, secrets);
    if (!WebhookRepository(*db).insert(w, &error)) {
        row.failure = error;
        return row;
    }
    const QString secretKey = w.secrets.first().key;
    const QByteArray secret = secrets.read(secretKey).value;

    // Outlive the emitter, whose callbacks count with them.
    qint64 accepted = 0;
    qint64 refused = 0;
    QElapsedTimer clock;
    // The emitter: a router and its writer, no dispatcher.
    DeliveryEngineOptions emitterOptions = s.engine;
    emitterOptions.dispatcherId = QStringLiteral("bench-emitter");
    DeliveryEngine emitter(*db, secrets, emitterOptions);
    QList<Event> events;
    events.reserve(s.events);
    for (qint64 i = 0; i < s.events; ++i)
        events << sampleEvent(int(i));

    Children children;
    if (!s.emitFirst) {
        children =
            startDispatchers(s, url.toString(), dispatchers, secretKey, secret, true, &error);
        if (children.empty()) {
            row.failure = error;
            return row;
        }
    }
    const double cpuBefore = cpuSeconds();
    const double childCpuBefore = cpuSeconds(CpuOf::Children);
    clock.start();
    for (const Event &event : std::as_const(events)) {
        emitter.sink().submit(event, [&](const SubmitResult &r) {
            (r.accepted ? accepted : refused) += 1;
            if (accepted + refused == s.events)
                row.storedSeconds = double(clock.nsecsElapsed()) / 1e9;
        });
    }
    if (s.emitFirst) {
        while (accepted + refused < s.events && clock.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        emitter.flush(std::chrono::seconds(60));
        clock.restart(); // dispatch only, from the start of the processes
        children =
            startDispatchers(s, url.toString(), dispatchers, secretKey, secret, false, &error);
        if (children.empty()) {
            row.failure = error;
            return row;
        }
    }

    const qint64 deadlineMs = 120000 + s.events * 10;
    QElapsedTimer sincePoll;
    sincePoll.start();
    bool done = false;
    while (!done && clock.elapsed() < deadlineMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (sincePoll.elapsed() < 20) {
            QThread::msleep(2);
            continue;
        }
        sincePoll.restart();
        const qint64 ok = countRows(
            *db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'"));
        done = ok >= s.events &&
               countRows(*db, QStringLiteral("SELECT COUNT(*) FROM attempts")) >= s.events;
    }
    row.seconds = double(clock.nsecsElapsed()) / 1e9;
    row.emitterCpu = cpuSeconds() - cpuBefore;
    QElapsedTimer settle; // every stored event has called back by now, or soon
    settle.start();
    while (accepted + refused < s.events && settle.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    stopDispatchers(children);
    row.dispatcherCpu = cpuSeconds(CpuOf::Children) - childCpuBefore;
    emitter.flush(std::chrono::seconds(10));

    row.deliveries = countRows(*db, QStringLiteral("SELECT COUNT(*) FROM deliveries"));
    row.succeeded =
        countRows(*db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'succeeded'"));
    row.attempts = countRows(*db, QStringLiteral("SELECT COUNT(*) FROM attempts"));
    row.distinct =
        countRows(*db, QStringLiteral("SELECT COUNT(DISTINCT delivery_id) FROM attempts"));
    QSqlQuery q(db->connection());
    if (q.exec(
            QStringLiteral("SELECT dispatcher_id, COUNT(*) FROM attempts GROUP BY 1 ORDER BY 1"))) {
        while (q.next())
            row.perDispatcher << std::pair{q.value(0).toString(), q.value(1).toLongLong()};
    }
    if (!done) {
        row.failure = QStringLiteral("timed out after %1 s").arg(row.seconds, 0, 'f', 1);
    } else if (refused != 0 || row.deliveries != s.events || row.succeeded != s.events ||
               row.attempts != s.events || row.distinct != s.events) {
        row.failure = QStringLiteral("not exactly once: %1 events, %2 refused, %3 deliveries "
                                     "(%4 succeeded), %5 attempts for %6 distinct deliveries")
                          .arg(s.events)
                          .arg(refused)
                          .arg(row.deliveries)
                          .arg(row.succeeded)
                          .arg(row.attempts)
                          .arg(row.distinct);
    }
    return row;
}

void printRow(const Row &row, bool emitFirst)
{
    if (row.seconds > 0) {
        out() << "   " << row.succeeded << " deliveries succeeded, " << row.attempts
              << " attempts in " << QString::number(row.seconds, 'f', 2)
              << " s = " << QString::number(row.rate(), 'f', 0) << " deliveries/s";
        if (!emitFirst)
            out() << "; every event stored after " << QString::number(row.storedSeconds, 'f', 2)
                  << " s";
        out() << Qt::endl;
        out() << "   attempts per dispatcher: " << row.split() << Qt::endl;
        out() << "   CPU: emitter " << QString::number(row.emitterCpu, 'f', 1) << " s, dispatchers "
              << QString::number(row.dispatcherCpu, 'f', 1) << " s (database server not counted)"
              << Qt::endl;
    }
    if (row.failure.isEmpty())
        out() << "   exactly once: ok (" << row.attempts << " attempts = " << row.distinct
              << " deliveries)" << Qt::endl;
    else
        out() << "!!! FAIL: " << row.backend << " x" << row.dispatchers << ": " << row.failure
              << Qt::endl;
}

} // namespace

int runDbCompare(const DbCompareSettings &s)
{
    out() << "== databases: " << s.events << " events per row to " << s.receiver.toString()
          << "; each dispatcher is a separate process (" << s.engine.workerCount << " workers, "
          << s.concurrency << " in flight, claims of " << s.engine.claimBatchSize << ")"
          << Qt::endl;
    if (s.emitFirst)
        out() << "   every event is stored first, then the dispatchers start: timed from their "
                 "start until every delivery succeeded with its attempt committed (pure dispatch)"
              << Qt::endl;
    else
        out() << "   the dispatchers run first, then this process emits while they deliver: "
                 "timed from the first emit until every delivery succeeded with its attempt "
                 "committed (end to end)"
              << Qt::endl;

    QTemporaryDir dir;
    QList<std::pair<QString, int>> plan;
    plan << std::pair{QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("compare.db")), 1};
    for (qsizetype i = 0; i < s.pgUrls.size(); ++i)
        plan << std::pair{s.pgUrls.at(i), s.dispatchers.at(i)};

    QList<Row> rows;
    for (const auto &[dbUrl, dispatchers] : std::as_const(plan)) {
        rows << runRow(s, dbUrl, dispatchers);
        printRow(rows.last(), s.emitFirst);
    }

    out() << "== summary: durable, signed deliveries/s ("
          << (s.emitFirst ? "pure dispatch" : "end to end") << ")" << Qt::endl;
    out() << QStringLiteral("backend").leftJustified(12)
          << QStringLiteral("dispatchers").leftJustified(13)
          << QStringLiteral("deliveries/s").rightJustified(12)
          << QStringLiteral("vs SQLite").rightJustified(11) << "  attempts per dispatcher"
          << Qt::endl;
    const double sqliteRate = rows.first().rate();
    bool allOk = true;
    for (const Row &row : std::as_const(rows)) {
        allOk = allOk && row.failure.isEmpty();
        out() << row.backend.leftJustified(12) << QString::number(row.dispatchers).leftJustified(13)
              << QString::number(row.rate(), 'f', 0).rightJustified(12)
              << (sqliteRate > 0 ? QString::number(row.rate() / sqliteRate, 'f', 2)
                                 : QStringLiteral("-"))
                     .rightJustified(11)
              << "  " << (row.failure.isEmpty() ? row.split() : QStringLiteral("FAIL")) << Qt::endl;
    }
    if (!allOk)
        out() << "!!! FAIL: at least one row did not deliver every event exactly once" << Qt::endl;
    return allOk ? 0 : 1;
}

int runDispatcherChild(const QString &dbUrl, DeliveryEngineOptions options)
{
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(dbUrl, &url, &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const auto db = Database::open(url, &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    MemorySecretStore secrets;
    const QString key = qEnvironmentVariable(secretKeyVariable);
    if (!key.isEmpty())
        secrets.write(key, QByteArray::fromBase64(qgetenv(secretVariable)));
    // SQLite has no notifications: other processes' work is found by polling.
    options.pollInterval = std::chrono::milliseconds(100);
    DeliveryEngine engine(*db, secrets, options);
    engine.start();
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    QTextStream(stdout) << "ready" << Qt::endl;
    QCoreApplication::exec();
    engine.stop();
    return 0;
}

} // namespace relais::bench
