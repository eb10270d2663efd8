#pragma once

#include <QObject>

class QSocketNotifier;

namespace relais {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe: the Unix
// handler only writes a byte; the Qt work happens in the event loop.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace relais
