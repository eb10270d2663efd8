#include "EventTypeRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace relais {

using sqlvalue::setError;

QString EventTypeRepository::problem(const EventType &type)
{
    const QString name = type.type.trimmed();
    if (name.isEmpty())
        return tr("An event type needs a name, such as “invoice.paid”.");
    if (name.contains(u'*'))
        return tr("An event type cannot contain *; wildcards belong in a webhook's events.");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The event type “%1” contains a control character.").arg(name);
    }
    if (name.size() > 200)
        return tr("The event type is too long (at most 200 characters).");
    return {};
}

bool EventTypeRepository::save(const EventType &type, QString *error) const
{
    if (const QString p = problem(type); !p.isEmpty()) {
        setError(error, p);
        return false;
    }
    return m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(m_db.dialect().upsert(
                QStringLiteral("custom_event_types"), {QStringLiteral("type")},
                {QStringLiteral("system_group"), QStringLiteral("description"),
                 QStringLiteral("sample"), QStringLiteral("created_at")}));
            q.bindValue(QStringLiteral(":type"), type.type.trimmed());
            q.bindValue(QStringLiteral(":system_group"), sqlvalue::text(type.system));
            q.bindValue(QStringLiteral(":description"), sqlvalue::text(type.description));
            q.bindValue(QStringLiteral(":sample"), sqlvalue::jsonText(type.sample));
            q.bindValue(QStringLiteral(":created_at"), sqlvalue::fromTime(sqlvalue::nowUtc()));
            if (!q.exec()) {
                setError(err, tr("Could not save the event type: %1")
                                  .arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            return true;
        },
        error);
}

bool EventTypeRepository::remove(const QString &type, QString *error) const
{
    bool found = false;
    const bool ok = m_db.write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM custom_event_types WHERE type = :type"));
            q.bindValue(QStringLiteral(":type"), type);
            if (!q.exec()) {
                setError(err, tr("Could not remove the event type: %1")
                                  .arg(sqlvalue::errorText(q.lastError())));
                return false;
            }
            found = q.numRowsAffected() > 0;
            return true;
        },
        error);
    if (ok && !found) {
        setError(error, tr("There is no custom event type “%1”.").arg(type));
        return false;
    }
    return ok;
}

QList<EventType> EventTypeRepository::list(QString *error) const
{
    QList<EventType> types;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT type, system_group, description, sample "
                             "FROM custom_event_types ORDER BY system_group, type"));
    if (!q.exec()) {
        setError(error,
                 tr("Could not read the event types: %1").arg(sqlvalue::errorText(q.lastError())));
        return types;
    }
    while (q.next()) {
        EventType t;
        t.type = q.value(0).toString();
        t.system = q.value(1).toString();
        t.description = q.value(2).toString();
        QJsonValue sample;
        if (sqlvalue::toJson(q.value(3), &sample))
            t.sample = sample.toObject();
        t.custom = true;
        types << t;
    }
    return types;
}

} // namespace relais
