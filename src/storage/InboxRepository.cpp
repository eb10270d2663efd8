#include "InboxRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace relais {

namespace {

using sqlvalue::setError;

const QString kInboxColumns =
    QStringLiteral("name, status, delay_ms, body, fail_first, fail_status, retry_after_seconds, "
                   "received_count, created_at");
const QString kRequestColumns =
    QStringLiteral("id, inbox, received_at, method, path, headers, body, source, "
                   "answered_status, verdict, verdict_detail, webhook_id");

Inbox readInbox(const QSqlQuery &q)
{
    Inbox i;
    i.name = q.value(0).toString();
    i.status = q.value(1).toInt();
    i.delayMs = q.value(2).toInt();
    i.body = q.value(3).toString();
    i.failFirst = q.value(4).toInt();
    i.failStatus = q.value(5).toInt();
    i.retryAfterSeconds = q.value(6).toInt();
    i.receivedCount = q.value(7).toLongLong();
    i.createdAt = sqlvalue::toTime(q.value(8));
    return i;
}

InboxRequest readRequest(const QSqlQuery &q)
{
    InboxRequest r;
    r.id = q.value(0).toLongLong();
    r.inbox = q.value(1).toString();
    r.receivedAt = sqlvalue::toTime(q.value(2));
    r.method = q.value(3).toString();
    r.path = q.value(4).toString();
    QJsonValue headers;
    if (sqlvalue::toJson(q.value(5), &headers))
        r.headers = headersFromJson(headers.toArray());
    r.body = q.value(6).toByteArray();
    r.source = q.value(7).toString();
    r.answeredStatus = q.value(8).toInt();
    r.verdict = q.value(9).toString();
    r.verdictDetail = q.value(10).toString();
    r.webhookId = QUuid::fromString(q.value(11).toString());
    return r;
}

void bindScript(QSqlQuery &q, const Inbox &inbox)
{
    q.bindValue(QStringLiteral(":name"), inbox.name);
    q.bindValue(QStringLiteral(":status"), inbox.status);
    q.bindValue(QStringLiteral(":delay_ms"), inbox.delayMs);
    q.bindValue(QStringLiteral(":body"), sqlvalue::text(inbox.body));
    q.bindValue(QStringLiteral(":fail_first"), inbox.failFirst);
    q.bindValue(QStringLiteral(":fail_status"), inbox.failStatus);
    q.bindValue(QStringLiteral(":retry_after_seconds"), inbox.retryAfterSeconds);
}

} // namespace

bool InboxRepository::validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool InboxRepository::create(const Inbox &inbox, QString *error) const
{
    if (!validName(inbox.name)) {
        setError(error, tr("“%1” cannot name an inbox: use 1 to 64 letters, digits, '.', '_' "
                           "or '-'.")
                            .arg(inbox.name));
        return false;
    }
    return m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery exists(db);
            exists.prepare(QStringLiteral("SELECT 1 FROM inboxes WHERE name = :name"));
            exists.bindValue(QStringLiteral(":name"), inbox.name);
            if (exists.exec() && exists.next()) {
                setError(err, tr("There is already an inbox “%1”.").arg(inbox.name));
                return false;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO inboxes (name, status, delay_ms, body, fail_first, fail_status, "
                "retry_after_seconds, received_count, created_at) VALUES (:name, :status, "
                ":delay_ms, :body, :fail_first, :fail_status, :retry_after_seconds, 0, "
                ":created_at)"));
            bindScript(q, inbox);
            q.bindValue(QStringLiteral(":created_at"), sqlvalue::fromTime(sqlvalue::nowUtc()));
            if (!q.exec()) {
                setError(err, tr("Could not create the inbox “%1”: %2")
                                  .arg(inbox.name, sqlvalue::errorText(q.lastError())));
                return false;
            }
            return true;
        },
        error);
}

bool InboxRepository::ensure(const QString &name, QString *error) const
{
    QString findError;
    if (find(name, &findError))
        return true;
    if (!findError.isEmpty()) {
        setError(error, findError);
        return false;
    }
    Inbox inbox;
    inbox.name = name;
    return create(inbox, error);
}

bool InboxRepository::remove(const QString &name, QString *error) const
{
    bool found = false;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery requests(db);
            requests.prepare(QStringLiteral("DELETE FROM inbox_requests WHERE inbox = :name"));
            requests.bindValue(QStringLiteral(":name"), name);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM inboxes WHERE name = :name"));
            q.bindValue(QStringLiteral(":name"), name);
            if (!requests.exec() || !q.exec()) {
                setError(err, tr("Could not remove the inbox “%1”: %2")
                                  .arg(name, sqlvalue::errorText(q.lastError())));
                return false;
            }
            found = q.numRowsAffected() > 0;
            return true;
        },
        error);
    if (ok && !found) {
        setError(error, tr("There is no inbox “%1”.").arg(name));
        return false;
    }
    return ok;
}

