#pragma once

#include "core/Webhook.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>

#include <optional>

namespace relais {

class Database;

// Loads and stores webhooks. Secret values are never passed here: secret
// headers are stored with an empty value and signing secrets as keychain
// references only.
class WebhookRepository final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookRepository)

public:
    explicit WebhookRepository(const Database &db)
        : m_db(db)
    {}

    // Validates, gives a null id a new UUID, sets the timestamps, inserts.
    // A validation failure returns false with the problems joined in `error`.
    bool insert(Webhook &webhook, QString *error) const;
    // All or nothing: every webhook is validated before any is written.
    bool insertAll(QList<Webhook> &webhooks, QString *error) const;
    bool update(Webhook &webhook, QString *error) const;
    bool remove(const QUuid &id, QString *error) const;
    bool setEnabled(const QUuid &id, bool enabled, const QString &disabledReason,
                    QString *error) const;

    // Not found: std::nullopt with `error` untouched; it is set only when
    // the database cannot be read.
    std::optional<Webhook> find(const QUuid &id, QString *error) const;
    // Accepts a UUID or an exact name (then, failing that, the name in any
    // case); an id of one webhook that is the name of another is an error.
    std::optional<Webhook> findByIdOrName(const QString &idOrName, QString *error) const;
    QList<Webhook> list(QString *error) const; // ordered by name, ignoring case
    bool nameTaken(const QString &name, const QUuid &exceptId) const;

private:
    // Database::write(), announcing at commit (on PostgreSQL) that the
    // webhooks changed, so that other windows show it.
    bool writeAnnounced(const std::function<bool(QSqlDatabase &, QString *)> &work,
                        QString *error) const;

    const Database &m_db;
};

} // namespace relais
