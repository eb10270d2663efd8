#pragma once

// A throwaway GnuPG home for tests, driven with the gpg command line: makes
// a key pair, exports its public key, decrypts what Relais encrypted. Never
// the user's ~/.gnupg; the agent gpg starts for it is stopped with it.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace relais::test {

class GpgTestHome final
{
public:
    GpgTestHome() = default;
    ~GpgTestHome()
    {
        if (m_dir.isValid()) {
            QProcess::execute(QStringLiteral("gpgconf"),
                              {QStringLiteral("--homedir"), m_dir.path(), QStringLiteral("--kill"),
                               QStringLiteral("all")});
        }
    }
    GpgTestHome(const GpgTestHome &) = delete;
    GpgTestHome &operator=(const GpgTestHome &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    // Runs gpg in this home; false (with its messages in `error`) when it fails.
    bool gpg(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr,
             QString *error = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GNUPGHOME"));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral("gpg"));
        p.setArguments(QStringList{QStringLiteral("--homedir"), path(), QStringLiteral("--batch"),
                                   QStringLiteral("--no-tty"), QStringLiteral("--pinentry-mode"),
                                   QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                                   QString()} +
                       args);
        p.start();
        if (!p.waitForStarted(10000)) {
            if (error)
                *error = p.errorString();
            return false;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            if (error)
                *error = QStringLiteral("gpg timed out");
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (error)
            *error = QString::fromLocal8Bit(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A key pair without passphrase; `algo`/`usage` as gpg --quick-gen-key takes them.
    bool generateKey(const QString &uid, const QString &algo = QStringLiteral("future-default"),
                     const QString &usage = QStringLiteral("default"),
                     QString *error = nullptr) const
    {
        return gpg({QStringLiteral("--quick-gen-key"), uid, algo, usage, QStringLiteral("never")},
                   {}, nullptr, error);
    }

    QString exportPublicKey(const QString &who) const
    {
        QByteArray out;
        if (!gpg({QStringLiteral("--armor"), QStringLiteral("--export"), who}, {}, &out))
            return {};
        return QString::fromLatin1(out);
    }

    bool decrypt(const QByteArray &armored, QByteArray *plain, QString *error = nullptr) const
    {
        return gpg({QStringLiteral("--decrypt")}, armored, plain, error);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace relais::test
