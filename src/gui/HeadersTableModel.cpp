#include "HeadersTableModel.h"

#include "WebhookText.h"

#include "core/HttpRules.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace relais {

HeadersTableModel::HeadersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HeadersTableModel::~HeadersTableModel() = default;

void HeadersTableModel::setHeaders(const QList<WebhookHeader> &headers, bool storedSecrets)
{
    beginResetModel();
    m_headers = headers;
    m_storedSecretNames.clear();
    for (WebhookHeader &h : m_headers) {
        if (!h.secret)
            continue;
        if (storedSecrets)
            m_storedSecretNames.insert(h.name.trimmed().toLower());
        h.value.clear(); // never kept here, whatever the caller passed
    }
    endResetModel();
}

void HeadersTableModel::addHeader()
{
    const int row = int(m_headers.size());
    beginInsertRows({}, row, row);
    m_headers.append(WebhookHeader{});
    endInsertRows();
}

void HeadersTableModel::removeHeader(int row)
{
    if (row < 0 || row >= m_headers.size())
        return;
    beginRemoveRows({}, row, row);
    m_headers.removeAt(row);
    endRemoveRows();
    // Duplicates may have gone away.
    if (!m_headers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_headers.size()) - 1, ColumnCount - 1));
}

bool HeadersTableModel::isStoredSecret(int row) const
{
    const WebhookHeader &h = m_headers.at(row);
    return h.secret && h.value.isEmpty() &&
           m_storedSecretNames.contains(h.name.trimmed().toLower());
}

QString HeadersTableModel::missingValueProblem(int row) const
{
    const WebhookHeader &h = m_headers.at(row);
    if (!h.value.isEmpty() || h.name.trimmed().isEmpty())
        return {};
    const bool stored = m_storedSecretNames.contains(h.name.trimmed().toLower());
    if (h.secret && !stored)
        return tr("Enter the value of the secret header “%1”.").arg(h.name.trimmed());
    if (!h.secret && stored)
        return tr("“%1” is no longer secret: enter its value again, the stored one stays "
                  "hidden.")
            .arg(h.name.trimmed());
    return {};
}

QStringList HeadersTableModel::problems(int row) const
{
    QStringList problems;
    const WebhookHeader &h = m_headers.at(row);
    if (const QString p = HttpRules::headerNameProblem(h.name); !p.isEmpty())
        problems << p;
    for (int other = 0; other < row; ++other) {
        if (m_headers.at(other).name.trimmed().compare(h.name.trimmed(), Qt::CaseInsensitive) ==
                0 &&
            !h.name.trimmed().isEmpty()) {
            problems << tr("Header “%1” is listed twice.").arg(h.name.trimmed());
            break;
        }
    }
    if (const QString p = HttpRules::headerValueProblem(h.value); !p.isEmpty())
        problems << p;
    if (const QString p = missingValueProblem(row); !p.isEmpty())
        problems << p;
    return problems;
}

FieldErrors HeadersTableModel::extraProblems() const
{
    FieldErrors errors;
    for (int row = 0; row < m_headers.size(); ++row) {
        if (const QString p = missingValueProblem(row); !p.isEmpty())
            errors.append({QStringLiteral("headers"), p});
    }
    return errors;
}

int HeadersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeadersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return {};
    const WebhookHeader &h = m_headers.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return h.name;
        if (role == Qt::DecorationRole && !problems(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole) {
            const QStringList p = problems(index.row());
            return p.isEmpty() ? QVariant() : QVariant(p.join(u'\n'));
        }
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (!h.secret)
                return h.value;
            if (isStoredSecret(index.row()))
                return tr("%1 in the keychain").arg(WebhookText::secretPlaceholder());
            return h.value.isEmpty() ? QString() : QString(8, QChar(0x2022));
        }
        if (role == Qt::EditRole)
            return h.value;
        if (role == Qt::ForegroundRole && isStoredSecret(index.row()))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        if (role == Qt::ToolTipRole && h.secret)
            return isStoredSecret(index.row())
                       ? tr("The value is kept in the keychain. Type a new one to replace it.")
                       : tr("Secret: kept in the keychain, never shown or logged.");
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return h.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Keep the value in the keychain and hide it everywhere");
        if (role == Qt::AccessibleTextRole)
            return h.secret ? tr("Secret") : tr("Not secret");
        break;
    default:
        break;
    }
    return {};
}

bool HeadersTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return false;
    WebhookHeader &h = m_headers[index.row()];
    if (index.column() == NameColumn && role == Qt::EditRole) {
        h.name = value.toString().trimmed();
    } else if (index.column() == ValueColumn && role == Qt::EditRole) {
        // An untouched editor on a stored secret returns "": nothing changes.
        h.value = value.toString();
    } else if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        h.secret = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    rowChanged(index.row());
    return true;
}

void HeadersTableModel::rowChanged(int)
{
    // A name change can create or resolve a duplicate elsewhere.
    Q_EMIT dataChanged(index(0, 0), index(int(m_headers.size()) - 1, ColumnCount - 1));
}

QVariant HeadersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

Qt::ItemFlags HeadersTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == SecretColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace relais
