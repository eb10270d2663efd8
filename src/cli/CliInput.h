#pragma once

#include "core/Event.h"
#include "core/Webhook.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

class CliContext;
class EventCatalog;

// Pieces every relaisctl subcommand shares.

// Parses `args` (what follows the subcommand's name). False when the command
// is over: a usage error was printed, or --help was shown; *code says which.
bool parseSubcommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args,
                     int *code);

// Parses `args` that name exactly one webhook (id or name) after the
// parser's options, and finds it; nullopt when the command is over (*code).
std::optional<Webhook> parseWebhookArgument(CliContext &ctx, QCommandLineParser &parser,
                                            const QStringList &args, const QString &usage,
                                            int *code);

// A webhook by id or name; nullopt after printing why (exit code in *code).
std::optional<Webhook> findWebhook(CliContext &ctx, const QString &idOrName, int *code);

// "90s", "30m", "2h", "7d" → seconds; false when the text is not one.
bool parseDuration(const QString &text, qint64 *seconds);

// --since style times: ISO 8601, or a duration ago ("30m", "2h", "7d").
bool parseSince(CliContext &ctx, const QString &text, QDateTime *out, int *code);

// JSON given inline or as @file; false after printing why.
bool readJsonObject(CliContext &ctx, const QString &text, QJsonObject *out, int *code);

// The event of --event/--resource/--data: the type's sample unless data is
// given; without a type, the first catalog type the webhook listens to.
bool eventFromOptions(CliContext &ctx, const EventCatalog &catalog, const Webhook &webhook,
                      const QString &type, const std::optional<QString> &resource,
                      const QString &data, Event *out, int *code);

} // namespace relais
