#pragma once

#include "storage/DeliveryRecords.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace relais {

class Database;

// The deliveries log, newest first: one row per delivery of one webhook (or
// of all), read from the database a page at a time as the view scrolls.
class DeliveryLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogModel)

public:
    enum Column
    {
        TimeColumn,
        WebhookColumn,
        EventColumn,
        StateColumn,
        StatusColumn,
        AttemptsColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1,
        StateRole,
        StatusRole,
        EventTypeRole
    };

    explicit DeliveryLogModel(const Database &db, QObject *parent = nullptr);
    ~DeliveryLogModel() override;

    // A null id: every webhook.
    void setWebhook(const QUuid &webhookId);
    void setState(std::optional<DeliveryState> state);
    void setPageSize(int rows) { m_pageSize = rows; }
    // Reads again the rows loaded so far (and any newer ones).
    void refresh();

    const DeliverySummary *summaryAt(int row) const;
    int rowOf(const QString &deliveryId) const;
    // Why the last query failed; empty when it did not.
    QString lastError() const { return m_error; }

    static QString stateName(DeliveryState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    std::optional<QList<DeliverySummary>> query(int limit);
    void reload();

    const Database &m_db;
    QUuid m_webhookId;
    std::optional<DeliveryState> m_state;
    int m_pageSize = 100;
    int m_limit = 0;
    bool m_mayHaveMore = false;
    QList<DeliverySummary> m_rows;
    QString m_error;
};

} // namespace relais
