// `relaisctl inbox …`: the built-in inbox, a receiver to try webhooks end to
// end without another server.
#include "InboxCommands.h"
#include "CliContext.h"
#include "CliInput.h"
#include "SignalWatcher.h"
#include "TextTable.h"

#include "delivery/InboxServer.h"
#include "delivery/InboxVerdict.h"
#include "storage/Database.h"
#include "storage/InboxRepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommands)
};

const QString kDefaultInbox = QStringLiteral("default");

// An integer option within [min, max]; false after printing why.
bool intOption(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &option,
               int min, int max, int *out, int *code)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *code = ctx.fail(ExitUsage, Tr::tr("--%1 takes a number from %2 to %3.")
                                        .arg(option.names().first())
                                        .arg(min)
                                        .arg(max));
        return false;
    }
    *out = value;
    return true;
}

QJsonObject requestJson(const InboxRequest &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("inbox"), r.inbox},
                  {QStringLiteral("receivedAt"), r.receivedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("method"), r.method},
                  {QStringLiteral("path"), r.path},
                  {QStringLiteral("headers"), headersToJson(r.headers)},
                  {QStringLiteral("source"), r.source},
                  {QStringLiteral("status"), r.answeredStatus},
                  {QStringLiteral("verdict"), r.verdict},
                  {QStringLiteral("verdictDetail"), r.verdictDetail},
                  {QStringLiteral("webhookId"),
                   r.webhookId.isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(r.webhookId.toString(QUuid::WithoutBraces))}};
    // Text bodies as text; anything else (not UTF-8) as base64.
    const QString text = QString::fromUtf8(r.body);
    if (text.toUtf8() == r.body)
        o.insert(QStringLiteral("body"), text);
    else
        o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(r.body.toBase64()));
    return o;
}

QString verdictMark(const QString &verdict)
{
    if (InboxVerdict::isValid(verdict))
        return QStringLiteral("✓ ");
    if (InboxVerdict::isProblem(verdict))
        return QStringLiteral("✗ ");
    return QString();
}

int serve(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Tr::tr("Port on 127.0.0.1 (default 0: a free one)."),
                                        Tr::tr("PORT"), QStringLiteral("0"));
    parser.addOption(portOption);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    int port = 0;
    if (!intOption(ctx, parser, portOption, 0, 65535, &port, &code))
        return code;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    InboxRepository repository(*db);
    QString error;
    QList<Inbox> inboxes = repository.list(&error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    if (inboxes.isEmpty()) {
        if (!repository.ensure(kDefaultInbox, &error))
            return ctx.fail(ExitFailure, error);
        inboxes = repository.list(&error);
    }

    InboxServer server(*db, ctx.secrets());
    InboxOptions options;
    options.port = quint16(port);
    if (!server.start(options, &error))
        return ctx.fail(ExitFailure, error);
    ctx.out()
        << Tr::tr("Inbox listening on 127.0.0.1 port %1. Point a webhook at:").arg(server.port())
        << Qt::endl;
    for (const Inbox &inbox : std::as_const(inboxes))
        ctx.out() << QStringLiteral("  ") << server.urlFor(inbox.name) << Qt::endl;

    QObject::connect(&server, &InboxServer::requestReceived, &server,
                     [&ctx, db](const QString &inbox, qint64 id) {
                         QString readError;
                         const auto r = InboxRepository(*db).findRequest(id, &readError);
                         if (!r)
                             return;
                         ctx.out()
                             << r->receivedAt.toLocalTime().toString(Qt::ISODate) << u' ' << inbox
                             << u' ' << r->method << u' ' << r->path << QStringLiteral(" → ")
                             << r->answeredStatus << u' ' << verdictMark(r->verdict)
                             << InboxVerdict::label(r->verdict) << Qt::endl;
                     });
    QEventLoop loop;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &loop, [&](int) {
        server.stop();
        loop.quit();
    });
    loop.exec();
    ctx.out() << Tr::tr("Stopped.") << Qt::endl;
    return ExitOk;
}

