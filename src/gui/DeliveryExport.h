#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QFile;
class QIODevice;

namespace relais {

// Writes the rows a deliveries log shows (a DeliveryLogModel, or a proxy of
// one) as CSV or JSON: time, webhook, event type, state, HTTP status,
// attempts, duration and delivery id. No widget involved.
class DeliveryExport final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryExport)

public:
    enum class Format
    {
        Csv,
        Json
    };

    // One exported row, as the log shows it.
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

    // Writes rows one at a time to a device, in either format: what the
    // whole-model functions below and the background export (LogExportJob)
    // share, so both produce the same bytes.
    class Writer final
    {
    public:
        Writer(QIODevice *device, Format format)
            : m_device(device)
            , m_format(format)
        {}
        bool begin();
        bool add(const Row &row);
        bool finish();
        int rows() const { return m_rows; }

    private:
        bool put(const QByteArray &data);

        QIODevice *const m_device;
        const Format m_format;
        int m_rows = 0;
    };

    // Row `row` of a DeliveryLogModel or of a proxy of one.
    static Row rowAt(const QAbstractItemModel &model, int row);
    // JSON when the name ends in .json, CSV otherwise.
    static Format formatOf(const QString &fileName);

    static QByteArray toCsv(const QAbstractItemModel &model);
    static QByteArray toJson(const QAbstractItemModel &model);
    // JSON when the name ends in .json, CSV otherwise. The file is readable
    // and writable by its owner only. Returns the number of rows written,
    // or -1 with `error` set.
    static int write(const QAbstractItemModel &model, const QString &fileName, QString *error);

    // Writes `data` to a file readable and writable by its owner only.
    static bool writeOwnerOnly(const QString &fileName, const QByteArray &data, QString *error);
    // Opens `file` for writing (truncated), readable and writable by its
    // owner only, an existing file being narrowed first.
    static bool openOwnerOnly(QFile &file, QString *error);

    // One CSV field, quoted when it has to be (RFC 4180).
    static QString csvField(const QString &value);
};

} // namespace relais
