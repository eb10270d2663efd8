// `relaisctl db …`: the database itself: upgrade its schema, copy it into
// another one (SQLite ↔ PostgreSQL), keep a PostgreSQL password in the
// keychain.
#include "CliContext.h"
#include "CliInput.h"
#include "TextTable.h"

#include "delivery/DeliveryEngineOptions.h"
#include "service/DatabaseLogin.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseUrl.h"
#include "storage/DispatcherRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
};

// The database named by --db / RELAIS_DB / the default; false after
// printing why (a usage error).
bool resolveUrl(CliContext &ctx, DatabaseUrl *url, int *code)
{
    QString error;
    if (!DatabaseUrl::resolve(ctx.dbUrlText(), url, &error)) {
        *code = ctx.fail(ExitUsage, error);
        return false;
    }
    return true;
}

int migrate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl [--db URL] db migrate"));
    DatabaseUrl url;
    if (!resolveUrl(ctx, &url, &code))
        return code;
    DatabaseLogin::addPassword(&url, ctx.secrets());
    // What it holds before: probe() changes nothing.
    const Database::Probe before = Database::probe(url);
    QString error;
    const std::unique_ptr<Database> db = DatabaseLogin::open(url, ctx.secrets(), &error);
    if (!db)
        return ctx.fail(ExitFailure, error); // says when the keychain could not be read
    const int after = db->schemaVersion();
    const QString name = url.toString();
    if (before.ok && before.schemaVersion == after) {
        ctx.out()
            << Tr::tr("%1 is already at schema %2 (the latest).").arg(name, QString::number(after))
            << Qt::endl;
    } else if (before.ok) {
        ctx.out() << Tr::tr("%1: schema %2 → %3")
                         .arg(name, QString::number(before.schemaVersion), QString::number(after))
                  << Qt::endl;
    } else {
        ctx.out() << Tr::tr("%1: now at schema %2 (the latest).").arg(name, QString::number(after))
                  << Qt::endl;
    }
    return ExitOk;
}

// --from / --to: a parsed URL; false after printing why (a usage error).
bool urlOption(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &option,
               DatabaseUrl *url, int *code)
{
    QString error;
    if (!DatabaseUrl::parse(parser.value(option), url, &error)) {
        *code = ctx.fail(ExitUsage, Tr::tr("--%1: %2").arg(option.names().constFirst(), error));
        return false;
    }
    return true;
}

QString secretsNote()
{
    return Tr::tr("Secrets are not in the database: signing secrets and secret header values "
                  "stay in the keychain of this machine. Where the copy is used on another "
                  "machine, set them again (relaisctl webhook edit NAME --secret …).");
}

int copy(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("The database to copy."),
                                  Tr::tr("URL"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("The empty database to copy into (created if missing)."),
                                Tr::tr("URL"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
    parser.addOptions({from, to, json});
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl db copy --from URL --to URL [--json]"));
    DatabaseUrl sourceUrl;
    DatabaseUrl targetUrl;
    if (!urlOption(ctx, parser, from, &sourceUrl, &code) ||
        !urlOption(ctx, parser, to, &targetUrl, &code))
        return code;
    if (sourceUrl.toString() == targetUrl.toString())
        return ctx.fail(ExitUsage, Tr::tr("--from and --to both name %1; copy into another, "
                                          "empty database.")
                                       .arg(sourceUrl.toString()));

    QString error;
    const std::unique_ptr<Database> source = DatabaseLogin::open(sourceUrl, ctx.secrets(), &error);
    if (!source)
        return ctx.fail(ExitFailure, error);
    const std::unique_ptr<Database> target = DatabaseLogin::open(targetUrl, ctx.secrets(), &error);
    if (!target)
        return ctx.fail(ExitFailure, error);

    DatabaseCopy copier(*source, *target);
    // Only long tables report progress, on stderr: stdout stays the result.
    copier.setProgress([&ctx](const QString &table, qint64 copied) {
        if (copied >= DatabaseCopy::defaultPageSize)
            ctx.err() << Tr::tr("Copying %1: %2 rows so far…").arg(table).arg(copied) << Qt::endl;
    });
    const std::optional<QList<DatabaseCopy::TableCount>> copied = copier.run(&error);
    if (!copied)
        return ctx.fail(ExitFailure, error);

    // Check what the target holds now against the source.
    const auto sourceCounts = DatabaseCopy::rowCounts(*source, &error);
    if (!sourceCounts)
        return ctx.fail(ExitFailure, error);
    const auto targetCounts = DatabaseCopy::rowCounts(*target, &error);
    if (!targetCounts)
        return ctx.fail(ExitFailure, error);
    QStringList mismatches;
    for (qsizetype i = 0; i < sourceCounts->size(); ++i) {
        const qint64 expected = sourceCounts->at(i).rows;
        const qint64 actual = targetCounts->value(i).rows;
        if (expected != actual) {
            mismatches << Tr::tr("%1: %2 in the source, %3 in the target")
                              .arg(sourceCounts->at(i).table)
                              .arg(expected)
                              .arg(actual);
        }
    }

    qint64 total = 0;
    for (const DatabaseCopy::TableCount &c : *copied)
        total += c.rows;
    if (parser.isSet(json)) {
        QJsonArray tables;
        for (const DatabaseCopy::TableCount &c : *copied)
            tables.append(
                QJsonObject{{QStringLiteral("table"), c.table}, {QStringLiteral("rows"), c.rows}});
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), sourceUrl.toString()},
                                               {QStringLiteral("to"), targetUrl.toString()},
                                               {QStringLiteral("tables"), tables},
                                               {QStringLiteral("total"), total},
                                               {QStringLiteral("verified"), mismatches.isEmpty()},
                                               {QStringLiteral("note"), secretsNote()}})
                         .toJson(QJsonDocument::Indented);
    } else {
        TextTable table({Tr::tr("TABLE"), Tr::tr("ROWS")});
        for (const DatabaseCopy::TableCount &c : *copied)
            table.addRow({c.table, QString::number(c.rows)});
        table.print(ctx.out());
    }
    if (!mismatches.isEmpty())
        return ctx.fail(ExitFailure,
                        Tr::tr("after the copy, the row counts differ (%1). Was the source "
                               "changed during the copy? Stop the programs that use it, and "
                               "copy again into an empty database.")
                            .arg(mismatches.join(QLatin1String("; "))));
    if (!parser.isSet(json)) {
        ctx.out()
            << Tr::tr(
                   "Copied from %2 to %3: %1 rows in all; the row counts of both databases match.")
                   .arg(QString::number(total), sourceUrl.toString(), targetUrl.toString())
            << Qt::endl;
        ctx.out() << secretsNote() << Qt::endl;
    }
    return ExitOk;
}

