#include "BareLoop.h"

#include "BenchSupport.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSemaphore>
#include <QThread>

#include <memory>
#include <vector>

namespace relais::bench {

namespace {

class LoopWorker final : public QObject
{
public:
    LoopWorker(const QNetworkRequest &request, const QByteArray &body, int inFlight,
               QAtomicInteger<qint64> &budget, QAtomicInteger<qint64> &failed, QSemaphore &done)
        : m_request(request)
        , m_body(body)
        , m_inFlight(inFlight)
        , m_budget(budget)
        , m_failed(failed)
        , m_done(done)
    {}

    void finish() { m_manager.reset(); }

    void run()
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setAutoDeleteReplies(true);
        int started = 0;
        for (int i = 0; i < m_inFlight; ++i)
            started += sendOne() ? 1 : 0;
        if (started == 0)
            m_done.release();
    }

private:
    bool sendOne()
    {
        if (m_budget.fetchAndSubAcquire(1) <= 0)
            return false;
        ++m_open;
        QNetworkReply *reply = m_manager->post(m_request, m_body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                m_failed.fetchAndAddRelaxed(1);
            --m_open;
            if (!sendOne() && m_open == 0) {
                m_done.release(); // the manager (and its thread) live on until finish()
            }
        });
        return true;
    }

    QNetworkRequest m_request;
    QByteArray m_body;
    int m_inFlight;
    QAtomicInteger<qint64> &m_budget;
    QAtomicInteger<qint64> &m_failed;
    QSemaphore &m_done;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_open = 0;
};

} // namespace

BareLoopResult runBareLoop(const QUrl &url, const HeaderList &headers, const QByteArray &body,
                           int threads, int concurrency, qint64 total, bool http2Direct)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (http2Direct)
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QAtomicInteger<qint64> budget(total);
    QAtomicInteger<qint64> failed(0);
    QSemaphore done;
    std::vector<std::unique_ptr<QThread>> pool;
    std::vector<std::unique_ptr<LoopWorker>> workers;
    for (int i = 0; i < threads; ++i) {
        const int share = concurrency / threads + (i < concurrency % threads ? 1 : 0);
        workers.push_back(
            std::make_unique<LoopWorker>(request, body, qMax(1, share), budget, failed, done));
        pool.push_back(std::make_unique<QThread>());
        workers.back()->moveToThread(pool.back().get());
        pool.back()->start();
    }
    const QMap<QString, double> threadsBefore = threadCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (auto &w : workers)
        QMetaObject::invokeMethod(w.get(), [worker = w.get()] { worker->run(); });
    done.acquire(threads);
    BareLoopResult r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.answered = total;
    r.failed = failed.loadRelaxed();
    // Before the threads end, while /proc still lists them.
    r.threadCpu = threadCpuSeconds();
    for (auto it = r.threadCpu.begin(); it != r.threadCpu.end(); ++it)
        it.value() -= threadsBefore.value(it.key());
    for (auto &w : workers)
        QMetaObject::invokeMethod(
            w.get(), [worker = w.get()] { worker->finish(); }, Qt::BlockingQueuedConnection);
    for (auto &t : pool) {
        t->quit();
        t->wait();
    }
    return r;
}

} // namespace relais::bench
