#pragma once

#include "DeliveryLogFilter.h"

#include "storage/DeliveryRecords.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUuid>

#include <atomic>
#include <optional>

namespace relais {

class Database;

// What a deliveries log export covers: the log's query (webhook, state) and
// its filter (status class, event text), and where it goes.
struct LogExportSpec
{
    QUuid webhookId; // null: every webhook
    std::optional<DeliveryState> state;
    DeliveryLogFilter::StatusClass statusClass = DeliveryLogFilter::StatusClass::Any;
    QString eventText;
    QString fileName;   // JSON when it ends in .json, CSV otherwise
    int pageSize = 500; // rows read by the first query; later pages grow
};

// Writes every delivery the log would show with the same query and filter
// (not only the rows loaded so far) to a file readable by its owner only,
// in a worker thread that reads through its own connection of `db`. The
// rows are read and formatted by a DeliveryLogModel and DeliveryLogFilter
// living in that thread, page after page, so that the file holds the
// columns the log shows. Cancelling stops between two pages and removes
// the partial file. Signals arrive in the thread that created the job.
class LogExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogExportJob)

public:
    LogExportJob(const Database &db, LogExportSpec spec, QObject *parent = nullptr);
    // Cancels a running export and waits for the worker to stop (at most
    // the time of one page).
    ~LogExportJob() override;

    const LogExportSpec &spec() const { return m_spec; }
    void start();
    // Once finished() or failed() was emitted, does nothing.
    void cancel();

Q_SIGNALS:
    void progress(int rowsWritten);
    void finished(int rowsWritten);
    void failed(const QString &error);
    void cancelled();

private:
    enum class Outcome
    {
        Done,
        Failed,
        Cancelled
    };
    void run();                                                     // worker thread
    void conclude(Outcome outcome, int rows, const QString &error); // this thread

    const Database &m_db;
    const LogExportSpec m_spec;
    std::atomic_bool m_cancel{false};
    bool m_concluded = false;
    QThreadPool m_pool; // last: its destructor waits for the worker
};

} // namespace relais
