#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace relais {

class Database;
class SecretStore;

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// What every relaisctl command needs: output streams, the database named by
// --db / RELAIS_DB (opened on first use) and the keychain.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err, QString dbUrl);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // nullptr after printing why on stderr; lastFailure() then gives the
    // exit code (2 for a malformed URL, 1 for an unreachable database).
    Database *database();
    int lastFailure() const { return m_lastFailure; }
    // The --db value as given (empty: RELAIS_DB, else the default), for
    // commands that need the URL without opening it (`db password`).
    const QString &dbUrlText() const { return m_dbUrl; }
    SecretStore &secrets();
    // For tests of the library code: use another store.
    void setSecretStore(std::unique_ptr<SecretStore> store);

    // One line on stderr, then the exit code to return.
    int fail(int code, const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbUrl;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    int m_lastFailure = ExitFailure;
};

// Command groups: `relaisctl webhook …`, `relaisctl events …`, …
int runWebhookCommand(CliContext &ctx, const QStringList &args);
int runEventsCommand(CliContext &ctx, const QStringList &args);
int runPreviewCommand(CliContext &ctx, const QStringList &args);
int runDeliveriesCommand(CliContext &ctx, const QStringList &args);
int runEmitCommand(CliContext &ctx, const QStringList &args);
int runServeCommand(CliContext &ctx, const QStringList &args);
int runTestCommand(CliContext &ctx, const QStringList &args);
int runIntakeCommand(CliContext &ctx, const QStringList &args);
// `relaisctl db migrate|copy|password`.
int runDbCommand(CliContext &ctx, const QStringList &args);

} // namespace relais
