#include "TimeOrderedId.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace relais::TimeOrderedId {

namespace {

// The last millisecond and sequence handed out, so that ids made within
// one millisecond (or while the clock steps back) still increase.
struct Clock
{
    QMutex mutex;
    qint64 lastMs = 0;
    quint32 sequence = 0; // the 12 bits after the time
};

Clock &clock()
{
    static Clock c;
    return c;
}

} // namespace

QString make(QStringView prefix)
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        Clock &c = clock();
        QMutexLocker lock(&c.mutex);
        if (ms <= c.lastMs) {
            ms = c.lastMs;
            sequence = ++c.sequence;
            if (sequence > 0xfff) { // 4,096 in one millisecond: borrow the next
                ms = ++c.lastMs;
                sequence = c.sequence = 0;
            }
        } else {
            c.lastMs = ms;
            // A random start leaves room to count up within the millisecond.
            sequence = c.sequence = QRandomGenerator::global()->bounded(0x800u);
        }
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 high = (quint64(ms) & 0xffffffffffffULL) << 16 | 0x7000u | (sequence & 0xfffu);
    const quint64 low = (random & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    QString id;
    id.reserve(prefix.size() + 32);
    id.append(prefix);
    id.append(QString::number(high, 16).rightJustified(16, u'0'));
    id.append(QString::number(low, 16).rightJustified(16, u'0'));
    return id;
}

qint64 millisecondsOf(QStringView hex32)
{
    if (hex32.size() != 32 || hex32.at(12) != u'7')
        return -1;
    bool ok = false;
    const qint64 ms = hex32.first(12).toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace relais::TimeOrderedId
