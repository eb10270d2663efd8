// `relaisctl events …` and `relaisctl preview …`: the event catalog, and what
// a webhook would send for an event, without sending it.
#include "CliContext.h"
#include "CliInput.h"
#include "TextTable.h"

#include "delivery/Preview.h"
#include "payload/EventCatalog.h"
#include "payload/PayloadEngine.h"
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
    const EventCatalog catalog;
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
    const EventCatalog catalog;
    const EventType *t = catalog.find(parser.positionalArguments().first());
    if (!t)
        return ctx.fail(ExitUsage, Tr::tr("unknown event type “%1”; see relaisctl events list.")
                                       .arg(parser.positionalArguments().first()));
    ctx.out() << QJsonDocument(t->sample).toJson(QJsonDocument::Indented);
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
    for (const auto &[name, value] : result.request.headers)
        ctx.out() << QString::fromUtf8(name) << QStringLiteral(": ") << QString::fromUtf8(value)
                  << Qt::endl;
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
    return ctx.fail(ExitUsage, sub.isEmpty()
                                   ? Tr::tr("events needs a subcommand: list or sample.")
                                   : Tr::tr("unknown events subcommand “%1”.").arg(sub));
}

int runPreviewCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption eventOption(QStringLiteral("event"),
                                         Tr::tr("Event type (default: the first catalog type the "
                                                "webhook listens to)."),
                                         Tr::tr("TYPE"));
    const QCommandLineOption resourceOption(QStringLiteral("resource"),
                                            Tr::tr("Resource of the event (default: the sample's)."),
                                            Tr::tr("R"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        Tr::tr("Event data as JSON, or @file (default: the "
                                               "type's sample)."),
                                        Tr::tr("JSON"));
    parser.addOptions({eventOption, resourceOption, dataOption,
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

    const EventCatalog catalog;
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
