#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace relais {

// Writes the rows a deliveries log shows (a DeliveryLogModel, or a proxy of
// one) as CSV or JSON: time, webhook, event type, state, HTTP status,
// attempts, duration and delivery id. No widget involved.
class DeliveryExport final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryExport)

public:
    static QByteArray toCsv(const QAbstractItemModel &model);
    static QByteArray toJson(const QAbstractItemModel &model);
    // JSON when the name ends in .json, CSV otherwise. The file is readable
    // and writable by its owner only. Returns the number of rows written,
    // or -1 with `error` set.
    static int write(const QAbstractItemModel &model, const QString &fileName, QString *error);

    // Writes `data` to a file readable and writable by its owner only.
    static bool writeOwnerOnly(const QString &fileName, const QByteArray &data, QString *error);

    // One CSV field, quoted when it has to be (RFC 4180).
    static QString csvField(const QString &value);
};

} // namespace relais
