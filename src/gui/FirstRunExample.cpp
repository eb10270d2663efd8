#include "FirstRunExample.h"

#include "delivery/DeliveryEngine.h"
#include "delivery/InboxServer.h"
#include "payload/EventCatalog.h"
#include "service/WebhookService.h"
#include "signing/Signer.h"
#include "storage/InboxRepository.h"
#include "storage/WebhookRepository.h"

namespace relais {

namespace {

const QString kEventType = QStringLiteral("Sales Order.on_submit");

} // namespace

FirstRunExample::FirstRunExample(const Database &db, SecretStore &secrets, DeliveryEngine &engine,
                                 const EventCatalog &catalog, const InboxServer &inbox)
    : m_db(db)
    , m_secrets(secrets)
    , m_engine(engine)
    , m_catalog(catalog)
    , m_inbox(inbox)
{}

QString FirstRunExample::webhookName()
{
    return tr("Example: Sales Orders to the Relais inbox");
}

QUuid FirstRunExample::run(QString *error)
{
    if (!m_inbox.isListening()) {
        *error = tr("The built-in inbox is not running, so the example has nowhere to send to.");
        return {};
    }
    const QString inbox = QString::fromLatin1(kInbox);
    if (!InboxRepository(m_db).ensure(inbox, error))
        return {};

    WebhookService service(m_db, m_secrets);
    ServiceError serviceError;
    QString dbError;
    std::optional<Webhook> existing =
        WebhookRepository(m_db).findByIdOrName(webhookName(), &dbError);
    Webhook w = existing.value_or(Webhook());
    w.name = webhookName();
    w.description = tr("Made by the first-run example: each submitted Sales Order goes, signed, to "
                       "the built-in inbox, which checks the signature.");
    w.url = m_inbox.urlFor(inbox); // the port may have changed since last time
    w.eventPatterns = {kEventType};
    w.enabled = true;
    w.signing = SigningScheme::StandardWebhooks;
    const bool saved =
        existing ? service.update(w, std::nullopt, &serviceError)
                 : service.create(w, Signer::generateSecret(SigningScheme::StandardWebhooks),
                                  &serviceError);
    if (!saved) {
        *error = serviceError.message;
        return {};
    }

    const EventType *type = m_catalog.find(kEventType);
    Event event = type ? type->sampleEvent() : Event();
    event.id = Event::newId();
    event.type = kEventType;
    event.source = QStringLiteral("example");
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();
    m_engine.sink().submit(event, [](const SubmitResult &) {});
    return w.id;
}

} // namespace relais
