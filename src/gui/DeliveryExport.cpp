#include "DeliveryExport.h"

#include "DeliveryLogModel.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QByteArray exportAll(const QAbstractItemModel &model, DeliveryExport::Format format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    DeliveryExport::Writer writer(&buffer, format);
    writer.begin();
    for (int r = 0; r < model.rowCount(); ++r)
        writer.add(DeliveryExport::rowAt(model, r));
    writer.finish();
    return out;
}

// An element of an indented JSON array, as QJsonDocument writes it: each
// line of the object indented by one more level, no final newline.
QByteArray indentedJson(const QJsonObject &object)
{
    const QByteArray doc = QJsonDocument(object).toJson(QJsonDocument::Indented).chopped(1);
    QByteArray out;
    out.reserve(doc.size() + 64);
    for (const QByteArray &line : doc.split('\n')) {
        if (!out.isEmpty())
            out += '\n';
        out += QByteArrayLiteral("    ");
        out += line;
    }
    return out;
}

} // namespace

DeliveryExport::Row DeliveryExport::rowAt(const QAbstractItemModel &model, int r)
{
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
    return row;
}

DeliveryExport::Format DeliveryExport::formatOf(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? Format::Json
                                                                           : Format::Csv;
}

bool DeliveryExport::Writer::put(const QByteArray &data)
{
    return m_device->write(data) == data.size();
}

bool DeliveryExport::Writer::begin()
{
    if (m_format == Format::Json)
        return put(QByteArrayLiteral("[\n"));
    return put(
        QByteArrayLiteral("time,webhook,event_type,state,http_status,attempts,duration,id\r\n"));
}

bool DeliveryExport::Writer::add(const Row &r)
{
    QByteArray data;
    if (m_format == Format::Json) {
        const QJsonObject object{{QStringLiteral("time"), r.time},
                                 {QStringLiteral("webhook"), r.webhook},
                                 {QStringLiteral("event_type"), r.eventType},
                                 {QStringLiteral("state"), r.state},
                                 {QStringLiteral("http_status"), r.status},
                                 {QStringLiteral("attempts"), r.attempts},
                                 {QStringLiteral("duration"), r.duration},
                                 {QStringLiteral("id"), r.id}};
        if (m_rows > 0)
            data = QByteArrayLiteral(",\n");
        data += indentedJson(object);
    } else {
        const QStringList fields = {r.time,   r.webhook,  r.eventType, r.state,
                                    r.status, r.attempts, r.duration,  r.id};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        const QString line = quoted.join(u',') + QStringLiteral("\r\n");
        data = line.toUtf8();
    }
    if (!put(data))
        return false;
    ++m_rows;
    return true;
}

bool DeliveryExport::Writer::finish()
{
    if (m_format == Format::Json)
        return put(m_rows > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n"));
    return true;
}

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
    return exportAll(model, Format::Csv);
}

QByteArray DeliveryExport::toJson(const QAbstractItemModel &model)
{
    return exportAll(model, Format::Json);
}

bool DeliveryExport::openOwnerOnly(QFile &file, QString *error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created owner-only; an existing file is narrowed before it is written.
    if ((file.exists() && !file.setPermissions(ownerOnly)) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
        !file.setPermissions(ownerOnly)) {
        if (error)
            *error = file.errorString();
        file.close();
        return false;
    }
    return true;
}

bool DeliveryExport::writeOwnerOnly(const QString &fileName, const QByteArray &data, QString *error)
{
    QFile file(fileName);
    if (!openOwnerOnly(file, error))
        return false;
    if (file.write(data) != data.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    return true;
}

int DeliveryExport::write(const QAbstractItemModel &model, const QString &fileName, QString *error)
{
    const bool json = formatOf(fileName) == Format::Json;
    if (!writeOwnerOnly(fileName, json ? toJson(model) : toCsv(model), error))
        return -1;
    return model.rowCount();
}

} // namespace relais
