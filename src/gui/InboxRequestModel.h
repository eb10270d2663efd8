#pragma once

#include "storage/InboxRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais {

// The requests one inbox received, newest first: time, method, path, the
// status answered and the signature verdict (✓/✗, coloured, the reason as
// tooltip).
class InboxRequestModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxRequestModel)

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        SignatureColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int VerdictRole = Qt::UserRole + 2; // the stored key ("valid", …)
    // Rows kept at once; older ones fall off the end as new ones arrive.
    static constexpr int kMaxRows = 500;

    explicit InboxRequestModel(QObject *parent = nullptr);

    void setRequests(QList<InboxRequest> requests);
    // A new request at the top.
    void prepend(const InboxRequest &request);
    const InboxRequest &requestAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InboxRequest> m_rows;
};

} // namespace relais
