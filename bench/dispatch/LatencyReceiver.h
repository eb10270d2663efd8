#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThread>

class QTcpServer;

namespace relais::bench {

// A minimal HTTP/1.1 receiver on 127.0.0.1 in its own thread: answers 200
// at once and notes, on the shared clock, when each request (by its
// webhook-id) has fully arrived.
class LatencyReceiver final
{
public:
    explicit LatencyReceiver(const QElapsedTimer &clock);
    ~LatencyReceiver();
    Q_DISABLE_COPY_MOVE(LatencyReceiver)

    quint16 port() const { return m_port; }
    // Nanoseconds on the shared clock; -1 when not seen yet.
    qint64 arrivalNs(const QByteArray &webhookId) const;
    int arrivals() const;
    qint64 lastArrivalNs() const;

private:
    void accept();
    void record(const QByteArray &webhookId);

    const QElapsedTimer &m_clock;
    QThread m_thread;
    QObject m_anchor; // lives in m_thread, for invoking there
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, qint64> m_arrivals;
    int m_count = 0;
    qint64 m_last = -1;
};

} // namespace relais::bench
