#include "InboxRequestModel.h"

#include "delivery/InboxVerdict.h"

#include <QBrush>
#include <QColor>

namespace relais {

InboxRequestModel::InboxRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InboxRequestModel::setRequests(QList<InboxRequest> requests)
{
    beginResetModel();
    m_rows = std::move(requests);
    if (m_rows.size() > kMaxRows)
        m_rows.resize(kMaxRows);
    endResetModel();
}

void InboxRequestModel::prepend(const InboxRequest &request)
{
    if (rowOf(request.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(request);
    endInsertRows();
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

int InboxRequestModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int InboxRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InboxRequest &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == VerdictRole)
        return r.verdict;
    const bool valid = InboxVerdict::isValid(r.verdict);
    const bool problem = InboxVerdict::isProblem(r.verdict);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case MethodColumn:
            return r.method;
        case PathColumn:
            return r.path;
        case StatusColumn:
            return r.answeredStatus;
        case SignatureColumn:
            return QString((valid     ? QStringLiteral("✓ ")
                            : problem ? QStringLiteral("✗ ")
                                      : QString()) +
                           InboxVerdict::label(r.verdict));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SignatureColumn)
            return r.verdictDetail;
        if (index.column() == TimeColumn)
            return r.receivedAt.toLocalTime().toString(Qt::ISODateWithMs);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn && (valid || problem))
            return QBrush(valid ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x1c, 0x28));
        if (index.column() == StatusColumn && (r.answeredStatus < 200 || r.answeredStatus >= 300))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant InboxRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case SignatureColumn:
        return tr("Signature");
    default:
        return {};
    }
}

} // namespace relais
