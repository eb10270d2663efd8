// relaisctl: the Relais engine without a window.
#include "CliContext.h"
#include "InboxCommands.h"

#include "app/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace relais;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(relaisctl)
};

QString usage()
{
    return Tr::tr(
        "Usage: relaisctl [--db URL] COMMAND …\n"
        "\n"
        "Webhooks:\n"
        "  webhook add --name N --url U [options]   add a webhook (see webhook add --help)\n"
        "  webhook add --preset KEY --name N --url U\n"
        "                                           start from ngSurvey, Frappe, Decsys or SeaTable\n"
        "  webhook presets [--json]                 list the presets\n"
        "  webhook list [--json]                    list webhooks\n"
        "  webhook show ID|NAME [--json]            show one webhook\n"
        "  webhook edit ID|NAME [options of add]    change a webhook\n"
        "  webhook enable|disable|remove ID|NAME\n"
        "  webhook export [--output F]              JSON, never any secret\n"
        "  webhook import F                         validates every entry before writing any\n"
        "  webhook import --from frappe F [--json]  Frappe / Dokos webhooks, with a report\n"
        "\n"
        "Events and payloads:\n"
        "  events list [--json]                     the event types Relais knows\n"
        "  events sample TYPE                       print a type's sample payload\n"
        "  events add TYPE [--sample JSON|@file] [--group G] [--description D]\n"
        "                                           define your own event type\n"
        "  events remove TYPE                       remove one of your event types\n"
        "  preview WEBHOOK [--event TYPE] [--resource R] [--data JSON|@file] [--json]\n"
        "                                           what the webhook would send, without sending\n"
        "\n"
        "Delivery:\n"
        "  emit TYPE [--resource R] [--data JSON|@file] [--id ID] [--wait]\n"
        "                                           store an event; --wait delivers it now\n"
        "  serve [--listen ADDR:PORT] [--no-intake] [--lease-seconds N]\n"
        "        [--public-only | --allow-target HOST|CIDR …]\n"
        "                                           deliver until SIGINT/SIGTERM\n"
        "  test WEBHOOK [--event TYPE] [--data JSON|@file]\n"
        "                                           send a test and print request and response\n"
        "  intake token [--regenerate]              the token POST /v1/events expects\n"
        "  deliveries list [--webhook W] [--state S] [--since T] [--limit N] [--json]\n"
        "  deliveries show ID [--json]              a delivery with every attempt\n"
        "  deliveries redeliver ID | --webhook W --failed-since T\n"
        "  deliveries purge --older-than DAYS\n"
        "\n"
        "Inbox (receive webhooks here, without another server):\n"
        "  inbox serve [--port P]                   receive on 127.0.0.1 until SIGINT/SIGTERM\n"
        "  inbox add NAME [--status N] [--delay-ms N] [--fail-first N] [--fail-status N]\n"
        "            [--retry-after S] [--body TEXT]\n"
        "                                           add an inbox, or change how it answers\n"
        "  inbox list [NAME] [--json] [--limit N]   requests newest first, with the signature verdict\n"
        "  inbox remove NAME\n"
        "\n"
        "Database:\n"
        "  db migrate                               upgrade --db to the latest schema\n"
        "  db copy --from URL --to URL [--json]     copy all data into an empty database\n"
        "                                           (secrets stay in this keychain)\n"
        "  db password [--forget]                   keychain password of a PostgreSQL --db,\n"
        "                                           read from standard input\n"
        "  db dispatchers [--json]                  who sends from this database: running,\n"
        "                                           stopped, or silent (killed) dispatchers\n"
        "\n"
        "Options:\n"
        "  --db URL      sqlite:///path/file.db or postgresql://user@host:port/db\n"
        "                (default: RELAIS_DB, else relais.db in your data folder)\n"
        "  --version     print the version\n"
        "  -h, --help    print this help\n"
        "\n"
        "Exit status: 0 success, 1 runtime failure, 2 usage or validation error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    Translations::install(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("URL"));
    const QCommandLineOption versionOption(QStringLiteral("version"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dbOption, versionOption, helpOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err << Tr::tr("relaisctl: %1").arg(parser.errorText()) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("relaisctl %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(helpOption) || args.isEmpty()) {
        (args.isEmpty() && !parser.isSet(helpOption) ? err : out) << usage();
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }

    CliContext ctx(out, err, parser.value(dbOption));
    const QString group = args.first();
    if (group == QLatin1String("webhook"))
        return runWebhookCommand(ctx, args.mid(1));
    if (group == QLatin1String("events"))
        return runEventsCommand(ctx, args.mid(1));
    if (group == QLatin1String("preview"))
        return runPreviewCommand(ctx, args.mid(1));
    if (group == QLatin1String("deliveries"))
        return runDeliveriesCommand(ctx, args.mid(1));
    if (group == QLatin1String("emit"))
        return runEmitCommand(ctx, args.mid(1));
    if (group == QLatin1String("serve"))
        return runServeCommand(ctx, args.mid(1));
    if (group == QLatin1String("test"))
        return runTestCommand(ctx, args.mid(1));
    if (group == QLatin1String("intake"))
        return runIntakeCommand(ctx, args.mid(1));
    if (group == QLatin1String("inbox"))
        return runInboxCommand(ctx, args.mid(1));
    if (group == QLatin1String("db"))
        return runDbCommand(ctx, args.mid(1));
    return ctx.fail(ExitUsage, Tr::tr("unknown command “%1”; see relaisctl --help.").arg(group));
}
