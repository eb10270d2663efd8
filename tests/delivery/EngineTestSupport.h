#pragma once

// What the delivery engine's tests share: a temporary database, webhooks
// pointing at a loopback server, events, and fast engine options.

#include "delivery/DeliveryEngine.h"
#include "delivery/Router.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace relais::test {

inline std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir)
{
    QString error;
    auto db = Database::open(testDatabaseUrl(dir), &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

// Starts engine_child (a stand-in for `relaisctl serve`, built beside the
// tests) on `dbUrl` with a 1.5 s lease and waits until it runs.
inline bool startEngineChild(QProcess &child, const QString &dbUrl, const QString &dispatcherId)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/engine_child"),
                {dbUrl, dispatcherId, QStringLiteral("1500")});
    if (!child.waitForStarted(30000))
        return false;
    return child.waitForReadyRead(30000) && child.readLine().trimmed() == "ready";
}

inline Webhook webhookFor(const QString &url, const QString &name = QStringLiteral("Receiver"))
{
    Webhook w;
    w.name = name;
    w.url = url;
    w.eventPatterns = {QStringLiteral("*")};
    w.retrySchedule = {0, 1};
    w.timeoutMs = 5000;
    return w;
}

inline bool insertWebhook(const Database &db, Webhook &w)
{
    QString error;
    if (!WebhookRepository(db).insert(w, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

inline Event eventOf(const QString &type, const QJsonObject &data = {},
                     const QString &id = QString())
{
    Event e;
    e.id = id;
    e.type = type;
    e.resource = QStringLiteral("Sales Order");
    e.data = data.isEmpty() ? QJsonObject{{QStringLiteral("name"), QStringLiteral("SO-1")}} : data;
    e.source = QStringLiteral("test");
    return e;
}

// Options that keep tests quick: short polls, no jitter, one worker.
inline DeliveryEngineOptions fastOptions(const QString &dispatcherId = QStringLiteral("test-1"))
{
    DeliveryEngineOptions o;
    o.dispatcherId = dispatcherId;
    o.workerCount = 1;
    o.pollInterval = std::chrono::milliseconds(100);
    o.retryJitter = 0;
    o.stopTimeout = std::chrono::milliseconds(3000);
    o.secretRetryDelay = std::chrono::milliseconds(300);
    return o;
}

// Submits and waits (bounded) for the answer.
inline std::optional<SubmitResult> submitAndWait(EventSink &sink, const Event &e)
{
    std::optional<SubmitResult> result;
    sink.submit(e, [&result](const SubmitResult &r) { result = r; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < 30000)
        QTest::qWait(5);
    return result;
}

inline QList<DeliverySummary> deliveriesOf(const Database &db, const QUuid &webhook = QUuid())
{
    DeliveryFilter f;
    f.webhookId = webhook;
    f.limit = 100000;
    QString error;
    const QList<DeliverySummary> rows = DeliveryRepository(db).list(f, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return rows;
}

inline std::optional<DeliveryDetail> detailOf(const Database &db, const QString &id)
{
    QString error;
    return DeliveryRepository(db).find(id, &error);
}

inline DeliveryState stateOf(const Database &db, const QString &id)
{
    const auto d = detailOf(db, id);
    return d ? d->summary.delivery.state : DeliveryState::Cancelled;
}

} // namespace relais::test
