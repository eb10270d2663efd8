#include "DatabaseCopy.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <list>

namespace relais {

namespace {

struct TableInfo
{
    QLatin1StringView name;
    QLatin1StringView key; // the primary key, one column: the order of the pages
    bool identity = false; // `key` is an identity column ({autoid})
};

// In the order foreign keys need: a row's parents are copied before it.
constexpr TableInfo kTables[] = {
    {QLatin1StringView("webhooks"), QLatin1StringView("id")},
    {QLatin1StringView("webhook_health"), QLatin1StringView("webhook_id")},
    {QLatin1StringView("custom_event_types"), QLatin1StringView("type")},
    {QLatin1StringView("events"), QLatin1StringView("id")},
    {QLatin1StringView("deliveries"), QLatin1StringView("id")},
    {QLatin1StringView("attempts"), QLatin1StringView("id"), true},
    {QLatin1StringView("inboxes"), QLatin1StringView("name")},
    {QLatin1StringView("inbox_requests"), QLatin1StringView("id"), true},
};

bool isInternalTable(const QString &name)
{
    // sqlite_sequence (AUTOINCREMENT), sqlite_stat1 (ANALYZE), …
    return name.startsWith(QLatin1String("sqlite_"));
}

bool countRows(const QSqlDatabase &db, const QString &table, qint64 *rows, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QLatin1String("SELECT COUNT(*) FROM ") + table) || !q.next()) {
        sqlvalue::setError(error, DatabaseCopy::tr("Could not count the rows of %1: %2")
                                      .arg(table, sqlvalue::errorText(q.lastError())));
        return false;
    }
    *rows = q.value(0).toLongLong();
    return true;
}

