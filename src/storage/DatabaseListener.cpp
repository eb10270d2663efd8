#include "DatabaseListener.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace relais {

namespace {

QAtomicInteger<quint64> g_lastListenerId;

constexpr int kCheckMs = 15000; // a dropped connection is noticed and reopened

QString channelName(DatabaseListener::Channel channel)
{
    switch (channel) {
    case DatabaseListener::Work:
        return QStringLiteral("relais_work");
    case DatabaseListener::Changes:
        return QStringLiteral("relais_changes");
    case DatabaseListener::Webhooks:
        return QStringLiteral("relais_webhooks");
    }
    return {};
}

} // namespace

DatabaseListener::DatabaseListener(const Database &db, int channels, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_channels(channels)
    , m_connectionName(QStringLiteral("relais-listener-") +
                       QString::number(g_lastListenerId.fetchAndAddRelaxed(1) + 1))
{
    m_check.setParent(this);
    m_check.setInterval(kCheckMs);
    connect(&m_check, &QTimer::timeout, this, &DatabaseListener::checkConnection);
}

DatabaseListener::~DatabaseListener()
{
    stop();
}

bool DatabaseListener::isSupported(const Database &db)
{
    return db.dialect().hasNotifications();
}

QString DatabaseListener::notifySql(const Database &db, Channel channel)
{
    if (!isSupported(db))
        return {};
    // pg_notify() rather than NOTIFY: it can be prepared once and reused.
    return QStringLiteral("SELECT pg_notify('") + channelName(channel) + QStringLiteral("', '')");
}

bool DatabaseListener::start(QString *error)
{
    if (!isSupported(m_db)) {
        sqlvalue::setError(error, QStringLiteral("notifications need PostgreSQL"));
        return false;
    }
    if (m_listening)
        return true;
    if (!connectAndListen(error))
        return false;
    m_check.start();
    return true;
}

void DatabaseListener::stop()
{
    m_check.stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen()) {
                for (const QString &channel : db.driver()->subscribedToNotifications())
                    db.driver()->unsubscribeFromNotification(channel);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_listening = false;
}

bool DatabaseListener::connectAndListen(QString *error)
{
    QSqlDatabase db =
        QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(m_db.dialect().driverName(), m_connectionName);
    if (!db.isOpen()) {
        m_db.dialect().configure(db, m_db.url());
        if (!db.open()) {
            sqlvalue::setError(error, sqlvalue::errorText(db.lastError()));
            return false;
        }
        connect(db.driver(), &QSqlDriver::notification, this, &DatabaseListener::onNotification,
                Qt::UniqueConnection);
    }
    for (const Channel c : {Work, Changes, Webhooks}) {
        if ((m_channels & c) &&
            !db.driver()->subscribedToNotifications().contains(channelName(c)) &&
            !db.driver()->subscribeToNotification(channelName(c))) {
            sqlvalue::setError(error, sqlvalue::errorText(db.driver()->lastError()));
            db.close();
            return false;
        }
    }
    m_listening = true;
    return true;
}

void DatabaseListener::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                      const QVariant &)
{
    if (name == channelName(Work))
        Q_EMIT workStored();
    else if (name == channelName(Changes))
        Q_EMIT changed();
    else if (name == channelName(Webhooks))
        Q_EMIT webhooksChanged();
}

void DatabaseListener::checkConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        qCWarning(lcStorage) << "The notification connection was lost:"
                             << sqlvalue::errorText(q.lastError());
        db.close();
    }
    m_listening = false;
    QString error;
    if (!connectAndListen(&error)) {
        qCWarning(lcStorage) << "Could not listen for notifications again:" << error;
        return;
    }
    qCInfo(lcStorage) << "Listening for notifications again";
    // What happened while it was away was not heard: catch up.
    if (m_channels & Work)
        Q_EMIT workStored();
    if (m_channels & Changes)
        Q_EMIT changed();
    if (m_channels & Webhooks)
        Q_EMIT webhooksChanged();
}

} // namespace relais
