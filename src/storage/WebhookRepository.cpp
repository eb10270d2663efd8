#include "WebhookRepository.h"

#include "DatabaseListener.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

namespace relais {

namespace {

using sqlvalue::setError;

using ColumnValues = QList<std::pair<QString, QVariant>>;

// Nested fields live in JSON text columns holding the matching piece of
// Webhook::toJson(), so their format is the export format.
const std::pair<const char *, const char *> kJsonColumns[] = {
    {"event_patterns", "events"}, {"headers", "headers"}, {"form_fields", "formFields"},
    {"secrets", "secrets"},       {"hmac", "hmac"},       {"retry_schedule", "retrySchedule"}};

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}
QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Every column of a row with its value.
ColumnValues columnValues(const Webhook &w)
{
    const QJsonObject json = w.toJson(); // never holds a secret header's value
    ColumnValues v = {
        {QStringLiteral("id"), idText(w.id)},
        {QStringLiteral("name"), sqlvalue::text(w.name)},
        {QStringLiteral("name_key"), sqlvalue::text(nameKey(w.name))},
        {QStringLiteral("description"), sqlvalue::text(w.description)},
        {QStringLiteral("url"), sqlvalue::text(w.url)},
        {QStringLiteral("method"), methodName(w.method)},
        {QStringLiteral("enabled"), int(w.enabled)},
        {QStringLiteral("resource_filter"), sqlvalue::text(w.resourceFilter)},
        {QStringLiteral("trigger_condition"), sqlvalue::text(w.condition)},
        {QStringLiteral("body_mode"), bodyModeKey(w.bodyMode)},
        {QStringLiteral("body_template"), sqlvalue::text(w.bodyTemplate)},
        {QStringLiteral("content_type"), sqlvalue::text(w.contentType)},
        {QStringLiteral("signing"), signingSchemeKey(w.signing)},
        {QStringLiteral("timeout_ms"), w.timeoutMs},
        {QStringLiteral("max_concurrency"), w.maxConcurrency},
        {QStringLiteral("rate_limit_per_second"), w.rateLimitPerSecond},
        {QStringLiteral("verify_tls"), int(w.verifyTls)},
        {QStringLiteral("pinned_cert_sha256"), sqlvalue::text(w.pinnedCertSha256)},
        {QStringLiteral("follow_redirects"), int(w.followRedirects)},
        {QStringLiteral("auto_disable_after_failures"), w.autoDisableAfterFailures},
        {QStringLiteral("disabled_reason"), sqlvalue::text(w.disabledReason)},
        {QStringLiteral("needs_secret"), int(w.needsSecret)},
        {QStringLiteral("encrypt_fields"),
         sqlvalue::jsonText(QJsonArray::fromStringList(w.encryptFields))},
        {QStringLiteral("encryption_public_key"), sqlvalue::text(w.encryptionPublicKey)},
        {QStringLiteral("created_at"), sqlvalue::fromTime(w.createdAt)},
        {QStringLiteral("updated_at"), sqlvalue::fromTime(w.updatedAt)},
    };
    for (const auto &[column, key] : kJsonColumns) {
        v.append({QString::fromLatin1(column), sqlvalue::jsonText(json.value(QLatin1String(key)))});
    }
    return v;
}

QStringList columnNames()
{
    QStringList names;
    for (const auto &column : columnValues(Webhook{}))
        names << column.first;
    return names;
}

QString selectSql()
{
    static const QString sql = QLatin1String("SELECT ") + columnNames().join(QLatin1String(", ")) +
                               QLatin1String(" FROM webhooks");
    return sql;
}

bool insertRow(QSqlDatabase &db, const Webhook &w, QString *error)
{
    const ColumnValues values = columnValues(w);
    QStringList names;
    QStringList placeholders;
    for (const auto &column : values) {
        names << column.first;
        placeholders << (QLatin1Char(':') + column.first);
    }
    QSqlQuery q(db);
    q.prepare(QLatin1String("INSERT INTO webhooks (") + names.join(QLatin1String(", ")) +
              QLatin1String(") VALUES (") + placeholders.join(QLatin1String(", ")) +
              QLatin1Char(')'));
    for (const auto &[name, value] : values)
        q.bindValue(QLatin1Char(':') + name, value);
    if (!q.exec()) {
        setError(error, WebhookRepository::tr("Could not save the webhook “%1”: %2")
                            .arg(w.name, sqlvalue::errorText(q.lastError())));
        return false;
    }
    return true;
}

// Reads the current row; false when a stored value cannot be understood.
bool readRow(const QSqlQuery &q, Webhook *w, QString *error)
{
    const auto col = [&q](const char *name) {
        return q.value(QString::fromLatin1(name));
    };
    w->id = QUuid::fromString(col("id").toString());
    w->name = col("name").toString();
    const auto damaged = [&](const QString &what) {
        setError(
            error,
            WebhookRepository::tr("The stored webhook “%1” is damaged (%2).").arg(w->name, what));
        return false;
    };
    if (!methodFromName(col("method").toString(), &w->method))
        return damaged(QStringLiteral("method"));
    if (!bodyModeFromKey(col("body_mode").toString(), &w->bodyMode))
        return damaged(QStringLiteral("body_mode"));
    if (!signingSchemeFromKey(col("signing").toString(), &w->signing))
        return damaged(QStringLiteral("signing"));
    w->description = col("description").toString();
    w->url = col("url").toString();
    w->enabled = col("enabled").toInt() != 0;
    w->resourceFilter = col("resource_filter").toString();
    w->condition = col("trigger_condition").toString();
    w->bodyTemplate = col("body_template").toString();
    w->contentType = col("content_type").toString();
    w->timeoutMs = col("timeout_ms").toInt();
    w->maxConcurrency = col("max_concurrency").toInt();
    w->rateLimitPerSecond = col("rate_limit_per_second").toInt();
    w->verifyTls = col("verify_tls").toInt() != 0;
    w->pinnedCertSha256 = col("pinned_cert_sha256").toString();
    w->followRedirects = col("follow_redirects").toInt() != 0;
    w->autoDisableAfterFailures = col("auto_disable_after_failures").toInt();
    w->disabledReason = col("disabled_reason").toString();
    w->needsSecret = col("needs_secret").toInt() != 0;
    w->encryptionPublicKey = col("encryption_public_key").toString();
    QJsonValue encryptFields;
    if (!sqlvalue::toJson(col("encrypt_fields"), &encryptFields) || !encryptFields.isArray())
        return damaged(QStringLiteral("encrypt_fields"));
    w->encryptFields.clear();
    for (const QJsonValue &path : encryptFields.toArray())
        w->encryptFields << path.toString();
    w->createdAt = sqlvalue::toTime(col("created_at"));
    w->updatedAt = sqlvalue::toTime(col("updated_at"));

    QJsonObject nested;
    for (const auto &[column, key] : kJsonColumns) {
        QJsonValue value;
        if (!sqlvalue::toJson(col(column), &value))
            return damaged(QString::fromLatin1(column));
        nested.insert(QLatin1String(key), value);
    }
    const Webhook n = Webhook::fromJson(nested, nullptr);
    w->eventPatterns = n.eventPatterns;
    w->headers = n.headers;
    w->formFields = n.formFields;
    w->secrets = n.secrets;
    w->hmac = n.hmac;
    w->retrySchedule = n.retrySchedule;
    return true;
}

// Runs a prepared SELECT of whole rows.
bool selectRows(QSqlQuery &q, QList<Webhook> *out, QString *error)
{
    if (!q.exec()) {
        setError(error, WebhookRepository::tr("Could not read the webhooks: %1")
                            .arg(sqlvalue::errorText(q.lastError())));
        return false;
    }
    while (q.next()) {
        Webhook w;
        if (!readRow(q, &w, error))
            return false;
        out->append(w);
    }
    return true;
}

// The stored name that clashes with `name`, or an empty string.
bool findClash(const QSqlDatabase &db, const QString &name, const QUuid &exceptId, QString *clash,
               QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM webhooks WHERE name_key = :key AND id <> :id"));
    q.bindValue(QStringLiteral(":key"), sqlvalue::text(nameKey(name)));
    q.bindValue(QStringLiteral(":id"), idText(exceptId));
    if (!q.exec()) {
        setError(error, WebhookRepository::tr("Could not check the webhook names: %1")
                            .arg(sqlvalue::errorText(q.lastError())));
        return false;
    }
    *clash = q.next() ? q.value(0).toString() : QString();
    return true;
}

QString duplicateNameMessage(const QString &name)
{
    return WebhookRepository::tr("A webhook named “%1” already exists.").arg(name);
}

QString notFoundMessage(const QUuid &id)
{
    return WebhookRepository::tr("There is no webhook with id %1; it may have been deleted.")
        .arg(idText(id));
}

// What insert() stores: a copy with an id, UTC timestamps and no reason to
// be disabled when enabled.
Webhook prepareForInsert(const Webhook &w, const QDateTime &now)
{
    Webhook copy = w;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    copy.createdAt = now;
    copy.updatedAt = now;
    if (copy.enabled)
        copy.disabledReason.clear();
    for (SecretRef &s : copy.secrets) {
        if (s.expiresAt.isValid())
            s.expiresAt = s.expiresAt.toUTC();
    }
    return copy;
}

} // namespace

