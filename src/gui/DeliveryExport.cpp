#include "DeliveryExport.h"

#include "DeliveryLogModel.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

struct Row
{
    QString time;
    QString webhook;
    QString eventType;
    QString state;
    QString status;
    QString attempts;
    QString duration;
    QString id;
};

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QList<Row> rowsOf(const QAbstractItemModel &model)
{
    QList<Row> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex first = model.index(r, 0);
        Row row;
        // The tooltip holds the full date; the cell may show only the time.
        row.time = first.data(Qt::ToolTipRole).toString();
        if (row.time.isEmpty())
            row.time = first.data().toString();
        row.webhook = text(model, r, DeliveryLogModel::WebhookColumn);
        row.eventType = text(model, r, DeliveryLogModel::EventColumn);
        row.state = text(model, r, DeliveryLogModel::StateColumn);
        row.status = text(model, r, DeliveryLogModel::StatusColumn);
        row.attempts = text(model, r, DeliveryLogModel::AttemptsColumn);
        row.duration = text(model, r, DeliveryLogModel::DurationColumn);
        row.id = first.data(DeliveryLogModel::DeliveryIdRole).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace

QString DeliveryExport::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray DeliveryExport::toCsv(const QAbstractItemModel &model)
{
    QString out =
        QStringLiteral("time,webhook,event_type,state,http_status,attempts,duration,id\r\n");
    for (const Row &r : rowsOf(model)) {
        const QStringList fields = {r.time,   r.webhook,  r.eventType, r.state,
                                    r.status, r.attempts, r.duration,  r.id};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray DeliveryExport::toJson(const QAbstractItemModel &model)
{
    QJsonArray array;
    for (const Row &r : rowsOf(model)) {
        array.append(QJsonObject{{QStringLiteral("time"), r.time},
                                 {QStringLiteral("webhook"), r.webhook},
                                 {QStringLiteral("event_type"), r.eventType},
                                 {QStringLiteral("state"), r.state},
                                 {QStringLiteral("http_status"), r.status},
                                 {QStringLiteral("attempts"), r.attempts},
                                 {QStringLiteral("duration"), r.duration},
                                 {QStringLiteral("id"), r.id}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool DeliveryExport::writeOwnerOnly(const QString &fileName, const QByteArray &data, QString *error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(fileName);
    // Created owner-only; an existing file is narrowed before it is written.
    if (file.exists() && !file.setPermissions(ownerOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
        file.write(data) != data.size() || !file.setPermissions(ownerOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    return true;
}

int DeliveryExport::write(const QAbstractItemModel &model, const QString &fileName, QString *error)
{
    const bool json = fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (!writeOwnerOnly(fileName, json ? toJson(model) : toCsv(model), error))
        return -1;
    return model.rowCount();
}

} // namespace relais
