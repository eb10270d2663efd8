#include "IntakeConnection.h"

#include "IntakeLogging.h"

#include <QTcpSocket>

#include <chrono>

using namespace std::chrono_literals;

namespace relais {

namespace {

// How much of a refused body is read and thrown away before closing, so
// that the client, still sending, gets to read the refusal instead of a reset.
constexpr qint64 kMaxDrainBytes = 8 * 1024 * 1024;

} // namespace

IntakeConnection::IntakeConnection(QTcpSocket *socket, const Settings &settings)
    : QObject(socket)
    , m_socket(socket)
    , m_framing(settings.limits)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &IntakeConnection::onReadyRead);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(settings.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &IntakeConnection::closeWhenIdle);
    m_idleTimer.start();
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        // First a graceful close, then, if the peer never reads, a hard one.
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_lingerRounds++ == 0) {
            m_socket->disconnectFromHost();
            m_lingerTimer.start(2s);
        } else {
            m_socket->abort();
        }
    });
}

IntakeConnection *IntakeConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<IntakeConnection *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void IntakeConnection::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    const int completed = m_framing.completedRequests();
    // Body bytes need not be looked at, only counted.
    IntakeFraming::Verdict verdict = IntakeFraming::Verdict::Continue;
    if (m_framing.withinBody(available))
        m_framing.skipBody(available);
    else
        verdict = m_framing.feed(m_socket->peek(available));
    if (m_framing.completedRequests() != completed)
        m_idleTimer.start();

    switch (verdict) {
    case IntakeFraming::Verdict::Continue:
        // Without this a client that asked for it waits a second before sending the body.
        if (m_framing.expectsContinue() && m_slots.empty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case IntakeFraming::Verdict::PayloadTooLarge:
        qCDebug(lcIntake) << "refused a request body of" << m_framing.declaredLength()
                          << "bytes from" << m_socket->peerAddress().toString();
        refuse(IntakeResponse::error(413, tr("The request body is larger than %1 bytes.")
                                              .arg(m_framing.limits().maxBodyBytes)),
               qMin(m_framing.refusedBodyRemaining(), kMaxDrainBytes));
        return;
    case IntakeFraming::Verdict::HeadTooLarge:
        qCDebug(lcIntake) << "refused an oversize request head from"
                          << m_socket->peerAddress().toString();
        refuse(IntakeResponse::error(431, tr("The request line and headers are larger than %1 "
                                             "bytes.")
                                              .arg(m_framing.limits().maxHeadBytes)),
               0);
        return;
    case IntakeFraming::Verdict::LengthRequired:
        refuse(IntakeResponse::error(411, tr("Send the body with a Content-Length header; "
                                             "chunked bodies are not accepted.")),
               0);
        return;
    case IntakeFraming::Verdict::BadRequest:
        refuse(IntakeResponse::error(400, tr("The request has an invalid Content-Length.")), 0);
        return;
    }
}

quint64 IntakeConnection::reserve(QHttpServerResponder &&responder)
{
    const quint64 ticket = m_nextTicket++;
    m_slots.push_back(Slot{ticket, std::move(responder), std::nullopt});
    if (int(m_slots.size()) > kMaxPendingResponses && !m_refused) {
        qCDebug(lcIntake) << "too many pipelined requests from"
                          << m_socket->peerAddress().toString();
        refuse(IntakeResponse::error(503, tr("Too many requests are waiting for an answer on "
                                             "this connection."))
                   .withHeader("Retry-After", "1"),
               0);
    }
    return ticket;
}

void IntakeConnection::respond(quint64 ticket, IntakeResponse response)
{
    for (Slot &slot : m_slots) {
        if (slot.ticket == ticket) {
            slot.response = std::move(response);
            writeReadySlots();
            return;
        }
    }
    // Not found: the connection was cut off after a refusal, the answer has nowhere to go.
}

void IntakeConnection::refuse(IntakeResponse response, qint64 drainBudget)
{
    m_refused = true;
    // Nobody else may read from here on: QHttpServer would buffer what follows.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &IntakeConnection::discardIncoming);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();

    // What has arrived so far is thrown away; drainBudget counts what is still to come.
    m_socket->skip(m_socket->bytesAvailable());
    m_drainBudget = drainBudget;
    response.closeConnection = true;
    m_slots.push_back(Slot{m_nextTicket++, std::nullopt, std::move(response)});
    writeReadySlots();
    m_lingerTimer.start(2s);
}

void IntakeConnection::discardIncoming()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0) {
        m_socket->skip(available);
        m_drainBudget -= available;
    }
    closeIfDrained();
}

void IntakeConnection::writeReadySlots()
{
    while (!m_slots.empty() && m_slots.front().response) {
        const IntakeResponse &response = *m_slots.front().response;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(response.serialize());
        m_idleTimer.start();
        const bool close = response.closeConnection;
        m_slots.pop_front();
        if (close) {
            // Requests after a refusal are never answered.
            m_closing = true;
            m_slots.clear();
            break;
        }
    }
    closeIfDrained();
}

void IntakeConnection::closeWhenIdle()
{
    if (!m_slots.empty()) {
        // A request is waiting for the sink: the client is not idle, Relais is.
        m_idleTimer.start();
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        qCDebug(lcIntake) << "closing an idle connection from"
                          << m_socket->peerAddress().toString();
        m_socket->disconnectFromHost();
        m_lingerTimer.start(2s);
    }
}

void IntakeConnection::closeIfDrained()
{
    if (m_closing && m_drainBudget <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

} // namespace relais
