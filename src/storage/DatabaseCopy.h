#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace relais {

class Database;

// Copies every user table of one open Relais database into another, empty
// one (SQLite to PostgreSQL, back, or file to file), for `relaisctl db copy`.
// Both must be at the same schema (open() migrates both to the latest).
//
// The target is written in ONE transaction: either everything is copied or
// nothing is (a failure leaves it as it was). The source is read in pages,
// keyset on the primary key, inside one snapshot, so memory stays bounded
// and the copy is consistent even while another program writes. Ids are
// copied as they are; identity sequences move past them (PostgreSQL).
// Secrets are not in the database (only the names of keychain entries), so
// they are not copied.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    // After each page, and once for an empty table: rows copied so far.
    using Progress = std::function<void(const QString &table, qint64 copiedSoFar)>;

    static constexpr int defaultPageSize = 2000;

    // The copied tables, in the order foreign keys need.
    static QStringList copiedTables();
    // Tables that are known and deliberately left out: the schema version
    // (`meta`, written by migrations) and runtime state (`dispatchers`).
    static QStringList skippedTables();

    DatabaseCopy(const Database &source, const Database &target);

    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : defaultPageSize; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Copies; the rows copied per table (in copiedTables() order), or
    // nullopt with a translated reason, the target unchanged. Refused when
    // the source holds a table this program does not know (it would be
    // lost) or when the target already holds rows.
    std::optional<QList<TableCount>> run(QString *error) const;

    // The rows of each copied table, to check a copy.
    static std::optional<QList<TableCount>> rowCounts(const Database &db, QString *error);

private:
    const Database &m_source;
    const Database &m_target;
    int m_pageSize = defaultPageSize;
    Progress m_progress;
};

} // namespace relais
