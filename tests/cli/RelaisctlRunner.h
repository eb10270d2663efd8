#pragma once

// Runs the real relaisctl binary on a temporary database.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct RelaisctlRun
{
    int code = -1;
    QString out;
    QString err;
};

class RelaisctlRunner
{
public:
    QString dbPath;

    RelaisctlRun run(const QStringList &args, const QProcessEnvironment &extraEnv = {},
                     const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELAIS_DB"), QStringLiteral("sqlite://") + dbPath);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const QStringList keys = extraEnv.keys();
        for (const QString &key : keys)
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RELAISCTL_PATH), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The database file and its WAL, as bytes, to search for secrets.
    QByteArray databaseBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(dbPath + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};
