#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace relais {

class EventSink;
class IntakeServer;
class SecretStore;

// The window's intake endpoint (POST /v1/events on 127.0.0.1): started,
// stopped or moved to another port as Settings say, and described for the
// status bar. A port that cannot be bound is reported, never fatal.
class IntakeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeController)

public:
    IntakeController(EventSink &sink, SecretStore &secrets, QObject *parent = nullptr);
    ~IntakeController() override;

    // Listens on `port` of 127.0.0.1 when `enabled`, else stops. False, with
    // *error saying why, when the endpoint could not start.
    bool apply(bool enabled, quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;
    // "Intake 127.0.0.1:8645", "Intake off", or why it is not listening.
    QString statusText() const;
    // The address clients post to, when listening.
    QString endpointUrl() const;

    // The token clients present: the running endpoint's, else the stored one.
    QByteArray token(QString *error) const;
    // A new token, in force at once for the running endpoint.
    QByteArray regenerateToken(QString *error);

Q_SIGNALS:
    void statusChanged(const QString &text);

private:
    SecretStore &m_secrets;
    std::unique_ptr<IntakeServer> m_server;
    QString m_failure;
};

} // namespace relais
