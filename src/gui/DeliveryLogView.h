#pragma once

#include "storage/DeliveryRecords.h"
#include <QUuid>

#include <QList>
#include <QWidget>

#include <memory>

class QProgressDialog;
class QTimer;

namespace Ui {
class DeliveryLogView;
}

namespace relais {

class Database;
class DatabaseListener;
class DeliveryEngine;
class DeliveryLogFilter;
class DeliveryLogModel;
class LogExportJob;

// The deliveries of the selected webhook (or of all): a table narrowed by
// state, status class and event type, the attempts of the selected delivery
// in full, and Redeliver. Follows the engine's changes and, on a timer,
// those of other processes on the same database.
class DeliveryLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogView)

public:
    explicit DeliveryLogView(QWidget *parent = nullptr);
    ~DeliveryLogView() override;

    // Called once, before anything is shown.
    void setUp(const Database &db, DeliveryEngine &engine);
    // Changes made by other programs arrive as notifications (PostgreSQL):
    // the log follows them instead of reading the database every few seconds.
    void followNotifications(DatabaseListener *listener);
    bool isPolling() const;
    // A null id with "All webhooks" unticked shows nothing.
    void setWebhook(const QUuid &webhookId);
    void setAllWebhooks(bool all);

    DeliveryLogModel *model() const { return m_model; }
    QString currentDeliveryId() const;
    bool selectDelivery(const QString &deliveryId);
    // Rows read by the first query of an export (later ones grow): for tests.
    void setExportPageSize(int rows) { m_exportPageSize = rows; }
    bool isExporting() const { return m_exportJob != nullptr; }

public Q_SLOTS:
    void refresh();
    void redeliver();
    // Asks first, then redelivers every failed or exhausted delivery of the
    // selected webhook from the last 7 days.
    void redeliverFailed();
    // Writes every delivery matching the log's query and filter (not only
    // the rows loaded so far) to a CSV or JSON file (by its suffix), in the
    // background, with a progress dialog that can cancel it.
    void exportShown();
    // Writes the response body of the selected delivery's last answered
    // attempt to a file.
    void saveBody();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyWebhookFilter();
    // The webhook the model is asked for (null: every webhook).
    QUuid queriedWebhookId() const;
    void endExport();
    void showDetail();
    void showAttempt();
    void clearDetail(const QString &title);
    void scheduleRefresh();
    int countFailed(const QDateTime &since, QString *error) const;
    QString webhookName() const;

    const std::unique_ptr<Ui::DeliveryLogView> m_ui;
    const Database *m_db = nullptr;
    DeliveryEngine *m_engine = nullptr;
    DeliveryLogModel *m_model = nullptr;
    DeliveryLogFilter *m_filter = nullptr;
    QTimer *const m_pollTimer;
    QTimer *const m_changeTimer;
    QUuid m_webhookId;
    QString m_shownId;
    QList<StoredAttempt> m_attempts; // of the delivery shown, oldest first
    bool m_columnsSized = false;
    LogExportJob *m_exportJob = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    int m_exportPageSize = 500;
};

} // namespace relais
