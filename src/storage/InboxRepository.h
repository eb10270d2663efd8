#pragma once

#include "core/Delivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace relais {

class Database;

// A receiver of the built-in inbox, with the script saying how it answers:
// the first `failFirst` requests get `failStatus` (with Retry-After when
// `retryAfterSeconds` > 0), every later one `status` with `body`, each after
// `delayMs`.
struct Inbox
{
    QString name;
    int status = 200;
    int delayMs = 0;
    QString body;
    int failFirst = 0;
    int failStatus = 500;
    int retryAfterSeconds = 0;
    qint64 receivedCount = 0; // since the script was last set
    QDateTime createdAt;
};

// One request an inbox received, with how it was answered and what its
// signature check concluded.
struct InboxRequest
{
    qint64 id = 0;
    QString inbox;
    QDateTime receivedAt;
    QString method;
    QString path; // with the query, as sent
    HeaderList headers;
    QByteArray body;
    QString source; // the client's address
    int answeredStatus = 0;
    QString verdict;       // a key: "valid", "wrong secret", … (see InboxVerdict)
    QString verdictDetail; // a translated sentence
    QUuid webhookId;       // the webhook the request was checked against; null: none
};

// Stores inboxes and the requests they received.
class InboxRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InboxRepository)

public:
    explicit InboxRepository(const Database &db)
        : m_db(db)
    {}

    // Names go into URLs: 1 to 64 letters, digits, '.', '_' or '-'.
    static bool validName(const QString &name);

    // Fails when the name is invalid or taken.
    bool create(const Inbox &inbox, QString *error) const;
    // Creates the inbox with the default script unless it exists.
    bool ensure(const QString &name, QString *error) const;
    // Removes the inbox and every request it received.
    bool remove(const QString &name, QString *error) const;
    // Replaces the script (everything but the name) and starts counting
    // requests again, so "fail the first N" applies from now on.
    bool setScript(const Inbox &inbox, QString *error) const;

    // Not found: nullopt with `error` untouched.
    std::optional<Inbox> find(const QString &name, QString *error) const;
    QList<Inbox> list(QString *error) const; // by name

    // Counts one more request for the inbox and returns its number (1 for
    // the first since the script was set), or -1 when the inbox does not
    // exist or the database failed (then *error says why).
    qint64 countReceived(const QString &name, QString *error) const;

    // Stores a request; sets its id (and receivedAt when invalid).
    bool record(InboxRequest *request, QString *error) const;
    std::optional<InboxRequest> findRequest(qint64 id, QString *error) const;
    // Newest first; limit <= 0: all.
    QList<InboxRequest> requests(const QString &inbox, int limit, QString *error) const;
    qint64 requestCount(const QString &inbox, QString *error) const;

private:
    const Database &m_db;
};

} // namespace relais
