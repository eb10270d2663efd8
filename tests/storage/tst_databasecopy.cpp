// DatabaseCopy: every table survives SQLite → target (SQLite, or PostgreSQL
// as tst_databasecopy_pg) → SQLite value for value, blobs byte for byte;
// a non-empty target, an unknown table or a failing row change nothing.
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace relais;

namespace {

using Row = QVariantList;

DatabaseUrl sqliteUrl(const QTemporaryDir &dir, const QString &file)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Sqlite;
    url.path = dir.filePath(file);
    return url;
}

std::unique_ptr<Database> openOrFail(const DatabaseUrl &url)
{
    QString error;
    auto db = Database::open(url, &error);
    if (!db)
        qWarning() << url.toString() << error;
    return db;
}

bool exec(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql); // DDL: PostgreSQL does not prepare it
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b.append(char(i));
    return b;
}

QString keyOf(const QString &table)
{
    if (table == QLatin1String("webhook_health"))
        return QStringLiteral("webhook_id");
    if (table == QLatin1String("custom_event_types"))
        return QStringLiteral("type");
    if (table == QLatin1String("inboxes"))
        return QStringLiteral("name");
    return QStringLiteral("id");
}

// Every row of `table`, columns by name, rows by primary key. A cell is an
// invalid QVariant for NULL, the bytes of a blob, or the text of any other
// value (so that an SQLite INTEGER and a PostgreSQL SMALLINT compare).
QList<Row> dump(const Database &db, const QString &table)
{
    const QSqlDatabase conn = db.connection();
    const QSqlRecord record = conn.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort();
    const QString key = keyOf(table);
    columns.removeOne(key);
    columns.prepend(key);
    QStringList selected = columns;
    for (const QString &c : std::as_const(columns))
        selected << (QStringLiteral("(") + c + QStringLiteral(" IS NULL)"));
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) +
                QStringLiteral(" FROM ") + table)) {
        qWarning() << table << q.lastError().text();
        return {};
    }
    QList<Row> rows;
    const int n = int(columns.size());
    while (q.next()) {
        Row row;
        for (int i = 0; i < n; ++i) {
            if (q.value(n + i).toBool())
                row << QVariant();
            else if (record.field(columns.at(i)).metaType().id() == QMetaType::QByteArray)
                row << QVariant(q.value(i).toByteArray().isNull() ? QByteArray("")
                                                                  : q.value(i).toByteArray());
            else
                row << QVariant(q.value(i).toString());
        }
        rows << row;
    }
    // By key, the same on every backend (collations differ).
    const bool numeric = key == QLatin1String("id") && (table == QLatin1String("attempts") ||
                                                        table == QLatin1String("inbox_requests"));
    std::sort(rows.begin(), rows.end(), [numeric](const Row &a, const Row &b) {
        return numeric ? a.first().toLongLong() < b.first().toLongLong()
                       : a.first().toString() < b.first().toString();
    });
    return rows;
}

void compareAll(const Database &expected, const Database &actual)
{
    for (const QString &table : DatabaseCopy::copiedTables()) {
        const QList<Row> want = dump(expected, table);
        const QList<Row> got = dump(actual, table);
        QVERIFY2(!want.isEmpty(), qPrintable(table));
        QCOMPARE(got.size(), want.size());
        for (qsizetype r = 0; r < want.size(); ++r) {
            for (qsizetype c = 0; c < want.at(r).size(); ++c) {
                const QVariant &w = want.at(r).at(c);
                const QVariant &g = got.at(r).at(c);
                QVERIFY2(w.isValid() == g.isValid() && w == g,
                         qPrintable(QStringLiteral("%1 row %2 column %3: %4 ≠ %5")
                                        .arg(table)
                                        .arg(r)
                                        .arg(c)
                                        .arg(w.toString().left(80), g.toString().left(80))));
            }
        }
    }
}

bool allEmpty(const Database &db)
{
    for (const QString &table : DatabaseCopy::copiedTables()) {
        if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong() != 0)
            return false;
    }
    return true;
}