// One snapshot of the source for the whole copy, ended when it goes out of
// scope (read only: rolling back changes nothing).
class SnapshotRead final
{
public:
    SnapshotRead(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(dialect.beginSnapshotRead());
        if (!m_open)
            m_error = sqlvalue::errorText(q.lastError());
    }
    ~SnapshotRead()
    {
        if (!m_open)
            return;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "ending the read snapshot failed:"
                                 << sqlvalue::errorText(q.lastError());
    }
    Q_DISABLE_COPY_MOVE(SnapshotRead)

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// How one column travels from the source to the target.
struct Column
{
    QString name;
    bool sourceBlob = false; // read with an IS NULL flag (see below)
    bool targetBlob = false;
};

// Copies one table, page by page, inside the target's transaction.
bool copyTable(const QSqlDatabase &source, QSqlQuery &insert, const TableInfo &info, int pageSize,
               const DatabaseCopy::Progress &progress, qint64 *copied, QString *error)
{
    const QString table = info.name;
    const QSqlRecord sourceRecord = source.record(table);
    const QSqlRecord targetRecord = insert.driver()->record(table);
    QList<Column> columns;
    for (int i = 0; i < sourceRecord.count(); ++i) {
        Column c;
        c.name = sourceRecord.fieldName(i);
        if (targetRecord.indexOf(c.name) < 0) {
            sqlvalue::setError(error, DatabaseCopy::tr("The column %1.%2 of the source does not "
                                                       "exist in the target; open both databases "
                                                       "with this version of Relais first.")
                                          .arg(table, c.name));
            return false;
        }
        c.sourceBlob = sourceRecord.field(i).metaType().id() == QMetaType::QByteArray;
        c.targetBlob = targetRecord.field(c.name).metaType().id() == QMetaType::QByteArray;
        columns << c;
    }
    QStringList names;
    QStringList selected;
    QStringList placeholders;
    for (const Column &c : std::as_const(columns)) {
        names << c.name;
        selected << c.name;
        placeholders << QStringLiteral("?");
    }
    const qsizetype keyIndex = names.indexOf(QString(info.key));
    if (keyIndex < 0) {
        sqlvalue::setError(error, DatabaseCopy::tr("The table %1 has no column %2; the source "
                                                   "database is damaged.")
                                      .arg(table, QString(info.key)));
        return false;
    }
    // SQLite gives an empty BLOB back as a null QByteArray: its IS NULL flag
    // tells an empty body from a missing one.
    for (const Column &c : std::as_const(columns)) {
        if (c.sourceBlob)
            selected << (QLatin1String("(") + c.name + QLatin1String(" IS NULL)"));
    }
    const QString select = QLatin1String("SELECT ") + selected.join(QLatin1String(", ")) +
                           QLatin1String(" FROM ") + table;
    const QString order = QLatin1String(" ORDER BY ") + info.key + QLatin1String(" LIMIT ") +
                          QString::number(pageSize);
    const QString firstPage = select + order;
    const QString nextPage =
        select + QLatin1String(" WHERE ") + info.key + QLatin1String(" > ?") + order;

    if (!insert.prepare(QLatin1String("INSERT INTO ") + table + QLatin1String(" (") +
                        names.join(QLatin1String(", ")) + QLatin1String(") VALUES (") +
                        placeholders.join(QLatin1String(", ")) + QLatin1Char(')'))) {
        sqlvalue::setError(error, DatabaseCopy::tr("Could not prepare the copy of %1: %2")
                                      .arg(table, sqlvalue::errorText(insert.lastError())));
        return false;
    }

    *copied = 0;
    QVariant lastKey;
    for (;;) {
        QList<QVariantList> page;
        page.reserve(pageSize);
        {
            QSqlQuery read(source);
            read.setForwardOnly(true);
            read.prepare(lastKey.isValid() ? nextPage : firstPage);
            if (lastKey.isValid())
                read.addBindValue(lastKey);
            if (!read.exec()) {
                sqlvalue::setError(error, DatabaseCopy::tr("Could not read %1 from the source: %2")
                                              .arg(table, sqlvalue::errorText(read.lastError())));
                return false;
            }
            while (read.next()) {
                QVariantList row;
                row.reserve(columns.size());
                int flag = int(columns.size());
                for (int i = 0; i < columns.size(); ++i) {
                    QVariant value = read.value(i);
                    if (columns.at(i).sourceBlob) {
                        const bool isNull = read.value(flag++).toBool();
                        if (!isNull && value.toByteArray().isNull())
                            value = QByteArray(""); // empty, not NULL
                    }
                    row << value;
                }
                page << row;
            }
        }
        for (const QVariantList &row : std::as_const(page)) {
            for (int i = 0; i < row.size(); ++i) {
                const QVariant &value = row.at(i);
                // Bytes stored as text in an SQLite BLOB column stay bytes.
                if (columns.at(i).targetBlob && value.typeId() == QMetaType::QString &&
                    !value.toString().isNull())
                    insert.bindValue(i, value.toString().toUtf8());
                else
                    insert.bindValue(i, value);
            }
            if (!insert.exec()) {
                sqlvalue::setError(error,
                                   DatabaseCopy::tr("Could not copy the row %1 = %2 of %3: %4")
                                       .arg(QString(info.key), row.at(keyIndex).toString(), table,
                                            sqlvalue::errorText(insert.lastError())));
                return false;
            }
        }
        *copied += page.size();
        if (progress && (!page.isEmpty() || *copied == 0))
            progress(table, *copied);
        if (page.size() < pageSize)
            return true;
        lastKey = page.last().at(keyIndex);
    }
}

} // namespace

QStringList DatabaseCopy::copiedTables()
{
    QStringList names;
    for (const TableInfo &t : kTables)
        names << QString(t.name);
    return names;
}

QStringList DatabaseCopy::skippedTables()
{
    return {QStringLiteral("meta"), QStringLiteral("dispatchers")};
}

DatabaseCopy::DatabaseCopy(const Database &source, const Database &target)
    : m_source(source)
    , m_target(target)
{}

