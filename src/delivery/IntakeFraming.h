#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace relais {

// Follows the HTTP/1.1 requests arriving on one connection, chunk by chunk,
// so that a request can be refused from its head alone (declared size,
// framing) before anything buffers its body. Keeps at most one head in
// memory; body bytes are only counted.
class IntakeFraming final
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qsizetype maxHeadBytes = 32 * 1024;
    };

    enum class Verdict
    {
        Continue,        // nothing refused so far
        BadRequest,      // a head that cannot be framed (bad or conflicting Content-Length)
        LengthRequired,  // a Transfer-Encoding body: only Content-Length bodies are accepted
        PayloadTooLarge, // Content-Length above maxBodyBytes
        HeadTooLarge,    // request line and headers above maxHeadBytes
    };

    explicit IntakeFraming(Limits limits);

    // Takes the next bytes of the stream. Once a request is refused the
    // verdict sticks, and later bytes are ignored.
    Verdict feed(QByteArrayView bytes);

    // True when the next `count` bytes all belong to the current body, so
    // the caller may pass them to skipBody() without reading them.
    bool withinBody(qint64 count) const;
    void skipBody(qint64 count);

    Verdict verdict() const { return m_verdict; }
    const Limits &limits() const { return m_limits; }
    // Content-Length of the last head read (the refused one after a refusal).
    qint64 declaredLength() const { return m_declaredLength; }
    // After PayloadTooLarge: body bytes of the refused request not yet fed.
    qint64 refusedBodyRemaining() const { return m_refusedBodyRemaining; }
    // Whether a head read by the last feed() asked for "100 Continue" and
    // its body has not started to arrive yet.
    bool expectsContinue() const { return m_expectsContinue; }
    // Requests whose head and body have been seen in full.
    int completedRequests() const { return m_completed; }

private:
    Verdict readHead(QByteArrayView head);

    Limits m_limits;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    bool m_inBody = false;
    qint64 m_declaredLength = 0;
    bool m_expectsContinue = false;
    qint64 m_refusedBodyRemaining = 0;
    int m_completed = 0;
    Verdict m_verdict = Verdict::Continue;
};

} // namespace relais
