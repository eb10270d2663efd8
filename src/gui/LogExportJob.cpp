#include "LogExportJob.h"

#include "DeliveryExport.h"
#include "DeliveryLogModel.h"

#include <QFile>

namespace relais {

namespace {

constexpr int kMaxPageSize = 20000;

// Whether `s` comes after the delivery (createdAt, id) in the log's order
// (newest first, then by id, descending).
bool isAfter(const DeliverySummary &s, const QDateTime &createdAt, const QString &id)
{
    const QDateTime &at = s.delivery.createdAt;
    return at < createdAt || (at == createdAt && s.delivery.id < id);
}

} // namespace

LogExportJob::LogExportJob(const Database &db, LogExportSpec spec, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_spec(std::move(spec))
{
    m_pool.setMaxThreadCount(1);
}

LogExportJob::~LogExportJob()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void LogExportJob::start()
{
    m_pool.start([this] { run(); });
}

void LogExportJob::cancel()
{
    if (m_concluded)
        return;
    // The worker stops at its next page; should it finish first, the file
    // is removed all the same when its result arrives here.
    m_cancel = true;
}

void LogExportJob::conclude(Outcome outcome, int rows, const QString &error)
{
    if (m_concluded)
        return;
    m_concluded = true;
    if (outcome != Outcome::Done || m_cancel) {
        QFile::remove(m_spec.fileName);
        if (outcome == Outcome::Failed)
            Q_EMIT failed(error);
        else
            Q_EMIT cancelled();
        return;
    }
    Q_EMIT finished(rows);
}

void LogExportJob::run()
{
    const auto report = [this](Outcome outcome, int rows, const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, outcome, rows, error] { conclude(outcome, rows, error); },
            Qt::QueuedConnection);
    };
    if (m_cancel)
        return report(Outcome::Cancelled, 0, QString());

    QFile file(m_spec.fileName);
    QString error;
    if (!DeliveryExport::openOwnerOnly(file, &error))
        return report(Outcome::Failed, 0, error);
    DeliveryExport::Writer writer(&file, DeliveryExport::formatOf(m_spec.fileName));

    // The same model and filter as the log, in this thread: the model reads
    // through this thread's connection.
    int pageSize = qBound(1, m_spec.pageSize, kMaxPageSize);
    DeliveryLogModel model(m_db);
    model.setPageSize(pageSize);
    model.setState(m_spec.state);
    model.setWebhook(m_spec.webhookId);
    DeliveryLogFilter filter;
    filter.setSourceModel(&model);
    filter.setStatusClass(m_spec.statusClass);
    filter.setEventText(m_spec.eventText);
    bool reset = false;
    connect(&model, &QAbstractItemModel::modelReset, &model, [&reset] { reset = true; });

    int next = 0; // the first row of `filter` not written yet
    QDateTime lastAt;
    QString lastId;
    bool ok = writer.begin();
    while (ok) {
        if (!model.lastError().isEmpty()) {
            error = model.lastError();
            break;
        }
        if (reset) {
            // Newer deliveries shifted the pages: go on after the last one
            // written.
            reset = false;
            next = 0;
            while (!lastId.isEmpty() && next < filter.rowCount()) {
                const DeliverySummary *s =
                    model.summaryAt(filter.mapToSource(filter.index(next, 0)).row());
                if (s && isAfter(*s, lastAt, lastId))
                    break;
                ++next;
            }
        }
        for (; ok && next < filter.rowCount(); ++next) {
            ok = writer.add(DeliveryExport::rowAt(filter, next));
            if (const DeliverySummary *s =
                    model.summaryAt(filter.mapToSource(filter.index(next, 0)).row())) {
                lastAt = s->delivery.createdAt;
                lastId = s->delivery.id;
            }
        }
        if (!ok)
            break;
        QMetaObject::invokeMethod(
            this, [this, rows = writer.rows()] { Q_EMIT progress(rows); }, Qt::QueuedConnection);
        if (m_cancel || !model.canFetchMore({}))
            break;
        // Each page reads again the ones before it (the log's query has no
        // offset): growing pages keep the total linear.
        model.fetchMore({});
        pageSize = qMin(pageSize * 2, kMaxPageSize);
        model.setPageSize(pageSize);
    }
    if (ok && error.isEmpty())
        ok = writer.finish();
    if (!ok && error.isEmpty())
        error = file.errorString();
    file.close();
    if (!error.isEmpty())
        return report(Outcome::Failed, writer.rows(), error);
    report(m_cancel ? Outcome::Cancelled : Outcome::Done, writer.rows(), QString());
}

} // namespace relais