// Realistic rows in every table: unicode, NULLs, large text, every byte.
bool fill(const Database &db)
{
    const WebhookRepository webhooks(db);
    QStringList ids;
    const QString names[] = {QStringLiteral("Commandes Dokos — été ✓ 日本語"),
                             QStringLiteral("SeaTable rows"), QStringLiteral("ngSurvey")};
    for (const QString &name : names) {
        Webhook w;
        w.name = name;
        w.url = QStringLiteral("https://example.org/hook?n=") + QString::number(ids.size());
        w.eventPatterns = {QStringLiteral("Sales Order.*"), QStringLiteral("*")};
        w.description = QString(100000, u'é') + QStringLiteral("🙂");
        w.enabled = ids.size() != 2;
        QString error;
        if (!webhooks.insert(w, &error)) {
            qWarning() << error;
            return false;
        }
        ids << w.id.toString(QUuid::WithoutBraces);
    }
    bool ok = exec(db,
                   QStringLiteral("INSERT INTO webhook_health (webhook_id, consecutive_exhausted, "
                                  "updated_at) VALUES (?, ?, ?)"),
                   {ids.at(0), 3, qint64(1700000000123)});
    ok = ok && exec(db,
                    QStringLiteral("INSERT INTO custom_event_types (type, system_group, "
                                   "description, sample, created_at) VALUES (?, ?, ?, ?, ?)"),
                    {QStringLiteral("Facture.créée"), QStringLiteral("Dokos"),
                     QStringLiteral("Une facture « validée »"),
                     QStringLiteral("{\"doc\":{\"name\":\"ACC-0001\",\"total\":12.5}}"),
                     qint64(1700000000000)});
    ok = ok &&
         exec(db, QStringLiteral("INSERT INTO custom_event_types (type, created_at) VALUES (?, ?)"),
              {QStringLiteral("empty.defaults"), qint64(1)});
    const QByteArray bytes = allBytes();
    qint64 attemptId = 0;
    // 12 events and deliveries, 2 attempts each: several pages of 5.
    for (int i = 0; i < 12 && ok; ++i) {
        const QString eventId = QStringLiteral("evt_%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString deliveryId = QStringLiteral("dlv_%1").arg(i, 3, 10, QLatin1Char('0'));
        ok = exec(db,
                  QStringLiteral("INSERT INTO events (id, type, resource, occurred_at, data, "
                                 "source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {eventId, QStringLiteral("Sales Order.on_update"), QStringLiteral("SO-%1").arg(i),
                   qint64(1700000000000) + i, QStringLiteral("{\"i\":%1,\"name\":\"Zoë\"}").arg(i),
                   QStringLiteral("cli"), qint64(1700000000500) + i});
        // Every kind of body: all 256 bytes, NULL, empty, large text.
        QVariant body;
        if (i % 4 == 0)
            body = bytes;
        else if (i % 4 == 1)
            body = QVariant(QMetaType::fromType<QByteArray>());
        else if (i % 4 == 2)
            body = QByteArray("");
        else
            body = QByteArray(300000, 'x');
        ok = ok &&
             exec(db,
                  QStringLiteral("INSERT INTO deliveries (id, event_id, webhook_id, state, "
                                 "attempt_count, next_attempt_at, request_method, request_url, "
                                 "request_headers, request_body, test, last_error, lease_owner, "
                                 "lease_expires_at, created_at, updated_at, last_status, "
                                 "last_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?)"),
                  {deliveryId, eventId, ids.at(i % 3),
                   i % 2 ? QStringLiteral("failed") : QStringLiteral("succeeded"), 2,
                   i % 2 ? QVariant(qint64(1700000100000) + i)
                         : QVariant(QMetaType::fromType<qlonglong>()),
                   QStringLiteral("POST"), QStringLiteral("https://example.org/hook"),
                   QStringLiteral("[[\"Content-Type\",\"application/json\"]]"), body, i % 2,
                   i % 2 ? QStringLiteral("HTTP 503 — indisponible") : QStringLiteral(""),
                   QVariant(QMetaType::fromType<QString>()),
                   QVariant(QMetaType::fromType<qlonglong>()), qint64(1700000000600) + i,
                   qint64(1700000000700) + i, i % 2 ? 503 : 200, qint64(1700000000800) + i});
        for (int n = 1; n <= 2 && ok; ++n) {
            attemptId += 3; // gaps, as after a purge
            ok =
                exec(db,
                     QStringLiteral("INSERT INTO attempts (id, delivery_id, number, started_at, "
                                    "duration_ms, request, request_body, response_status, "
                                    "response_headers, response_body, response_truncated, "
                                    "error, triggered_by, dispatcher_id, webhook_id) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {attemptId, deliveryId, n, qint64(1700000000900) + i * 10 + n, 41 + n,
                      QStringLiteral("{\"line\":\"POST /hook\"}"), body, n == 1 ? 503 : 200,
                      QStringLiteral("[]"),
                      n == 1 ? QVariant(bytes) : QVariant(QMetaType::fromType<QByteArray>()), 0,
                      n == 1 ? QStringLiteral("Service Unavailable") : QStringLiteral(""),
                      QStringLiteral("scheduled"), QStringLiteral("host-1/42"),
                      i == 5 ? QVariant(QMetaType::fromType<QString>()) : QVariant(ids.at(i % 3))});
        }
    }
    ok = ok &&
         exec(db,
              QStringLiteral("INSERT INTO inboxes (name, status, delay_ms, body, fail_first, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {QStringLiteral("default"), 200, 0, QStringLiteral(""), 0, qint64(1700000000000)});
    ok = ok && exec(db,
                    QStringLiteral("INSERT INTO inboxes (name, status, delay_ms, body, fail_first, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {QStringLiteral("flaky"), 202, 150, QStringLiteral("{\"ok\":true}"), 2,
                     qint64(1700000000001)});
    for (int i = 0; i < 7 && ok; ++i) {
        ok = exec(db,
                  QStringLiteral("INSERT INTO inbox_requests (id, inbox, received_at, method, "
                                 "path, headers, body, source, answered_status, verdict, "
                                 "verdict_detail, webhook_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"),
                  {qint64(100 + i * 7), i % 2 ? QStringLiteral("flaky") : QStringLiteral("default"),
                   qint64(1700000001000) + i, QStringLiteral("POST"),
                   QStringLiteral("/inbox/default"), QStringLiteral("[]"),
                   i == 0 ? QVariant(bytes) : QVariant(QByteArray("{\"é\":1}")),
                   QStringLiteral("127.0.0.1"), 200, QStringLiteral("valid"), QStringLiteral(""),
                   ids.at(0)});
    }
    return ok;
}

} // namespace

class TestDatabaseCopy final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<Database> m_source;

    // A target of the backend under test, new for every test function.
    std::unique_ptr<Database> target()
    {
        return openOrFail(test::testDatabaseUrl(m_dir, QStringLiteral("target-%1").arg(m_round)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_source = openOrFail(sqliteUrl(m_dir, QStringLiteral("source.db")));
        QVERIFY(m_source);
        QVERIFY(fill(*m_source));
    }

    void init() { ++m_round; }

    void knowsEveryTableOfTheLatestSchema()
    {
        // A migration that adds a table must say whether it is copied.
        const QStringList known = DatabaseCopy::copiedTables() + DatabaseCopy::skippedTables();
        const QStringList tables = m_source->connection().tables(QSql::Tables);
        for (const QString &table : tables) {
            if (!table.startsWith(QLatin1String("sqlite_")))
                QVERIFY2(known.contains(table), qPrintable(table));
        }
    }

    void copiesEveryRowThereAndBack()
    {
        const auto middle = target();
        QVERIFY(middle);
        DatabaseCopy there(*m_source, *middle);
        there.setPageSize(5);
        QStringList progress;
        there.setProgress([&progress](const QString &table, qint64 copied) {
            progress << table + QLatin1Char('=') + QString::number(copied);
        });
        QString error;
        const auto counts = there.run(&error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->size(), DatabaseCopy::copiedTables().size());
        for (const DatabaseCopy::TableCount &c : *counts) {
            QCOMPARE(
                c.rows,
                scalar(*m_source, QStringLiteral("SELECT COUNT(*) FROM ") + c.table).toLongLong());
        }
        QCOMPARE(counts->at(5).table, QStringLiteral("attempts"));
        QCOMPARE(counts->at(5).rows, 24);
        // Pages of 5: 5, 10, 15, 20, 24.
        QVERIFY2(progress.contains(QStringLiteral("attempts=20")), qPrintable(progress.join(u' ')));
        QVERIFY(progress.contains(QStringLiteral("attempts=24")));
        compareAll(*m_source, *middle);
        if (QTest::currentTestFailed())
            return;

        const auto back = openOrFail(sqliteUrl(m_dir, QStringLiteral("back.db")));
        QVERIFY(back);
        QVERIFY2(DatabaseCopy(*middle, *back).run(&error), qPrintable(error));
        compareAll(*m_source, *back);
        QCOMPARE(DatabaseCopy::rowCounts(*back, &error)->at(0).rows, 3);
    }

    void identitySequencesMovePastTheCopiedIds()
    {
        const auto copy = target();
        QVERIFY(copy);
        QString error;
        QVERIFY2(DatabaseCopy(*m_source, *copy).run(&error), qPrintable(error));
        const qint64 maxAttempt =
            scalar(*copy, QStringLiteral("SELECT MAX(id) FROM attempts")).toLongLong();
        QCOMPARE(maxAttempt, 72);
        QVERIFY(
            exec(*copy,
                 QStringLiteral("INSERT INTO attempts (delivery_id, number, started_at, "
                                "triggered_by) VALUES (?, ?, ?, ?)"),
                 {QStringLiteral("dlv_000"), 3, qint64(1700000009999), QStringLiteral("manual")}));
        QVERIFY(scalar(*copy, QStringLiteral("SELECT MAX(id) FROM attempts")).toLongLong() >
                maxAttempt);
        QVERIFY(exec(*copy,
                     QStringLiteral("INSERT INTO inbox_requests (inbox, received_at, method, "
                                    "path) VALUES (?, ?, ?, ?)"),
                     {QStringLiteral("default"), qint64(1700000009999), QStringLiteral("GET"),
                      QStringLiteral("/")}));
        QVERIFY(scalar(*copy, QStringLiteral("SELECT MAX(id) FROM inbox_requests")).toLongLong() >
                142);
    }

    void refusesATargetThatHoldsRows()
    {
        const auto busy = target();
        QVERIFY(busy);
        Webhook w;
        w.name = QStringLiteral("Already here");
        w.url = QStringLiteral("https://example.org/other");
        w.eventPatterns = {QStringLiteral("*")};
        QString error;
        QVERIFY2(WebhookRepository(*busy).insert(w, &error), qPrintable(error));
        const QList<Row> before = dump(*busy, QStringLiteral("webhooks"));

        QVERIFY(!DatabaseCopy(*m_source, *busy).run(&error));
        QVERIFY2(error.contains(QLatin1String("already holds data (webhooks: 1)")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("empty database")), qPrintable(error));
        QCOMPARE(dump(*busy, QStringLiteral("webhooks")), before);
        for (const QString &table : DatabaseCopy::copiedTables()) {
            if (table != QLatin1String("webhooks"))
                QCOMPARE(dump(*busy, table).size(), 0);
        }
    }

    void aFailingRowLeavesTheTargetEmpty()
    {
        const auto strict = target();
        QVERIFY(strict);
        // The last table cannot be copied: everything before it is undone.
        QVERIFY(exec(*strict, QStringLiteral("CREATE UNIQUE INDEX one_request_per_method "
                                             "ON inbox_requests (method)")));
        QString error;
        QVERIFY(!DatabaseCopy(*m_source, *strict).run(&error));
        QVERIFY2(error.contains(QLatin1String("inbox_requests")), qPrintable(error));
        QVERIFY(allEmpty(*strict));

        QVERIFY(exec(*strict, QStringLiteral("DROP INDEX one_request_per_method")));
        QVERIFY2(DatabaseCopy(*m_source, *strict).run(&error), qPrintable(error));
        compareAll(*m_source, *strict);
    }

    void refusesASourceWithAnUnknownTable()
    {
        const auto source = openOrFail(sqliteUrl(m_dir, QStringLiteral("future.db")));
        QVERIFY(source);
        QVERIFY(fill(*source));
        // Runtime state is known and left out; a table of a newer Relais is not.
        QVERIFY(exec(*source, QStringLiteral("CREATE TABLE IF NOT EXISTS dispatchers "
                                             "(id TEXT PRIMARY KEY)")));
        QVERIFY(exec(*source, QStringLiteral("CREATE TABLE webhook_tags (webhook_id TEXT, tag "
                                             "TEXT)")));
        const auto copy = target();
        QVERIFY(copy);
        QString error;
        QVERIFY(!DatabaseCopy(*source, *copy).run(&error));
        QVERIFY2(error.contains(QLatin1String("webhook_tags")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("dispatchers")), qPrintable(error));
        QVERIFY(allEmpty(*copy));

        QVERIFY(exec(*source, QStringLiteral("DROP TABLE webhook_tags")));
        QVERIFY2(DatabaseCopy(*source, *copy).run(&error), qPrintable(error));
        compareAll(*source, *copy);
    }

    void cleanupTestCase() { m_source.reset(); }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