int add(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("Status to answer (default 200)."), Tr::tr("N"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   Tr::tr("Wait this long before answering."), Tr::tr("N"));
    const QCommandLineOption failFirst(QStringLiteral("fail-first"),
                                       Tr::tr("Answer the first N requests with --fail-status."),
                                       Tr::tr("N"));
    const QCommandLineOption failStatus(QStringLiteral("fail-status"),
                                        Tr::tr("Status of the failures (default 500)."),
                                        Tr::tr("N"));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"),
                                        Tr::tr("Send Retry-After with the failures."),
                                        Tr::tr("SECONDS"));
    const QCommandLineOption body(QStringLiteral("body"), Tr::tr("Body of the answer."),
                                  Tr::tr("TEXT"));
    parser.addOptions({status, delay, failFirst, failStatus, retryAfter, body});
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The inbox name."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl inbox add NAME [--status N] "
                                          "[--delay-ms N] [--fail-first N] [--retry-after S]"));
    Inbox inbox;
    inbox.name = parser.positionalArguments().first();
    if (!intOption(ctx, parser, status, 100, 599, &inbox.status, &code) ||
        !intOption(ctx, parser, delay, 0, 600000, &inbox.delayMs, &code) ||
        !intOption(ctx, parser, failFirst, 0, 1000000, &inbox.failFirst, &code) ||
        !intOption(ctx, parser, failStatus, 100, 599, &inbox.failStatus, &code) ||
        !intOption(ctx, parser, retryAfter, 0, 86400, &inbox.retryAfterSeconds, &code))
        return code;
    inbox.body = parser.value(body);
    if (!InboxRepository::validName(inbox.name))
        return ctx.fail(ExitUsage, Tr::tr("“%1” cannot name an inbox: use 1 to 64 letters, "
                                          "digits, '.', '_' or '-'.")
                                       .arg(inbox.name));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    InboxRepository repository(*db);
    QString error;
    const bool exists = repository.find(inbox.name, &error).has_value();
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    if (exists ? !repository.setScript(inbox, &error) : !repository.create(inbox, &error))
        return ctx.fail(ExitFailure, error);
    ctx.out() << (exists ? Tr::tr("Changed the inbox “%1”: it counts requests from zero again.")
                         : Tr::tr("Added the inbox “%1”."))
                     .arg(inbox.name)
              << Qt::endl;
    ctx.out() << Tr::tr("Webhook URL: http://127.0.0.1:PORT%1 (PORT: see relaisctl inbox serve)")
                     .arg(InboxServer::pathFor(inbox.name))
              << Qt::endl;
    return ExitOk;
}

int listInboxes(CliContext &ctx, const Database &db, bool json)
{
    QString error;
    const QList<Inbox> inboxes = InboxRepository(db).list(&error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    if (json) {
        QJsonArray a;
        for (const Inbox &i : inboxes) {
            a.append(QJsonObject{{QStringLiteral("name"), i.name},
                                 {QStringLiteral("status"), i.status},
                                 {QStringLiteral("delayMs"), i.delayMs},
                                 {QStringLiteral("failFirst"), i.failFirst},
                                 {QStringLiteral("failStatus"), i.failStatus},
                                 {QStringLiteral("retryAfterSeconds"), i.retryAfterSeconds},
                                 {QStringLiteral("body"), i.body}});
        }
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("DELAY"), Tr::tr("FAIL FIRST"),
                     Tr::tr("REQUESTS")});
    for (const Inbox &i : inboxes) {
        table.addRow({i.name, QString::number(i.status), Tr::tr("%1 ms").arg(i.delayMs),
                      i.failFirst > 0 ? Tr::tr("%1 × %2").arg(i.failFirst).arg(i.failStatus)
                                      : QStringLiteral("—"),
                      QString::number(InboxRepository(db).requestCount(i.name, &error))});
    }
    table.print(ctx.out());
    return ExitOk;
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("At most N requests, newest first (default 50)."),
                                   Tr::tr("N"), QStringLiteral("50"));
    parser.addOptions({json, limit});
    parser.addPositionalArgument(QStringLiteral("name"),
                                 Tr::tr("The inbox; without it, the inboxes."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    int max = 50;
    if (!intOption(ctx, parser, limit, 1, 100000, &max, &code))
        return code;
    if (parser.positionalArguments().size() > 1)
        return ctx.fail(ExitUsage,
                        Tr::tr("usage: relaisctl inbox list [NAME] [--json] [--limit N]"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    if (parser.positionalArguments().isEmpty())
        return listInboxes(ctx, *db, parser.isSet(json));

    const QString name = parser.positionalArguments().first();
    InboxRepository repository(*db);
    QString error;
    if (!repository.find(name, &error)) {
        return ctx.fail(error.isEmpty() ? ExitUsage : ExitFailure,
                        error.isEmpty() ? Tr::tr("There is no inbox “%1”.").arg(name) : error);
    }
    const QList<InboxRequest> rows = repository.requests(name, max, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const InboxRequest &r : rows)
            a.append(requestJson(r));
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({Tr::tr("ID"), Tr::tr("RECEIVED"), Tr::tr("METHOD"), Tr::tr("PATH"),
                     Tr::tr("STATUS"), Tr::tr("SIGNATURE")});
    for (const InboxRequest &r : rows) {
        table.addRow({QString::number(r.id), r.receivedAt.toLocalTime().toString(Qt::ISODate),
                      r.method, r.path, QString::number(r.answeredStatus),
                      verdictMark(r.verdict) + InboxVerdict::label(r.verdict)});
    }
    table.print(ctx.out());
    return ExitOk;
}

int remove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The inbox name."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl inbox remove NAME"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    if (!InboxRepository(*db).remove(parser.positionalArguments().first(), &error))
        return ctx.fail(ExitFailure, error);
    return ExitOk;
}

} // namespace

int runInboxCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("serve"))
        return serve(ctx, args.mid(1));
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("remove"))
        return remove(ctx, args.mid(1));
    return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl inbox serve|add|list|remove …; see "
                                      "relaisctl --help."));
}

} // namespace relais
