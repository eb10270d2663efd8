// `relaisctl emit`, `serve`, `test` and `intake token`: the delivery engine
// without a window.
#include "CliContext.h"
#include "CliInput.h"
#include "SignalWatcher.h"
#include "TextTable.h"

#include "delivery/DeliveryEngine.h"
#include "delivery/IntakeServer.h"
#include "delivery/IntakeToken.h"
#include "payload/EventCatalog.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/EventTypeRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommands)
};

void loadCustomTypes(const Database &db, EventCatalog *catalog)
{
    QString ignored;
    for (const EventType &t : EventTypeRepository(db).list(&ignored))
        catalog->addCustom(t);
}

bool finished(const DeliverySummary &s)
{
    switch (s.delivery.state) {
    case DeliveryState::Pending:
    case DeliveryState::SecretUnavailable:
        return s.delivery.attemptCount > 0 || !s.rendered;
    case DeliveryState::Delivering:
        return false;
    case DeliveryState::Succeeded:
    case DeliveryState::Failed:
    case DeliveryState::Exhausted:
    case DeliveryState::Cancelled:
        break;
    }
    return true;
}

QString outcomeLine(const DeliverySummary &s)
{
    QString line = s.webhookName + QStringLiteral(": ") + deliveryStateKey(s.delivery.state);
    if (s.lastStatus > 0)
        line += Tr::tr(" (HTTP %1, %2 ms)").arg(s.lastStatus).arg(s.lastDurationMs);
    if (s.delivery.state != DeliveryState::Succeeded && !s.delivery.lastError.isEmpty())
        line += QStringLiteral(" — ") + s.delivery.lastError;
    if (s.delivery.nextAttemptAt.isValid() && s.delivery.state != DeliveryState::Succeeded)
        line += Tr::tr("; next attempt at %1")
                    .arg(s.delivery.nextAttemptAt.toLocalTime().toString(Qt::ISODate));
    return line;
}