// One line from standard input, without its line end.
QByteArray readPasswordLine(CliContext &ctx, const DatabaseUrl &url)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO))
        ctx.err() << Tr::tr("Type the password of %1, then Enter (it is shown as you type):")
                         .arg(url.toString())
                  << Qt::endl;
#else
    Q_UNUSED(ctx)
    Q_UNUSED(url)
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int password(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption forget(QStringLiteral("forget"),
                                    Tr::tr("Remove the password from the keychain."));
    parser.addOption(forget);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl --db postgresql://USER@HOST/DB db "
                                          "password [--forget] < file"));
    DatabaseUrl url;
    if (!resolveUrl(ctx, &url, &code))
        return code;
    if (url.kind != DatabaseUrl::Kind::Postgres)
        return ctx.fail(ExitUsage, Tr::tr("%1 is an SQLite file, which has no password; db "
                                          "password is for PostgreSQL databases (--db "
                                          "postgresql://USER@HOST:PORT/DB).")
                                       .arg(url.toString()));
    if (parser.isSet(forget)) {
        const SecretStore::Result r = DatabaseLogin::forgetPassword(url, ctx.secrets());
        if (!r.ok())
            return ctx.fail(ExitFailure, r.error);
        ctx.out() << Tr::tr("Removed the password of %1 from the keychain.").arg(url.toString())
                  << Qt::endl;
        return ExitOk;
    }
    QByteArray secret = readPasswordLine(ctx, url);
    if (secret.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("No password on standard input; give it as one line, "
                                          "for example: relaisctl --db URL db password < file"));
    const SecretStore::Result r = DatabaseLogin::storePassword(url, ctx.secrets(), secret);
    secret.fill('\0');
    if (!r.ok())
        return ctx.fail(ExitFailure, r.error);
    ctx.out()
        << Tr::tr("Stored the password of %1 in the keychain of this machine.").arg(url.toString())
        << Qt::endl;
    return ExitOk;
}

// Who sends from this database: every dispatcher heard from in the last
// week, running or not, from the heartbeats they write.
int dispatchers(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl [--db URL] db dispatchers [--json]"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    const QList<DispatcherInfo> all = DispatcherRepository::list(*db, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Three missed heartbeats of the default interval.
    const auto staleAfter = 3 * DeliveryEngineOptions().heartbeatInterval;
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const DispatcherInfo &d : all) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("host"), d.host},
                {QStringLiteral("pid"), d.pid},
                {QStringLiteral("version"), d.version},
                {QStringLiteral("startedAt"), d.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("heartbeatAt"), d.heartbeatAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("stoppedAt"),
                 d.stoppedAt.isValid() ? QJsonValue(d.stoppedAt.toString(Qt::ISODateWithMs))
                                       : QJsonValue()},
                {QStringLiteral("running"), d.isRunning(now, staleAfter)}});
        }
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (all.isEmpty()) {
        ctx.out() << Tr::tr("No dispatcher has run on this database in the last week.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Tr::tr("DISPATCHER"), Tr::tr("HOST"), Tr::tr("PID"), Tr::tr("STATE"),
                     Tr::tr("LAST HEARTBEAT")});
    for (const DispatcherInfo &d : all) {
        const QString state = d.isRunning(now, staleAfter) ? Tr::tr("running")
                              : d.stoppedAt.isValid()      ? Tr::tr("stopped")
                                                           : Tr::tr("silent");
        table.addRow({d.id, d.host, QString::number(d.pid), state,
                      d.heartbeatAt.toLocalTime().toString(Qt::ISODate)});
    }
    table.print(ctx.out());
    return ExitOk;
}

} // namespace

int runDbCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("migrate"))
        return migrate(ctx, args.mid(1));
    if (sub == QLatin1String("copy"))
        return copy(ctx, args.mid(1));
    if (sub == QLatin1String("password"))
        return password(ctx, args.mid(1));
    if (sub == QLatin1String("dispatchers"))
        return dispatchers(ctx, args.mid(1));
    return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl db migrate|copy|password|dispatchers …; "
                                      "see relaisctl --help."));
}

} // namespace relais
