#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace relais {

class Database;
class DeliveryEngine;
class EventCatalog;
class InboxServer;
class SecretStore;

// The one-click example an empty database offers: an inbox "demo" on the
// built-in receiver, a webhook signed with Standard Webhooks that targets
// it, and a sample Sales Order event, so that a first delivery travels and
// is verified on screen without any other server.
class FirstRunExample final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunExample)

public:
    static constexpr const char *kInbox = "demo";

    FirstRunExample(const Database &db, SecretStore &secrets, DeliveryEngine &engine,
                    const EventCatalog &catalog, const InboxServer &inbox);

    // Creates (or reuses) the inbox and the webhook, then submits the event.
    // The id of the webhook, or a null id with *error saying why.
    QUuid run(QString *error);

    static QString webhookName();

private:
    const Database &m_db;
    SecretStore &m_secrets;
    DeliveryEngine &m_engine;
    const EventCatalog &m_catalog;
    const InboxServer &m_inbox;
};

} // namespace relais
