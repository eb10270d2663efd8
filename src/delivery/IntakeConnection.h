#pragma once

#include "delivery/IntakeFraming.h"
#include "delivery/IntakeResponse.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

class QTcpSocket;

namespace relais {

// One client connection of the intake endpoint. It reads each incoming
// chunk before QHttpServer does and refuses an oversize or unframeable
// request from its head, so no body beyond the limit is ever buffered; and
// it writes responses in the order the requests came, even when the answer
// to an earlier request arrives later (keep-alive, pipelining).
class IntakeConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeConnection)

public:
    struct Settings
    {
        IntakeFraming::Limits limits;
        // A connection with no request waiting for an answer is closed after
        // this long without completing a request: idle keep-alive
        // connections and slow drips do not hold a place forever.
        std::chrono::milliseconds idleTimeout{30'000};
    };

    // Becomes a child of `socket`. Must be created before QHttpServer sees
    // the socket, so that it is the first to be told about new bytes.
    IntakeConnection(QTcpSocket *socket, const Settings &settings);

    static IntakeConnection *of(QTcpSocket *socket);

    // Takes the next response slot, for a request QHttpServer has just
    // handed over (requests are handed over in the order they came).
    quint64 reserve(QHttpServerResponder &&responder);
    // Fills a slot; responses are written as soon as all earlier ones are.
    void respond(quint64 ticket, IntakeResponse response);

    int pendingResponses() const { return int(m_slots.size()); }

    // Responses one connection may owe at once; a client pipelining more
    // requests behind a slow one is cut off.
    static constexpr int kMaxPendingResponses = 64;

private:
    struct Slot
    {
        quint64 ticket = 0;
        // Responses are written here as raw bytes (the same path serves the
        // refusals QHttpServer never sees); the responder is only kept alive
        // until then, as later QHttpServer versions tie the connection to it.
        std::optional<QHttpServerResponder> responder;
        std::optional<IntakeResponse> response;
    };

    void onReadyRead();
    void refuse(IntakeResponse response, qint64 drainBudget);
    void discardIncoming();
    void writeReadySlots();
    void closeIfDrained();
    void closeWhenIdle();

    QTcpSocket *m_socket;
    IntakeFraming m_framing;
    std::deque<Slot> m_slots;
    quint64 m_nextTicket = 1;
    bool m_refused = false;
    bool m_closing = false;
    qint64 m_drainBudget = 0;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    int m_lingerRounds = 0;
};

} // namespace relais
