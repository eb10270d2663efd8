// `relaisctl events …` and `relaisctl preview …`: the event catalog, and what
// a webhook would send for an event, without sending it.
#include "CliContext.h"
#include "CliInput.h"
#include "TextTable.h"

#include "delivery/Preview.h"
#include "payload/EventCatalog.h"
#include "payload/PayloadEngine.h"
#include "storage/EventTypeRepository.h"
#include "storage/WebhookRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)
};

// The built-in catalog plus the user's own types from the database.
bool loadCatalog(CliContext &ctx, EventCatalog *catalog, int *code)
{
    Database *db = ctx.database();
    if (!db) {
        *code = ctx.lastFailure();
        return false;
    }
    QString error;
    const QList<EventType> custom = EventTypeRepository(*db).list(&error);
    if (!error.isEmpty()) {
        *code = ctx.fail(ExitFailure, error);
        return false;
    }
    for (const EventType &t : custom)
        catalog->addCustom(t);
    return true;
}

QJsonObject typeJson(const EventType &t)
{
    return QJsonObject{{QStringLiteral("type"), t.type},
                       {QStringLiteral("system"), t.system},
                       {QStringLiteral("resource"), t.resource},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("custom"), t.custom}};
}

int listTypes(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (a stable format).")});
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    EventCatalog catalog;
    if (!loadCatalog(ctx, &catalog, &code))
        return code;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const EventType &t : catalog.types())
            a.append(typeJson(t));
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({Tr::tr("TYPE"), Tr::tr("SYSTEM"), Tr::tr("RESOURCE"), Tr::tr("DESCRIPTION")});
    for (const EventType &t : catalog.types())
        table.addRow({t.type, t.system, t.resource, t.description});
    table.print(ctx.out());
    return ExitOk;
}

int printSample(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("type"), Tr::tr("An event type from events list."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl events sample TYPE"));
    EventCatalog catalog;
    if (!loadCatalog(ctx, &catalog, &code))
        return code;
    const EventType *t = catalog.find(parser.positionalArguments().first());
    if (!t)
        return ctx.fail(ExitUsage, Tr::tr("unknown event type “%1”; see relaisctl events list.")
                                       .arg(parser.positionalArguments().first()));
    ctx.out() << QJsonDocument(t->sample).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int addType(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Tr::tr("Sample data as JSON, or @file."), Tr::tr("JSON"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Tr::tr("Group shown in pickers (default: Custom)."),
                                   Tr::tr("NAME"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         Tr::tr("What the event means."), Tr::tr("TEXT"));
    parser.addOptions({sample, group, description});
    parser.addPositionalArgument(QStringLiteral("type"),
                                 Tr::tr("The event type, e.g. invoice.paid."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl events add TYPE [--sample JSON|@file] "
                                          "[--group NAME] [--description TEXT]"));
    EventType type;
    type.type = parser.positionalArguments().first();
    type.system = parser.value(group);
    type.description = parser.value(description);
    if (parser.isSet(sample) && !readJsonObject(ctx, parser.value(sample), &type.sample, &code))
        return code;
    if (const QString p = EventTypeRepository::problem(type); !p.isEmpty())
        return ctx.fail(ExitUsage, p);
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    if (!EventTypeRepository(*db).save(type, &error))
        return ctx.fail(ExitFailure, error);
    ctx.out() << Tr::tr("Saved event type “%1”.").arg(type.type) << Qt::endl;
    return ExitOk;
}

int removeType(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("type"), Tr::tr("A custom event type."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl events remove TYPE"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    if (!EventTypeRepository(*db).remove(parser.positionalArguments().first(), &error))
        return ctx.fail(ExitUsage, error);
    ctx.out() << Tr::tr("Removed event type “%1”.").arg(parser.positionalArguments().first())
              << Qt::endl;
    return ExitOk;
}

void printPreview(CliContext &ctx, const Event &event, const PreviewResult &result)
{
    ctx.out() << Tr::tr("Event:   %1").arg(event.type)
              << (event.resource.isEmpty() ? QString()
                                           : Tr::tr(" (resource “%1”)").arg(event.resource))
              << Qt::endl;
    ctx.out() << Tr::tr("Matches: %1 — %2")
                     .arg(result.match.matched ? Tr::tr("yes") : Tr::tr("no"),
                          result.match.explanation())
              << Qt::endl;
    if (!result.rendered)
        return;
    ctx.out() << Qt::endl << result.request.method << u' ' << result.request.url << Qt::endl;
    TextTable::printHeaders(ctx.out(), result.request.headers);
    ctx.out() << Qt::endl << QString::fromUtf8(result.request.body) << Qt::endl;
    if (!result.signingNote.isEmpty())
        ctx.err() << Tr::tr("Note: no signature shown. %1").arg(result.signingNote) << Qt::endl;
}

} // namespace

int runEventsCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return listTypes(ctx, args.mid(1));
    if (sub == QLatin1String("sample"))
        return printSample(ctx, args.mid(1));
    if (sub == QLatin1String("add"))
        return addType(ctx, args.mid(1));
    if (sub == QLatin1String("remove"))
        return removeType(ctx, args.mid(1));
    return ctx.fail(
        ExitUsage, sub.isEmpty() ? Tr::tr("events needs a subcommand: list, sample, add or remove.")
                                 : Tr::tr("unknown events subcommand “%1”.").arg(sub));
}

int runPreviewCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption eventOption(QStringLiteral("event"),
                                         Tr::tr("Event type (default: the first catalog type the "
                                                "webhook listens to)."),
                                         Tr::tr("TYPE"));
    const QCommandLineOption resourceOption(
        QStringLiteral("resource"), Tr::tr("Resource of the event (default: the sample's)."),
        Tr::tr("R"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        Tr::tr("Event data as JSON, or @file (default: the "
                                               "type's sample)."),
                                        Tr::tr("JSON"));
    parser.addOptions({eventOption,
                       resourceOption,
                       dataOption,
                       {QStringLiteral("json"), Tr::tr("Print JSON (a stable format).")}});
    parser.addPositionalArgument(QStringLiteral("webhook"), Tr::tr("Id or name."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl preview WEBHOOK [--event TYPE] "
                                          "[--resource R] [--data JSON|@file] [--json]"));
    const std::optional<Webhook> webhook =
        findWebhook(ctx, parser.positionalArguments().first(), &code);
    if (!webhook)
        return code;

    EventCatalog catalog;
    if (!loadCatalog(ctx, &catalog, &code))
        return code;
    Event event;
    if (!eventFromOptions(ctx, catalog, *webhook, parser.value(eventOption),
                          parser.isSet(resourceOption) ? std::optional(parser.value(resourceOption))
                                                       : std::nullopt,
                          parser.value(dataOption), &event, &code))
        return code;

    PayloadEngine engine;
    const PreviewResult result = Preview::run(engine, ctx.secrets(), *webhook, event);
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printPreview(ctx, event, result);
    if (result.failed())
        return ctx.fail(ExitFailure, result.error->partLabel() + QStringLiteral(": ") +
                                         result.error->toString());
    return ExitOk;
}

} // namespace relais
