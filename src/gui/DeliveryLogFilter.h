#pragma once

#include <QSortFilterProxyModel>

namespace relais {

// Narrows the deliveries log further than the database query does: by the
// class of the last HTTP status and by text in the event type.
class DeliveryLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogFilter)

public:
    enum class StatusClass
    {
        Any,
        Success,
        ClientError,
        ServerError,
        NetworkError
    };

    explicit DeliveryLogFilter(QObject *parent = nullptr);
    ~DeliveryLogFilter() override;

    void setStatusClass(StatusClass statusClass);
    void setEventText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusClass m_statusClass = StatusClass::Any;
    QString m_eventText;
};

} // namespace relais