bool WebhookRepository::insert(Webhook &webhook, QString *error) const
{
    QList<Webhook> one{webhook};
    if (const FieldErrors problems = webhook.validate(); !problems.isEmpty()) {
        setError(error, joinFieldErrors(problems));
        return false;
    }
    if (!insertAll(one, error))
        return false;
    webhook = one.constFirst();
    return true;
}

bool WebhookRepository::insertAll(QList<Webhook> &webhooks, QString *error) const
{
    const QDateTime now = sqlvalue::nowUtc();
    QList<Webhook> prepared;
    QStringList problems;
    QHash<QString, QString> namesInList;
    QSet<QUuid> idsInList;
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook w = prepareForInsert(webhooks.at(i), now);
        QStringList entry;
        if (const FieldErrors fe = w.validate(); !fe.isEmpty())
            entry << joinFieldErrors(fe);
        if (const QString key = nameKey(w.name); !key.isEmpty() && namesInList.contains(key))
            entry << tr("the name is used twice in the list");
        else
            namesInList.insert(nameKey(w.name), w.name);
        if (idsInList.contains(w.id))
            entry << tr("the id %1 is used twice in the list").arg(idText(w.id));
        idsInList.insert(w.id);
        if (!entry.isEmpty()) {
            problems << tr("Webhook %1 (“%2”): %3")
                            .arg(QString::number(i + 1), w.name, entry.join(QLatin1String("; ")));
        }
        prepared << w;
    }
    if (!problems.isEmpty()) {
        setError(error, webhooks.size() == 1
                            ? problems.constFirst()
                            : tr("Nothing was saved. %1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    const bool ok = writeAnnounced(
        [&](QSqlDatabase &db, QString *workError) {
            // Every clash is looked for before the first row is written.
            QStringList clashes;
            for (const Webhook &w : std::as_const(prepared)) {
                QString clash;
                if (!findClash(db, w.name, QUuid(), &clash, workError))
                    return false;
                if (!clash.isEmpty())
                    clashes << duplicateNameMessage(w.name);
            }
            if (!clashes.isEmpty()) {
                setError(workError, prepared.size() == 1
                                        ? clashes.constFirst()
                                        : tr("Nothing was saved. %1").arg(clashes.join(u' ')));
                return false;
            }
            for (const Webhook &w : std::as_const(prepared)) {
                if (!insertRow(db, w, workError))
                    return false;
            }
            return true;
        },
        error);
    if (ok)
        webhooks = prepared;
    return ok;
}

bool WebhookRepository::update(Webhook &webhook, QString *error) const
{
    if (const FieldErrors problems = webhook.validate(); !problems.isEmpty()) {
        setError(error, joinFieldErrors(problems));
        return false;
    }
    Webhook w = prepareForInsert(webhook, sqlvalue::nowUtc());
    w.id = webhook.id; // never a new one
    const bool ok = writeAnnounced(
        [&](QSqlDatabase &db, QString *workError) {
            QSqlQuery created(db);
            created.prepare(QStringLiteral("SELECT created_at FROM webhooks WHERE id = :id"));
            created.bindValue(QStringLiteral(":id"), idText(w.id));
            if (!created.exec()) {
                setError(workError, tr("Could not save the webhook “%1”: %2")
                                        .arg(w.name, sqlvalue::errorText(created.lastError())));
                return false;
            }
            if (!created.next()) {
                setError(workError, notFoundMessage(w.id));
                return false;
            }
            w.createdAt = sqlvalue::toTime(created.value(0));

            QString clash;
            if (!findClash(db, w.name, w.id, &clash, workError))
                return false;
            if (!clash.isEmpty()) {
                setError(workError, duplicateNameMessage(w.name));
                return false;
            }

            QStringList assignments;
            const ColumnValues values = columnValues(w);
            for (const auto &column : values) {
                if (column.first != QLatin1String("id") &&
                    column.first != QLatin1String("created_at"))
                    assignments << (column.first + QLatin1String(" = :") + column.first);
            }
            QSqlQuery q(db);
            q.prepare(QLatin1String("UPDATE webhooks SET ") +
                      assignments.join(QLatin1String(", ")) + QLatin1String(" WHERE id = :id"));
            for (const auto &[name, value] : values) {
                if (name != QLatin1String("created_at"))
                    q.bindValue(QLatin1Char(':') + name, value);
            }
            if (!q.exec()) {
                setError(workError, m_db.dialect().isUniqueViolation(q.lastError())
                                        ? duplicateNameMessage(w.name)
                                        : tr("Could not save the webhook “%1”: %2")
                                              .arg(w.name, sqlvalue::errorText(q.lastError())));
                return false;
            }
            return true;
        },
        error);
    if (ok)
        webhook = w;
    return ok;
}

bool WebhookRepository::writeAnnounced(const std::function<bool(QSqlDatabase &, QString *)> &work,
                                       QString *error) const
{
    const QString announce = DatabaseListener::notifySql(m_db, DatabaseListener::Webhooks);
    return m_db.write(
        [&](QSqlDatabase &db, QString *workError) {
            if (!work(db, workError))
                return false;
            if (announce.isEmpty())
                return true;
            QSqlQuery q(db);
            if (!q.exec(announce)) {
                setError(workError, sqlvalue::errorText(q.lastError()));
                return false;
            }
            return true;
        },
        error);
}

bool WebhookRepository::remove(const QUuid &id, QString *error) const
{
    return writeAnnounced(
        [&](QSqlDatabase &db, QString *workError) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM webhooks WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), idText(id));
            if (!q.exec()) {
                setError(
                    workError,
                    tr("Could not delete the webhook: %1").arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            if (q.numRowsAffected() == 0) {
                setError(workError, notFoundMessage(id));
                return false;
            }
            return true;
        },
        error);
}