// Waits until every delivery of the event had its first attempt (at most
// two minutes), prints the outcomes and says whether all succeeded.
bool waitForOutcomes(CliContext &ctx, const Database &db, const QString &eventId)
{
    DeliveryFilter filter;
    filter.eventId = eventId;
    filter.limit = 1000;
    QElapsedTimer clock;
    clock.start();
    QList<DeliverySummary> rows;
    QString error;
    while (clock.elapsed() < 120000) {
        rows = DeliveryRepository(db).list(filter, &error);
        if (!error.isEmpty() || std::all_of(rows.cbegin(), rows.cend(), finished))
            break;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    bool allOk = error.isEmpty();
    for (const DeliverySummary &s : std::as_const(rows)) {
        ctx.out() << QStringLiteral("  ") << outcomeLine(s) << Qt::endl;
        allOk = allOk && s.delivery.state == DeliveryState::Succeeded;
    }
    if (!error.isEmpty())
        ctx.fail(ExitFailure, error);
    return allOk;
}

int emit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption resource(QStringLiteral("resource"), Tr::tr("Resource of the event."),
                                      Tr::tr("R"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  Tr::tr("Event data as JSON, or @file (default: the type's "
                                         "sample)."),
                                  Tr::tr("JSON"));
    const QCommandLineOption id(QStringLiteral("id"),
                                Tr::tr("Your id for the event; emitting it again does nothing."),
                                Tr::tr("ID"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  Tr::tr("Deliver now and print the outcomes."));
    parser.addOptions({resource, data, id, wait});
    parser.addPositionalArgument(QStringLiteral("type"), Tr::tr("The event type."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl emit TYPE [--resource R] [--data "
                                          "JSON|@file] [--id ID] [--wait]"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    EventCatalog catalog;
    loadCustomTypes(*db, &catalog);
    Event event;
    if (!eventFromOptions(ctx, catalog, Webhook{}, parser.positionalArguments().first(),
                          parser.isSet(resource) ? std::optional(parser.value(resource))
                                                 : std::nullopt,
                          parser.value(data), &event, &code))
        return code;
    if (parser.isSet(id))
        event.id = parser.value(id);

    DeliveryEngine engine(*db, ctx.secrets());
    if (parser.isSet(wait))
        engine.start();
    SubmitResult result;
    QEventLoop loop;
    engine.sink().submit(event, [&](const SubmitResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.accepted)
        return ctx.fail(ExitFailure, result.error);
    ctx.out() << result.eventId
              << (result.duplicate ? Tr::tr(" (already emitted; nothing new was done)") : QString())
              << Qt::endl;
    ctx.out()
        << (result.matchedWebhooks.isEmpty()
                ? Tr::tr("Matched no webhook.")
                : Tr::tr("Matched: %1").arg(result.matchedWebhooks.join(QStringLiteral(", "))))
        << Qt::endl;
    if (!parser.isSet(wait) || result.matchedWebhooks.isEmpty())
        return ExitOk;
    const bool allOk = waitForOutcomes(ctx, *db, result.eventId);
    engine.stop();
    return allOk ? ExitOk : ExitFailure;
}

int test(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption eventOption(QStringLiteral("event"), Tr::tr("Event type."),
                                         Tr::tr("TYPE"));
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("Event data as JSON, or @file."),
                                  Tr::tr("JSON"));
    parser.addOptions({eventOption, data});
    int code = ExitOk;
    const std::optional<Webhook> webhook = parseWebhookArgument(
        ctx, parser, args,
        QStringLiteral("relaisctl test WEBHOOK [--event TYPE] [--data JSON|@file]"), &code);
    if (!webhook)
        return code;
    EventCatalog catalog;
    loadCustomTypes(*ctx.database(), &catalog);
    Event event;
    if (!eventFromOptions(ctx, catalog, *webhook, parser.value(eventOption), std::nullopt,
                          parser.value(data), &event, &code))
        return code;

    DeliveryEngine engine(*ctx.database(), ctx.secrets());
    engine.start();
    TestResult result;
    QEventLoop loop;
    engine.sendTest(*webhook, event, [&](const TestResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    engine.stop();
    if (!result.sent)
        return ctx.fail(ExitFailure, result.error);

    const Attempt &a = result.attempt;
    ctx.out() << Tr::tr("Request") << Qt::endl
              << a.request.method << u' ' << a.request.url << Qt::endl;
    TextTable::printHeaders(ctx.out(), a.request.headers);
    ctx.out() << Qt::endl << QString::fromUtf8(a.request.body) << Qt::endl << Qt::endl;
    if (a.responseStatus == 0) {
        ctx.out() << Tr::tr("No response: %1").arg(a.error) << Qt::endl;
    } else {
        ctx.out() << Tr::tr("Response %1 in %2 ms").arg(a.responseStatus).arg(a.durationMs)
                  << (a.responseTruncated ? Tr::tr(" (body truncated)") : QString()) << Qt::endl;
        TextTable::printHeaders(ctx.out(), a.responseHeaders);
        ctx.out() << Qt::endl << QString::fromUtf8(a.responseBody) << Qt::endl;
    }
    ctx.out() << Tr::tr("Logged as delivery %1.").arg(result.deliveryId) << Qt::endl;
    return result.succeeded() ? ExitOk : ExitFailure;
}

bool parseListen(const QString &text, IntakeOptions *options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || !options->address.setAddress(host))
        return false;
    options->port = quint16(port);
    return true;
}

int serve(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Tr::tr("Intake address (default 127.0.0.1:8645)."),
                                    Tr::tr("ADDR:PORT"));
    const QCommandLineOption noIntake(QStringLiteral("no-intake"),
                                      Tr::tr("Deliver only; do not accept events over HTTP."));
    const QCommandLineOption allowRemote(QStringLiteral("allow-non-loopback"),
                                         Tr::tr("Let the intake listen on a non-loopback "
                                                "address (other hosts can then submit events)."));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"),
                                   Tr::tr("How long a claimed delivery stays this process's "
                                          "before another dispatcher may take it over after a "
                                          "crash (default 60)."),
                                   Tr::tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption publicOnly(QStringLiteral("public-only"),
                                        Tr::tr("Send only to public addresses: refuse loopback, "
                                               "private and link-local targets, checked on the "
                                               "address each name resolves to."));
    const QCommandLineOption allowTarget(QStringLiteral("allow-target"),
                                         Tr::tr("Send only to these hosts, addresses or ranges "
                                                "(repeat the option; *.example.org, "
                                                "10.0.0.0/8)."),
                                         Tr::tr("HOST|CIDR"));
    parser.addOptions({listen, noIntake, allowRemote, lease, publicOnly, allowTarget});
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    IntakeOptions intakeOptions;
    intakeOptions.allowNonLoopback = parser.isSet(allowRemote);
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &intakeOptions))
        return ctx.fail(ExitUsage, Tr::tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8645."));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();

    bool leaseOk = false;
    const int leaseSeconds = parser.value(lease).toInt(&leaseOk);
    if (!leaseOk || leaseSeconds < 2 || leaseSeconds > 3600)
        return ctx.fail(ExitUsage, Tr::tr("--lease-seconds takes a number from 2 to 3600."));
    DeliveryEngineOptions options;
    options.leaseDuration = std::chrono::seconds(leaseSeconds);
    if (parser.isSet(publicOnly) && parser.isSet(allowTarget))
        return ctx.fail(ExitUsage, Tr::tr("Choose either --public-only or --allow-target."));
    if (parser.isSet(publicOnly))
        options.networkPolicy = NetworkPolicy::publicOnly();
    QString policyError;
    if (parser.isSet(allowTarget)
        && !NetworkPolicy::allowList(parser.values(allowTarget), &options.networkPolicy,
                                     &policyError))
        return ctx.fail(ExitUsage, policyError);
    DeliveryEngine engine(*db, ctx.secrets(), options);
    IntakeServer intake(engine.sink(), ctx.secrets());
    if (!parser.isSet(noIntake)) {
        QString error;
        if (!intake.start(intakeOptions, &error))
            return ctx.fail(ExitFailure, error);
    }
    engine.start();
    ctx.out()
        << Tr::tr("Dispatcher %1 running on %2.").arg(engine.dispatcherId(), db->url().toString())
        << Qt::endl;
    ctx.out() << Tr::tr("Targets: %1.").arg(options.networkPolicy.describe()) << Qt::endl;
    if (intake.isListening()) {
        const QString host = intake.address().protocol() == QAbstractSocket::IPv6Protocol
                                 ? u'[' + intake.address().toString() + u']'
                                 : intake.address().toString();
        ctx.out() << Tr::tr("Intake: POST http://%1:%2/v1/events (token: relaisctl intake token)")
                         .arg(host)
                         .arg(intake.port())
                  << Qt::endl;
    }

    QEventLoop loop;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &loop, [&](int) {
        ctx.out() << Tr::tr("Stopping: finishing requests in flight…") << Qt::endl;
        intake.stop();
        engine.stop();
        loop.quit();
    });
    loop.exec();
    ctx.out() << Tr::tr("Stopped.") << Qt::endl;
    return ExitOk;
}

int intakeToken(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) != QLatin1String("token"))
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl intake token [--regenerate]"));
    QCommandLineParser parser;
    const QCommandLineOption regenerate(QStringLiteral("regenerate"),
                                        Tr::tr("Replace the token; the old one stops working."));
    parser.addOption(regenerate);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args.mid(1), &code))
        return code;
    QString error;
    const QByteArray token = parser.isSet(regenerate)
                                 ? IntakeToken::regenerate(ctx.secrets(), &error)
                                 : IntakeToken::current(ctx.secrets(), &error);
    if (token.isEmpty())
        return ctx.fail(ExitFailure, error);
    ctx.out() << QString::fromLatin1(token) << Qt::endl;
    if (parser.isSet(regenerate))
        ctx.err() << Tr::tr("A running relaisctl serve or Relais window uses the new token once "
                            "it restarts its intake.")
                  << Qt::endl;
    return ExitOk;
}

} // namespace

int runEmitCommand(CliContext &ctx, const QStringList &args)
{
    return emit(ctx, args);
}
int runServeCommand(CliContext &ctx, const QStringList &args)
{
    return serve(ctx, args);
}
int runTestCommand(CliContext &ctx, const QStringList &args)
{
    return test(ctx, args);
}
int runIntakeCommand(CliContext &ctx, const QStringList &args)
{
    return intakeToken(ctx, args);
}

} // namespace relais