bool InboxRepository::setScript(const Inbox &inbox, QString *error) const
{
    bool found = false;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE inboxes SET status = :status, delay_ms = :delay_ms, body = :body, "
                "fail_first = :fail_first, fail_status = :fail_status, "
                "retry_after_seconds = :retry_after_seconds, received_count = 0 "
                "WHERE name = :name"));
            bindScript(q, inbox);
            if (!q.exec()) {
                setError(err, tr("Could not change the inbox “%1”: %2")
                                  .arg(inbox.name, sqlvalue::errorText(q.lastError())));
                return false;
            }
            found = q.numRowsAffected() > 0;
            return true;
        },
        error);
    if (ok && !found) {
        setError(error, tr("There is no inbox “%1”.").arg(inbox.name));
        return false;
    }
    return ok;
}

std::optional<Inbox> InboxRepository::find(const QString &name, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String("SELECT ") + kInboxColumns +
              QLatin1String(" FROM inboxes WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the inboxes: %1").arg(sqlvalue::errorText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readInbox(q);
}

QList<Inbox> InboxRepository::list(QString *error) const
{
    QList<Inbox> inboxes;
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String("SELECT ") + kInboxColumns +
              QLatin1String(" FROM inboxes ORDER BY name"));
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the inboxes: %1").arg(sqlvalue::errorText(q.lastError())));
        return inboxes;
    }
    while (q.next())
        inboxes << readInbox(q);
    return inboxes;
}

qint64 InboxRepository::countReceived(const QString &name, QString *error) const
{
    qint64 count = -1;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral(
                "UPDATE inboxes SET received_count = received_count + 1 WHERE name = :name"));
            update.bindValue(QStringLiteral(":name"), name);
            QSqlQuery select(db);
            select.prepare(QStringLiteral("SELECT received_count FROM inboxes WHERE name = :name"));
            select.bindValue(QStringLiteral(":name"), name);
            if (!update.exec() || !select.exec()) {
                setError(err, tr("Could not count the requests of the inbox “%1”: %2")
                                  .arg(name, sqlvalue::errorText(update.lastError())));
                return false;
            }
            if (select.next())
                count = select.value(0).toLongLong();
            return true;
        },
        error);
    return ok ? count : -1;
}

bool InboxRepository::record(InboxRequest *request, QString *error) const
{
    if (!request->receivedAt.isValid())
        request->receivedAt = sqlvalue::nowUtc();
    return m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            // RETURNING rather than lastInsertId(): QPSQL's is an OID, not the id.
            q.prepare(QStringLiteral(
                "INSERT INTO inbox_requests (inbox, received_at, method, path, headers, body, "
                "source, answered_status, verdict, verdict_detail, webhook_id) VALUES (:inbox, "
                ":received_at, :method, :path, :headers, :body, :source, :answered_status, "
                ":verdict, :verdict_detail, :webhook_id) RETURNING id"));
            q.bindValue(QStringLiteral(":inbox"), request->inbox);
            q.bindValue(QStringLiteral(":received_at"), sqlvalue::fromTime(request->receivedAt));
            q.bindValue(QStringLiteral(":method"), sqlvalue::text(request->method));
            q.bindValue(QStringLiteral(":path"), sqlvalue::text(request->path));
            q.bindValue(QStringLiteral(":headers"),
                        sqlvalue::jsonText(headersToJson(request->headers)));
            q.bindValue(QStringLiteral(":body"),
                        request->body.isNull() ? QByteArray("") : request->body);
            q.bindValue(QStringLiteral(":source"), sqlvalue::text(request->source));
            q.bindValue(QStringLiteral(":answered_status"), request->answeredStatus);
            q.bindValue(QStringLiteral(":verdict"), sqlvalue::text(request->verdict));
            q.bindValue(QStringLiteral(":verdict_detail"), sqlvalue::text(request->verdictDetail));
            q.bindValue(QStringLiteral(":webhook_id"),
                        request->webhookId.isNull()
                            ? QString(QLatin1String(""))
                            : request->webhookId.toString(QUuid::WithoutBraces));
            if (!q.exec() || !q.next()) {
                setError(err, tr("Could not store the request to the inbox “%1”: %2")
                                  .arg(request->inbox, sqlvalue::errorText(q.lastError())));
                return false;
            }
            request->id = q.value(0).toLongLong();
            return true;
        },
        error);
}

std::optional<InboxRequest> InboxRepository::findRequest(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String("SELECT ") + kRequestColumns +
              QLatin1String(" FROM inbox_requests WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        setError(
            error,
            tr("Could not read the inbox requests: %1").arg(sqlvalue::errorText(q.lastError())));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

QList<InboxRequest> InboxRepository::requests(const QString &inbox, int limit, QString *error) const
{
    QList<InboxRequest> rows;
    QSqlQuery q(m_db.connection());
    QString sql = QLatin1String("SELECT ") + kRequestColumns +
                  QLatin1String(" FROM inbox_requests WHERE inbox = :inbox "
                                "ORDER BY received_at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":inbox"), inbox);
    if (!q.exec()) {
        setError(
            error,
            tr("Could not read the inbox requests: %1").arg(sqlvalue::errorText(q.lastError())));
        return rows;
    }
    while (q.next())
        rows << readRequest(q);
    return rows;
}

qint64 InboxRepository::requestCount(const QString &inbox, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM inbox_requests WHERE inbox = :inbox"));
    q.bindValue(QStringLiteral(":inbox"), inbox);
    if (!q.exec() || !q.next()) {
        setError(
            error,
            tr("Could not read the inbox requests: %1").arg(sqlvalue::errorText(q.lastError())));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace relais
