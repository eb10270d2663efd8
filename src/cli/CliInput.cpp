#include "CliInput.h"

#include "CliContext.h"

#include "core/EventPattern.h"
#include "payload/EventCatalog.h"
#include "storage/WebhookRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace relais {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliInput)
};
} // namespace

bool parseSubcommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args,
                     int *code)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("relaisctl")} + args)) {
        *code = ctx.fail(ExitUsage, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out() << parser.helpText();
        *code = ExitOk;
        return false;
    }
    return true;
}

std::optional<Webhook> parseWebhookArgument(CliContext &ctx, QCommandLineParser &parser,
                                            const QStringList &args, const QString &usage,
                                            int *code)
{
    parser.addPositionalArgument(QStringLiteral("webhook"), Tr::tr("Id or name."));
    if (!parseSubcommand(ctx, parser, args, code))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        *code = ctx.fail(ExitUsage, Tr::tr("usage: %1").arg(usage));
        return std::nullopt;
    }
    return findWebhook(ctx, parser.positionalArguments().first(), code);
}

std::optional<Webhook> findWebhook(CliContext &ctx, const QString &idOrName, int *code)
{
    Database *db = ctx.database();
    if (!db) {
        *code = ctx.lastFailure();
        return std::nullopt;
    }
    QString error;
    std::optional<Webhook> w = WebhookRepository(*db).findByIdOrName(idOrName, &error);
    if (!w) {
        *code = error.isEmpty() ? ctx.fail(ExitUsage, Tr::tr("no webhook “%1”.").arg(idOrName))
                                : ctx.fail(ExitFailure, error);
    }
    return w;
}

bool parseDuration(const QString &text, qint64 *seconds)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*([smhd])$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    *seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
    return true;
}

bool parseSince(CliContext &ctx, const QString &text, QDateTime *out, int *code)
{
    qint64 seconds = 0;
    if (parseDuration(text, &seconds)) {
        *out = QDateTime::currentDateTimeUtc().addSecs(-seconds);
        return true;
    }
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        *code = ctx.fail(ExitUsage, Tr::tr("“%1” is not a time: use an ISO date-time such as "
                                           "2026-11-22T10:00:00Z, or 30m, 2h, 7d for a time ago.")
                                        .arg(text));
        return false;
    }
    *out = t.toUTC();
    return true;
}

bool readJsonObject(CliContext &ctx, const QString &text, QJsonObject *out, int *code)
{
    QByteArray bytes = text.toUtf8();
    if (text.startsWith(u'@')) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *code =
                ctx.fail(ExitFailure,
                         Tr::tr("cannot read “%1”: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        bytes = file.readAll();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *code = ctx.fail(ExitUsage, error.error != QJsonParseError::NoError
                                        ? Tr::tr("the data is not valid JSON (at byte %1: %2).")
                                              .arg(error.offset)
                                              .arg(error.errorString())
                                        : Tr::tr("the data must be a JSON object ({…})."));
        return false;
    }
    *out = doc.object();
    return true;
}

bool eventFromOptions(CliContext &ctx, const EventCatalog &catalog, const Webhook &webhook,
                      const QString &type, const std::optional<QString> &resource,
                      const QString &data, Event *out, int *code)
{
    const EventType *known = nullptr;
    if (!type.isEmpty()) {
        known = catalog.find(type);
    } else {
        for (const EventType &t : catalog.types()) {
            if (EventPattern::matchesAny(webhook.eventPatterns, t.type)) {
                known = &t;
                break;
            }
        }
        if (!known) {
            *code = ctx.fail(ExitUsage, Tr::tr("no catalog event matches this webhook's "
                                               "patterns; name one with --event TYPE."));
            return false;
        }
    }
    if (!known && data.isEmpty()) {
        *code = ctx.fail(ExitUsage, Tr::tr("“%1” is not in the catalog: give its data with "
                                           "--data JSON or --data @file.")
                                        .arg(type));
        return false;
    }
    Event event = known ? known->sampleEvent() : Event{};
    event.id = Event::newId(); // a sample is a template, each use a new event
    if (!known) {
        event.type = type;
        event.occurredAt = QDateTime::currentDateTimeUtc();
    }
    if (resource)
        event.resource = *resource;
    if (!data.isEmpty() && !readJsonObject(ctx, data, &event.data, code))
        return false;
    event.source = QStringLiteral("relaisctl");
    *out = event;
    return true;
}

} // namespace relais
