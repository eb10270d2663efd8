#pragma once

#include <QThreadPool>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace relais {

class Database;
class DatabaseListener;
class DeliveryEngine;

// The status bar's view of the delivery engine: whether this window's
// dispatcher runs (a button pauses and resumes it) and how many deliveries
// wait, read from the database every few seconds so that work stored by
// another process (relaisctl serve, emit) shows too; and the other
// dispatchers running on the same database (their heartbeats), with their
// host, process and last heartbeat in a tooltip. The database is read in a
// helper thread: a slow or unreachable server never holds the window up.
class DispatcherStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatcherStatus)

public:
    DispatcherStatus(const Database &db, DeliveryEngine &engine, QWidget *parent = nullptr);
    ~DispatcherStatus() override;

    // On PostgreSQL, changes made elsewhere update the queue at once.
    void followNotifications(DatabaseListener *listener);

public Q_SLOTS:
    void updateQueueDepth();
    // Shows whether the dispatcher runs now (after a change made elsewhere).
    void updateDispatcher();
    void toggleDispatcher();

Q_SIGNALS:
    void dispatcherToggled(bool running);

private:
    struct Reading;
    void show(const Reading &reading);
    void showDispatchers(const Reading &reading);
    void showQueueDepth(const Reading &reading);
    void scheduleUpdate();

    const Database &m_db;
    DeliveryEngine &m_engine;
    QToolButton *const m_toggleButton;
    QLabel *const m_queueLabel;
    QLabel *const m_othersLabel;
    QTimer *const m_timer;
    QTimer *const m_changeTimer;
    bool m_reading = false;
    bool m_readAgain = false;
    QThreadPool m_pool; // one thread, last: its destructor waits for a reading
};

} // namespace relais
