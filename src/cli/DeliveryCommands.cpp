// `relaisctl deliveries …`: the delivery log, redelivery and retention.
#include "CliContext.h"
#include "CliInput.h"
#include "DeliveryJson.h"
#include "TextTable.h"

#include "storage/AttemptRepository.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryCommands)
};

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString outcome(const DeliverySummary &s)
{
    if (s.lastStatus > 0)
        return QString::number(s.lastStatus);
    return s.delivery.attemptCount > 0 ? Tr::tr("error") : QStringLiteral("—");
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption webhook(QStringLiteral("webhook"), Tr::tr("Only this webhook."),
                                     Tr::tr("ID|NAME"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   Tr::tr("pending, delivering, succeeded, failed, exhausted, "
                                          "cancelled or secret-unavailable."),
                                   Tr::tr("STATE"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Tr::tr("Created since: an ISO date-time, or 30m, 2h, 7d ago."),
                                   Tr::tr("T"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N rows (default 50)."),
                                   Tr::tr("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
    parser.addOptions({webhook, state, since, limit, json});
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;

    DeliveryFilter filter;
    if (parser.isSet(webhook)) {
        const std::optional<Webhook> w = findWebhook(ctx, parser.value(webhook), &code);
        if (!w)
            return code;
        filter.webhookId = w->id;
    }
    if (parser.isSet(state)) {
        DeliveryState s{};
        if (!deliveryStateFromKey(parser.value(state), &s))
            return ctx.fail(ExitUsage, Tr::tr("unknown state “%1”.").arg(parser.value(state)));
        filter.state = s;
    }
    if (parser.isSet(since) && !parseSince(ctx, parser.value(since), &filter.since, &code))
        return code;
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return ctx.fail(ExitUsage, Tr::tr("--limit takes a positive number."));

    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    const QList<DeliverySummary> rows = DeliveryRepository(*db).list(filter, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const DeliverySummary &s : rows)
            a.append(deliverySummaryJson(s));
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (rows.isEmpty()) {
        ctx.out() << Tr::tr("No deliveries.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Tr::tr("CREATED"), Tr::tr("WEBHOOK"), Tr::tr("EVENT"), Tr::tr("STATE"),
                     Tr::tr("STATUS"), Tr::tr("ATTEMPTS"), Tr::tr("ID")});
    for (const DeliverySummary &s : rows) {
        table.addRow(
            {when(s.delivery.createdAt), s.webhookName, s.eventType,
             deliveryStateKey(s.delivery.state) + (s.delivery.test ? Tr::tr(" (test)") : QString()),
             outcome(s), QString::number(s.delivery.attemptCount), s.delivery.id});
    }
    table.print(ctx.out());
    return ExitOk;
}

int show(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("delivery"), Tr::tr("A delivery id (msg_…)."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl deliveries show ID [--json]"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    const std::optional<DeliveryDetail> d =
        DeliveryRepository(*db).find(parser.positionalArguments().first(), &error);
    if (!d)
        return error.isEmpty()
                   ? ctx.fail(ExitUsage,
                              Tr::tr("no delivery “%1”.").arg(parser.positionalArguments().first()))
                   : ctx.fail(ExitFailure, error);
    if (parser.isSet(json)) {
        QJsonObject o = deliverySummaryJson(d->summary);
        QJsonArray attempts;
        for (const StoredAttempt &a : d->attempts)
            attempts.append(attemptJson(a));
        o.insert(QStringLiteral("attempts"), attempts);
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const DeliverySummary &s = d->summary;
    TextTable::printPairs(ctx.out(), {{Tr::tr("Delivery"), s.delivery.id},
                                      {Tr::tr("Webhook"), s.webhookName},
                                      {Tr::tr("Event"), s.eventType + QStringLiteral(" (") +
                                                            s.delivery.eventId + u')'},
                                      {Tr::tr("State"), deliveryStateKey(s.delivery.state)},
                                      {Tr::tr("Next attempt"), when(s.delivery.nextAttemptAt)},
                                      {Tr::tr("Last error"), s.delivery.lastError}});
    for (const StoredAttempt &stored : d->attempts) {
        const Attempt &a = stored.attempt;
        ctx.out() << Qt::endl
                  << Tr::tr("Attempt %1 · %2 · %3 · %4 ms · %5")
                         .arg(a.number)
                         .arg(when(a.startedAt), attemptTriggerKey(a.trigger))
                         .arg(a.durationMs)
                         .arg(stored.dispatcherId)
                  << Qt::endl;
        ctx.out() << QStringLiteral("  ") << a.request.method << u' ' << a.request.url << Qt::endl;
        TextTable::printHeaders(ctx.out(), a.request.headers, QStringLiteral("    "));
        if (!a.error.isEmpty())
            ctx.out() << QStringLiteral("  ") << Tr::tr("Error: %1").arg(a.error) << Qt::endl;
        if (a.responseStatus > 0) {
            ctx.out() << QStringLiteral("  ") << Tr::tr("Response %1").arg(a.responseStatus)
                      << (a.responseTruncated ? Tr::tr(" (body truncated)") : QString())
                      << Qt::endl;
            TextTable::printHeaders(ctx.out(), a.responseHeaders, QStringLiteral("    "));
            if (!a.responseBody.isEmpty())
                ctx.out() << QStringLiteral("    ") << QString::fromUtf8(a.responseBody)
                          << Qt::endl;
        }
    }
    return ExitOk;
}

int redeliver(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption webhook(QStringLiteral("webhook"),
                                     Tr::tr("Redeliver this webhook's failed deliveries."),
                                     Tr::tr("ID|NAME"));
    const QCommandLineOption since(QStringLiteral("failed-since"),
                                   Tr::tr("Failed or exhausted since: an ISO date-time, or 30m, "
                                          "2h, 7d ago."),
                                   Tr::tr("T"));
    parser.addOptions({webhook, since});
    parser.addPositionalArgument(QStringLiteral("delivery"), Tr::tr("A delivery id (msg_…)."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    const bool one = parser.positionalArguments().size() == 1 && !parser.isSet(webhook);
    const bool many =
        parser.positionalArguments().isEmpty() && parser.isSet(webhook) && parser.isSet(since);
    if (!one && !many)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl deliveries redeliver ID | --webhook W "
                                          "--failed-since T"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    int count = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (one) {
        count =
            DeliveryRepository(*db).redeliver(parser.positionalArguments().first(), now, &error);
    } else {
        const std::optional<Webhook> w = findWebhook(ctx, parser.value(webhook), &code);
        if (!w)
            return code;
        QDateTime from;
        if (!parseSince(ctx, parser.value(since), &from, &code))
            return code;
        count = DeliveryRepository(*db).redeliverFailed(w->id, from, now, &error);
    }
    if (count < 0 || !error.isEmpty())
        return ctx.fail(one ? ExitUsage : ExitFailure, error);
    ctx.out() << Tr::tr("Scheduled %n redelivery(s); a running dispatcher (Relais or relaisctl "
                        "serve) sends the stored request again.",
                        nullptr, count)
              << Qt::endl;
    return ExitOk;
}

int purge(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                       Tr::tr("Remove attempts older than DAYS days."),
                                       Tr::tr("DAYS"));
    parser.addOption(olderThan);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    bool ok = false;
    const int days = parser.value(olderThan).toInt(&ok);
    if (!parser.isSet(olderThan) || !ok || days < 0)
        return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl deliveries purge --older-than DAYS"));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    const qint64 removed = AttemptRepository(*db).purgeOlderThan(
        QDateTime::currentDateTimeUtc().addDays(-days), 1000, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);
    ctx.out() << Tr::tr("Removed %1 attempt(s) older than %2 days.").arg(removed).arg(days)
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runDeliveriesCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(ctx, args.mid(1));
    if (sub == QLatin1String("redeliver"))
        return redeliver(ctx, args.mid(1));
    if (sub == QLatin1String("purge"))
        return purge(ctx, args.mid(1));
    return ctx.fail(ExitUsage, sub.isEmpty()
                                   ? Tr::tr("deliveries needs a subcommand: list, show, redeliver "
                                            "or purge.")
                                   : Tr::tr("unknown deliveries subcommand “%1”.").arg(sub));
}

} // namespace relais
