#include "IntakeServer.h"

#include "EventSink.h"
#include "IntakeConnection.h"
#include "IntakeEventParser.h"
#include "IntakeListener.h"
#include "IntakeLogging.h"
#include "IntakeResponse.h"
#include "IntakeToken.h"
#include "signing/SigningPrimitives.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace relais {

Q_LOGGING_CATEGORY(lcIntake, "relais.intake", QtInfoMsg)

namespace {

QString eventsPath()
{
    return QStringLiteral("/v1/events");
}

// Tokens are compared through their digests: equal length whatever the
// client sends, so the comparison time says nothing about the token.
QByteArray tokenDigest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

IntakeServer::IntakeServer(EventSink &sink, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_secrets(secrets)
{}

IntakeServer::~IntakeServer()
{
    stop();
}

bool IntakeServer::addressAllowed(const QHostAddress &address, bool allowNonLoopback)
{
    if (address.isNull())
        return false;
    return address.isLoopback() || allowNonLoopback;
}

bool IntakeServer::start(const IntakeOptions &options, QString *error)
{
    stop();
    const auto fail = [error](const QString &message) {
        qCWarning(lcIntake).noquote() << message;
        if (error)
            *error = message;
        return false;
    };

    if (!addressAllowed(options.address, options.allowNonLoopback)) {
        return fail(tr("The intake endpoint did not start: %1 is not a loopback address. "
                       "Listening there would let other computers submit events; allow "
                       "non-loopback addresses explicitly to do so.")
                        .arg(options.address.toString()));
    }

    QString tokenError;
    const QByteArray token = IntakeToken::current(m_secrets, &tokenError);
    if (token.isEmpty())
        return fail(tr("The intake endpoint did not start. %1").arg(tokenError));

    auto http = std::make_unique<QHttpServer>();
    http->route(eventsPath(), QHttpServerRequest::Method::Post,
                [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    handleEvent(request, std::move(responder));
                });
    http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleUnrouted(request, std::move(responder));
        });

    IntakeConnection::Settings settings;
    settings.limits.maxBodyBytes = options.maxBodyBytes;
    settings.idleTimeout = options.idleTimeout;
    auto *listener = new IntakeListener(settings, options.maxConnections, http.get());
    if (!listener->listen(options.address, options.port)) {
        return fail(tr("The intake endpoint could not listen on %1, port %2: %3")
                        .arg(options.address.toString())
                        .arg(options.port)
                        .arg(listener->errorString()));
    }
    http->bind(listener);

    if (!options.address.isLoopback()) {
        qCWarning(lcIntake).noquote()
            << "listening on the non-loopback address" << options.address.toString()
            << "- any host that can reach it and holds the token can submit events";
    }
    m_http = std::move(http);
    m_listener = listener;
    m_options = options;
    m_pendingEvents = 0;
    ++m_generation;
    setToken(token);
    qCInfo(lcIntake).noquote() << "listening on" << address().toString() << "port" << port();
    return true;
}

void IntakeServer::stop()
{
    if (!m_http)
        return;
    qCInfo(lcIntake) << "stopped";
    // Deletes the listener and every socket with it; pending sink answers
    // then find their connection gone and are dropped.
    m_http.reset();
    m_pendingEvents = 0;
    ++m_generation;
}

bool IntakeServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress IntakeServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 IntakeServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

int IntakeServer::connectionCount() const
{
    return m_listener ? m_listener->connectionCount() : 0;
}

bool IntakeServer::regenerateToken(QString *error)
{
    const QByteArray token = IntakeToken::regenerate(m_secrets, error);
    if (token.isEmpty())
        return false;
    setToken(token);
    qCInfo(lcIntake) << "token regenerated";
    return true;
}

void IntakeServer::setToken(const QByteArray &token)
{
    m_token = token;
    m_tokenDigest = tokenDigest(token);
}

bool IntakeServer::authorized(const QHttpServerRequest &request) const
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (header.size() <= scheme.size() || header.first(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray presented = header.sliced(scheme.size()).trimmed();
    if (presented.isEmpty() || m_tokenDigest.isEmpty())
        return false;
    return signing::constantTimeEquals(tokenDigest(presented), m_tokenDigest);
}

void IntakeServer::handleEvent(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    IntakeConnection *connection = IntakeConnection::of(responder.socket());
    if (!connection) {
        // Every socket comes through IntakeListener; this is a programming error.
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    const quint64 ticket = connection->reserve(std::move(responder));

    if (!authorized(request)) {
        const bool missing = request.value(QByteArrayLiteral("Authorization")).isEmpty();
        qCDebug(lcIntake).noquote() << "refused a request with" << (missing ? "no" : "a wrong")
                                    << "token from" << request.remoteAddress().toString();
        const QString message =
            missing ? tr("A token is required: send the header \"Authorization: Bearer "
                         "<token>\" with the intake token.")
                    : tr("The token is not valid. It may have been regenerated: copy the "
                         "current intake token from Relais.");
        connection->respond(ticket, IntakeResponse::error(401, message)
                                        .withHeader("WWW-Authenticate", "Bearer realm=\"relais\""));
        return;
    }
    // IntakeConnection refuses oversize bodies from the head; this covers any other way in.
    if (request.body().size() > m_options.maxBodyBytes) {
        connection->respond(
            ticket,
            IntakeResponse::error(
                413, tr("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));
        return;
    }

    Event event;
    QString error;
    if (!IntakeEventParser::parse(request.body(), QDateTime::currentDateTimeUtc(), &event,
                                  &error)) {
        qCDebug(lcIntake).noquote() << "refused an event:" << error;
        connection->respond(ticket, IntakeResponse::error(400, error));
        return;
    }
    if (m_pendingEvents >= m_options.maxPendingEvents) {
        qCWarning(lcIntake) << "busy:" << m_pendingEvents << "events are waiting to be stored";
        connection->respond(ticket,
                            IntakeResponse::error(503, tr("Too many events are waiting to be "
                                                          "stored. Try again in a moment."))
                                .withHeader("Retry-After", "1"));
        return;
    }

    ++m_pendingEvents;
    const QPointer<IntakeServer> self(this);
    const QPointer<IntakeConnection> target(connection);
    const quint64 generation = m_generation;
    const QString eventId = event.id;
    m_sink.submit(event, [self, target, ticket, generation, eventId](const SubmitResult &result) {
        if (self && self->m_generation == generation)
            --self->m_pendingEvents;
        if (!result.accepted && !result.duplicate) {
            qCWarning(lcIntake).noquote()
                << "event" << eventId << "was not stored:" << result.error;
        }
        // The client may have gone, or the server stopped, meanwhile.
        if (target)
            target->respond(ticket, IntakeResponse::forSubmit(result, eventId));
    });
}

void IntakeServer::handleUnrouted(const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    IntakeConnection *connection = IntakeConnection::of(responder.socket());
    if (!connection) {
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    const quint64 ticket = connection->reserve(std::move(responder));
    IntakeResponse response =
        request.url().path() == eventsPath()
            ? IntakeResponse::error(405, tr("Events are submitted with POST %1.").arg(eventsPath()))
                  .withHeader("Allow", "POST")
            : IntakeResponse::error(404, tr("There is nothing here. Events are submitted with "
                                            "POST %1.")
                                             .arg(eventsPath()));
    if (request.method() == QHttpServerRequest::Method::Head)
        response.body.clear();
    connection->respond(ticket, std::move(response));
}

} // namespace relais