std::optional<QList<DatabaseCopy::TableCount>> DatabaseCopy::run(QString *error) const
{
    const QString sourceName = m_source.url().toString();
    const QString targetName = m_target.url().toString();
    const int sourceVersion = m_source.schemaVersion();
    const int targetVersion = m_target.schemaVersion();
    if (sourceVersion < 0 || sourceVersion != targetVersion) {
        sqlvalue::setError(error, tr("%1 is at schema %2 and %3 at schema %4: open both with "
                                     "this version of Relais first (it upgrades them).")
                                      .arg(sourceName, QString::number(sourceVersion), targetName,
                                           QString::number(targetVersion)));
        return std::nullopt;
    }
    const QSqlDatabase source = m_source.connection();
    if (!source.isOpen()) {
        sqlvalue::setError(error, tr("Could not open the database %1: %2")
                                      .arg(sourceName, sqlvalue::errorText(source.lastError())));
        return std::nullopt;
    }

    // A table of a newer Relais, or made by hand, would silently be lost.
    const QStringList known = copiedTables() + skippedTables();
    QStringList unknown;
    const QStringList present = source.tables(QSql::Tables);
    for (const QString &table : present) {
        if (!known.contains(table) && !isInternalTable(table))
            unknown << table;
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        sqlvalue::setError(error, tr("%1 holds tables that this version of Relais does not know "
                                     "how to copy (%2); nothing was copied. Use the Relais that "
                                     "created them.")
                                      .arg(sourceName, unknown.join(QLatin1String(", "))));
        return std::nullopt;
    }

    const SnapshotRead snapshot(source, m_source.dialect());
    if (!snapshot.isOpen()) {
        sqlvalue::setError(error,
                           tr("Could not start reading %1: %2").arg(sourceName, snapshot.error()));
        return std::nullopt;
    }

    QList<TableCount> counts;
    // The inserts outlive the transaction: PostgreSQL cannot free a
    // prepared statement inside a failed one.
    std::list<QSqlQuery> inserts;
    const bool ok = m_target.write(
        [&](QSqlDatabase &target, QString *workError) {
            // Checked inside the transaction: nobody can add rows meanwhile.
            for (const TableInfo &t : kTables) {
                qint64 rows = 0;
                if (!countRows(target, t.name, &rows, workError))
                    return false;
                if (rows > 0) {
                    sqlvalue::setError(
                        workError, tr("%1 already holds data (%2: %3); nothing was copied. Copy "
                                      "into an empty database (a new SQLite file or a new "
                                      "PostgreSQL database).")
                                       .arg(targetName, QString(t.name), QString::number(rows)));
                    return false;
                }
            }
            for (const TableInfo &t : kTables) {
                qint64 copied = 0;
                inserts.emplace_back(target);
                if (!copyTable(source, inserts.back(), t, m_pageSize, m_progress, &copied,
                               workError))
                    return false;
                counts << TableCount{QString(t.name), copied};
                if (!t.identity)
                    continue;
                const QString reset = m_target.dialect().resetIdentitySql(t.name, t.key);
                if (reset.isEmpty())
                    continue;
                QSqlQuery q(target);
                if (!q.exec(reset)) {
                    sqlvalue::setError(
                        workError, tr("Could not move the id sequence of %1: %2")
                                       .arg(QString(t.name), sqlvalue::errorText(q.lastError())));
                    return false;
                }
            }
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return counts;
}

std::optional<QList<DatabaseCopy::TableCount>> DatabaseCopy::rowCounts(const Database &db,
                                                                       QString *error)
{
    const QSqlDatabase conn = db.connection();
    QList<TableCount> counts;
    for (const TableInfo &t : kTables) {
        qint64 rows = 0;
        if (!countRows(conn, t.name, &rows, error))
            return std::nullopt;
        counts << TableCount{QString(t.name), rows};
    }
    return counts;
}

} // namespace relais
