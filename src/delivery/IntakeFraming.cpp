#include "IntakeFraming.h"

#include <QList>

namespace relais {

namespace {

// Index just past the empty line ending a head, or -1. Accepts bare LF line
// ends, as lenient parsers do, so that both sides frame requests alike.
qsizetype headEnd(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 1); i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (bytes[i - 1] == '\n')
            return i + 1;
        if (i >= 2 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n')
            return i + 1;
    }
    return -1;
}

bool parseLength(QByteArrayView text, qint64 *length)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *length = value;
    return true;
}

} // namespace

IntakeFraming::IntakeFraming(Limits limits)
    : m_limits(limits)
{}

bool IntakeFraming::withinBody(qint64 count) const
{
    return m_verdict == Verdict::Continue && m_inBody && count <= m_bodyRemaining;
}

void IntakeFraming::skipBody(qint64 count)
{
    Q_ASSERT(withinBody(count));
    m_expectsContinue = false;
    m_bodyRemaining -= count;
    if (m_bodyRemaining == 0) {
        m_inBody = false;
        ++m_completed;
    }
}

IntakeFraming::Verdict IntakeFraming::feed(QByteArrayView bytes)
{
    m_expectsContinue = false;
    while (m_verdict == Verdict::Continue && !bytes.isEmpty()) {
        if (m_inBody) {
            const qint64 taken = qMin<qint64>(m_bodyRemaining, bytes.size());
            skipBody(taken);
            bytes = bytes.sliced(taken);
            continue;
        }
        // Blank lines between requests are allowed (RFC 9112, 2.2).
        if (m_head.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                break;
        }
        const qsizetype searchFrom = qMax<qsizetype>(0, m_head.size() - 3);
        const qsizetype room = m_limits.maxHeadBytes + 4 - m_head.size();
        const qsizetype taken = qMin<qsizetype>(room, bytes.size());
        m_head.append(bytes.first(taken));
        const qsizetype end = headEnd(m_head, searchFrom);
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeadBytes)
                m_verdict = Verdict::HeadTooLarge;
            bytes = bytes.sliced(taken);
            continue;
        }
        // What follows the head, within the bytes just appended, is body or the next request.
        const qsizetype surplus = m_head.size() - end;
        bytes = bytes.sliced(taken - surplus);
        m_head.truncate(end);
        m_verdict = readHead(m_head);
        m_head.clear();
        if (m_verdict == Verdict::PayloadTooLarge)
            m_refusedBodyRemaining = qMax<qint64>(0, m_declaredLength - bytes.size());
    }
    return m_verdict;
}

IntakeFraming::Verdict IntakeFraming::readHead(QByteArrayView head)
{
    if (head.size() > m_limits.maxHeadBytes)
        return Verdict::HeadTooLarge;

    bool haveLength = false;
    qint64 length = 0;
    bool expectContinue = false;
    const QList<QByteArray> lines = QByteArray(head.data(), head.size()).trimmed().split('\n');
    // Line 0 is the request line; framing only depends on the headers.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            qint64 parsed = 0;
            if (!parseLength(value, &parsed) || (haveLength && parsed != length))
                return Verdict::BadRequest;
            haveLength = true;
            length = parsed;
        } else if (name == "transfer-encoding") {
            return Verdict::LengthRequired;
        } else if (name == "expect") {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }

    m_declaredLength = length;
    if (length > m_limits.maxBodyBytes)
        return Verdict::PayloadTooLarge;
    m_expectsContinue = expectContinue && length > 0;
    m_inBody = length > 0;
    m_bodyRemaining = length;
    if (!m_inBody)
        ++m_completed;
    return Verdict::Continue;
}

} // namespace relais
