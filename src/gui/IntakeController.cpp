#include "IntakeController.h"

#include "delivery/IntakeServer.h"
#include "delivery/IntakeToken.h"

namespace relais {

IntakeController::IntakeController(EventSink &sink, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_server(std::make_unique<IntakeServer>(sink, secrets))
{}

IntakeController::~IntakeController() = default;

bool IntakeController::apply(bool enabled, quint16 port, QString *error)
{
    m_failure.clear();
    bool ok = true;
    if (!enabled) {
        m_server->stop();
    } else if (!m_server->isListening() || m_server->port() != port) {
        m_server->stop();
        IntakeOptions options;
        options.port = port;
        QString why;
        ok = m_server->start(options, &why);
        if (!ok) {
            m_failure = why;
            if (error)
                *error = why;
        }
    }
    Q_EMIT statusChanged(statusText());
    return ok;
}

bool IntakeController::isListening() const
{
    return m_server->isListening();
}

quint16 IntakeController::port() const
{
    return m_server->port();
}

QString IntakeController::endpointUrl() const
{
    if (!m_server->isListening())
        return {};
    return QStringLiteral("http://%1:%2/v1/events")
        .arg(m_server->address().toString())
        .arg(m_server->port());
}

QString IntakeController::statusText() const
{
    if (m_server->isListening())
        return tr("Intake %1:%2").arg(m_server->address().toString()).arg(m_server->port());
    if (!m_failure.isEmpty())
        return tr("Intake stopped: %1").arg(m_failure);
    return tr("Intake off");
}

QByteArray IntakeController::token(QString *error) const
{
    if (m_server->isListening() && !m_server->token().isEmpty())
        return m_server->token();
    return IntakeToken::current(m_secrets, error);
}

QByteArray IntakeController::regenerateToken(QString *error)
{
    if (m_server->isListening())
        return m_server->regenerateToken(error) ? m_server->token() : QByteArray();
    return IntakeToken::regenerate(m_secrets, error);
}

} // namespace relais
