#include "InboxServer.h"

#include "InboxVerdict.h"
#include "IntakeConnection.h"
#include "IntakeListener.h"
#include "IntakeResponse.h"
#include "core/Redaction.h"
#include "secrets/SecretStore.h"
#include "signing/SignatureVerifier.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace relais {

Q_LOGGING_CATEGORY(lcInbox, "relais.inbox", QtInfoMsg)

namespace {

const QString kPrefix = QStringLiteral("/inbox/");

QString methodText(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

bool loopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The answer the script gives to the request numbered `count` since it was set.
IntakeResponse scriptedAnswer(const Inbox &inbox, qint64 count, qint64 requestId)
{
    IntakeResponse response;
    if (count > 0 && count <= inbox.failFirst) {
        response = IntakeResponse::json(
            inbox.failStatus,
            QJsonObject{{QStringLiteral("error"),
                         InboxServer::tr("Failing on purpose: request %1 of the first %2.")
                             .arg(count)
                             .arg(inbox.failFirst)}});
        if (inbox.retryAfterSeconds > 0)
            response.withHeader("Retry-After", QByteArray::number(inbox.retryAfterSeconds));
        return response;
    }
    response.status = inbox.status;
    response.body = inbox.body.isEmpty()
                        ? QByteArray("{\"received\":") + QByteArray::number(requestId) + '}'
                        : inbox.body.toUtf8();
    return response;
}

} // namespace

InboxServer::InboxServer(const Database &db, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
{}

InboxServer::~InboxServer()
{
    stop();
}

bool InboxServer::start(const InboxOptions &options, QString *error)
{
    stop();
    if (options.address.isNull() || !options.address.isLoopback()) {
        if (error)
            *error = tr("The inbox did not start: %1 is not a loopback address; the inbox only "
                        "listens on this computer.")
                         .arg(options.address.toString());
        return false;
    }
    auto http = std::make_unique<QHttpServer>();
    http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    IntakeConnection::Settings settings;
    settings.limits.maxBodyBytes = options.maxBodyBytes;
    auto *listener = new IntakeListener(settings, options.maxConnections, http.get());
    if (!listener->listen(options.address, options.port)) {
        if (error)
            *error = tr("The inbox could not listen on %1, port %2: %3")
                         .arg(options.address.toString())
                         .arg(options.port)
                         .arg(listener->errorString());
        return false;
    }
    http->bind(listener);
    m_http = std::move(http);
    m_listener = listener;
    m_options = options;
    qCInfo(lcInbox).noquote() << "listening on" << options.address.toString() << "port" << port();
    return true;
}

void InboxServer::stop()
{
    if (!m_http)
        return;
    // Deletes the listener and every socket; delayed answers die with their connection.
    m_http.reset();
    qCInfo(lcInbox) << "stopped";
}

bool InboxServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 InboxServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString InboxServer::pathFor(const QString &inbox)
{
    return kPrefix + inbox;
}

QString InboxServer::urlFor(const QString &inbox) const
{
    if (!isListening())
        return {};
    const QHostAddress address = m_listener->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QString(u'[' + address.toString() + u']')
                             : address.toString();
    return QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(pathFor(inbox));
}

QString InboxServer::inboxOfUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") ||
        !loopbackHost(parsed.host()))
        return {};
    const QString path = parsed.path();
    if (!path.startsWith(kPrefix))
        return {};
    const QString name = path.mid(kPrefix.size());
    return InboxRepository::validName(name) ? name : QString();
}

void InboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    IntakeConnection *connection = IntakeConnection::of(responder.socket());
    if (!connection) {
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    const quint64 ticket = connection->reserve(std::move(responder));
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const auto answer = [connection, ticket, head](IntakeResponse response) {
        if (head)
            response.body.clear();
        connection->respond(ticket, std::move(response));
    };

    const QString path = request.url().path();
    if (!path.startsWith(kPrefix)) {
        answer(IntakeResponse::error(404, tr("There is nothing here. Inboxes receive requests "
                                             "at /inbox/<name>.")));
        return;
    }
    const QString name = path.mid(kPrefix.size());
    QString error;
    const std::optional<Inbox> inbox =
        InboxRepository::validName(name) ? InboxRepository(m_db).find(name, &error) : std::nullopt;
    if (!inbox) {
        if (!error.isEmpty()) {
            answer(IntakeResponse::error(500, error));
            return;
        }
        qCDebug(lcInbox).noquote() << "no inbox" << name;
        IntakeResponse response = IntakeResponse::json(
            404, QJsonObject{{QStringLiteral("error"),
                              tr("There is no inbox “%1”. Create it in Relais or with "
                                 "relaisctl inbox add %1.")
                                  .arg(name)},
                             {QStringLiteral("inbox"), name}});
        answer(std::move(response));
        return;
    }
    if (request.body().size() > m_options.maxBodyBytes) {
        answer(IntakeResponse::error(
            413, tr("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));
        return;
    }

    InboxRequest stored;
    stored.inbox = name;
    stored.method = methodText(request.method());
    stored.path =
        request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    stored.headers = request.headers();
    stored.body = request.body();
    stored.source = request.remoteAddress().toString();

    const Check check = checkSignature(name, stored.headers, stored.body);
    stored.verdict = check.verdict;
    stored.verdictDetail = check.detail;
    stored.webhookId = check.webhookId;
    stored.headers = Redaction::headers(stored.headers, check.secretHeaders);

    InboxRepository repository(m_db);
    const qint64 count = repository.countReceived(name, &error);
    // The answer's body names the request id, known only once stored: the
    // status is decided first, then the row written with it.
    IntakeResponse response = scriptedAnswer(*inbox, count, 0);
    stored.answeredStatus = response.status;
    if (count < 0 || !repository.record(&stored, &error)) {
        qCWarning(lcInbox).noquote() << "could not store a request:" << error;
        answer(IntakeResponse::error(500, error));
        return;
    }
    response = scriptedAnswer(*inbox, count, stored.id);
    qCDebug(lcInbox).noquote() << stored.method << stored.path << "->" << response.status
                               << stored.verdict;
    Q_EMIT requestReceived(name, stored.id);

    if (inbox->delayMs > 0) {
        QTimer::singleShot(inbox->delayMs, connection, [answer, response] { answer(response); });
    } else {
        answer(std::move(response));
    }
}

InboxServer::Check InboxServer::checkSignature(const QString &inbox, const HeaderList &headers,
                                               const QByteArray &body)
{
    QString error;
    QList<Webhook> candidates;
    for (const Webhook &w : WebhookRepository(m_db).list(&error)) {
        if (inboxOfUrl(w.url) == inbox)
            candidates << w;
    }
    if (candidates.isEmpty()) {
        return {InboxVerdict::noWebhook(),
                tr("No webhook is aimed at this inbox, so there is no secret to check the "
                   "signature with."),
                {},
                {}};
    }
    const quint16 ownPort = port();
    const auto rank = [ownPort](const Webhook &w) {
        return (QUrl(w.url).port(80) == ownPort ? 0 : 2) + (w.enabled ? 0 : 1);
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&rank](const Webhook &a, const Webhook &b) { return rank(a) < rank(b); });

    QStringList secretHeaders;
    for (const Webhook &w : std::as_const(candidates)) {
        for (const WebhookHeader &h : w.headers) {
            if (h.secret)
                secretHeaders << h.name;
        }
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::optional<Check> first;
    for (const Webhook &w : std::as_const(candidates)) {
        Check check = checkWith(w, headers, body, now);
        check.secretHeaders = secretHeaders;
        if (check.verdict == InboxVerdict::valid())
            return check;
        if (!first)
            first = std::move(check);
    }
    return *first;
}

bool InboxServer::bodyDiffersFromSent(const Webhook &webhook, const HeaderList &headers,
                                      const QByteArray &body) const
{
    // Relais sends the delivery id as webhook-id whatever the scheme.
    QByteArray deliveryId;
    for (const auto &[name, value] : headers) {
        if (name.compare("webhook-id", Qt::CaseInsensitive) == 0)
            deliveryId = value.trimmed();
    }
    if (deliveryId.isEmpty())
        return false;
    QString error;
    const std::optional<DeliveryDetail> sent =
        DeliveryRepository(m_db).find(QString::fromUtf8(deliveryId), &error);
    if (!sent || sent->summary.delivery.webhookId != webhook.id)
        return false;
    const QByteArray &stored = sent->summary.delivery.request.body;
    return !stored.isEmpty() && stored != body;
}

InboxServer::Check InboxServer::checkWith(const Webhook &webhook, const HeaderList &headers,
                                          const QByteArray &body, qint64 now)
{
    if (webhook.signing == SigningScheme::None) {
        return {InboxVerdict::notSigned(),
                tr("The webhook “%1” does not sign its requests.").arg(webhook.name),
                webhook.id,
                {}};
    }
    QList<QByteArray> secrets;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (const SecretRef &ref : webhook.secrets) {
        if (!ref.isActiveAt(when))
            continue;
        const SecretStore::Result r = m_secrets.read(ref.key);
        if (!r.ok()) {
            return {InboxVerdict::secretUnavailable(),
                    tr("The signing secret of “%1” cannot be read: %2").arg(webhook.name, r.error),
                    webhook.id,
                    {}};
        }
        secrets << r.value;
    }
    if (secrets.isEmpty()) {
        return {InboxVerdict::secretUnavailable(),
                tr("The webhook “%1” has no active signing secret.").arg(webhook.name),
                webhook.id,
                {}};
    }
    // Newest secret first: its problem is the one reported when none verifies.
    std::optional<Verification> reported;
    for (auto it = secrets.crbegin(); it != secrets.crend(); ++it) {
        const Verification v = SignatureVerifier::verify(
            webhook.signing, webhook.hmac, *it, headers, body, now, m_options.toleranceSeconds);
        if (v.valid) {
            return {InboxVerdict::valid(),
                    tr("Signed by “%1” with an active secret.").arg(webhook.name),
                    webhook.id,
                    {}};
        }
        if (!reported)
            reported = v;
    }
    if (reported->problem == Verification::Problem::Mismatch &&
        bodyDiffersFromSent(webhook, headers, body)) {
        return {InboxVerdict::bodyChanged(),
                tr("The signature does not match, and the body is not the one Relais sent for "
                   "this delivery: it was changed on the way."),
                webhook.id,
                {}};
    }
    return {InboxVerdict::fromVerification(*reported), reported->reason, webhook.id, {}};
}

} // namespace relais