bool WebhookRepository::setEnabled(const QUuid &id, bool enabled, const QString &disabledReason,
                                   QString *error) const
{
    return writeAnnounced(
        [&](QSqlDatabase &db, QString *workError) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE webhooks SET enabled = :enabled, disabled_reason = "
                                     ":reason, updated_at = :now WHERE id = :id"));
            q.bindValue(QStringLiteral(":enabled"), int(enabled));
            q.bindValue(QStringLiteral(":reason"),
                        enabled ? sqlvalue::text(QString()) : sqlvalue::text(disabledReason));
            q.bindValue(QStringLiteral(":now"), sqlvalue::fromTime(sqlvalue::nowUtc()));
            q.bindValue(QStringLiteral(":id"), idText(id));
            if (!q.exec()) {
                setError(
                    workError,
                    tr("Could not change the webhook: %1").arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            if (q.numRowsAffected() == 0) {
                setError(workError, notFoundMessage(id));
                return false;
            }
            return true;
        },
        error);
}

std::optional<Webhook> WebhookRepository::find(const QUuid &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql() + QLatin1String(" WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(id));
    QList<Webhook> rows;
    if (!selectRows(q, &rows, error) || rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

std::optional<Webhook> WebhookRepository::findByIdOrName(const QString &idOrName,
                                                         QString *error) const
{
    const QString wanted = idOrName.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql() + QLatin1String(" WHERE id = :id OR name = :name"));
    q.bindValue(QStringLiteral(":id"), id.isNull() ? QString() : idText(id));
    q.bindValue(QStringLiteral(":name"), sqlvalue::text(idOrName));
    QList<Webhook> rows;
    if (!selectRows(q, &rows, error))
        return std::nullopt;
    if (rows.isEmpty()) {
        // Names are unique regardless of case, so this finds at most one.
        QSqlQuery byKey(m_db.connection());
        byKey.prepare(selectSql() + QLatin1String(" WHERE name_key = :key"));
        byKey.bindValue(QStringLiteral(":key"), sqlvalue::text(nameKey(idOrName)));
        if (!selectRows(byKey, &rows, error))
            return std::nullopt;
    }
    if (rows.size() > 1) {
        setError(
            error,
            tr("“%1” is the id of one webhook and the name of another; use the id.").arg(wanted));
        return std::nullopt;
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<Webhook> WebhookRepository::list(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql() + QLatin1String(" ORDER BY name_key, name, id"));
    QList<Webhook> rows;
    if (!selectRows(q, &rows, error))
        return {};
    return rows;
}

bool WebhookRepository::nameTaken(const QString &name, const QUuid &exceptId) const
{
    QString clash;
    QString error;
    if (!findClash(m_db.connection(), name, exceptId, &clash, &error)) {
        qCWarning(lcStorage) << error;
        return false;
    }
    return !clash.isEmpty();
}

} // namespace relais
