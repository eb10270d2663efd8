// `relaisctl webhook …`: manage webhooks from a terminal or a script.
#include "CliContext.h"
#include "CliInput.h"
#include "TextTable.h"
#include "WebhookOptions.h"

#include "service/FrappeImport.h"
#include "service/WebhookPresets.h"
#include "service/WebhookService.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace relais {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebhookCommands)
};

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON (a stable format)."));
}

int exitFor(CliContext &ctx, const ServiceError &error)
{
    return ctx.fail(error.kind == ServiceError::Kind::Validation ? ExitUsage : ExitFailure,
                    error.message);
}

QString hostOf(const QString &url)
{
    const QUrl u(url);
    return u.host().isEmpty()
               ? url
               : u.host() + (u.port() > 0 ? QStringLiteral(":%1").arg(u.port()) : QString());
}

QString stateText(const Webhook &w)
{
    if (w.enabled)
        return Tr::tr("enabled");
    if (w.needsSecret)
        return Tr::tr("needs secret");
    return w.disabledReason.isEmpty() ? Tr::tr("disabled") : Tr::tr("auto-disabled");
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    QString error;
    const QList<Webhook> all = WebhookRepository(*db).list(&error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailure, error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Webhook &w : all)
            a.append(w.toJson());
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (all.isEmpty()) {
        ctx.out() << Tr::tr("No webhooks yet. Add one with: relaisctl webhook add --name N --url U")
                  << Qt::endl;
        return ExitOk;
    }
    TextTable table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("METHOD"), Tr::tr("HOST"),
                     Tr::tr("EVENTS"), Tr::tr("ID")});
    for (const Webhook &w : all) {
        table.addRow({w.name, stateText(w), methodName(w.method), hostOf(w.url),
                      w.eventPatterns.join(QStringLiteral(", ")),
                      w.id.toString(QUuid::WithoutBraces)});
    }
    table.print(ctx.out());
    return ExitOk;
}

int show(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    int code = ExitOk;
    const std::optional<Webhook> w = parseWebhookArgument(
        ctx, parser, args, QStringLiteral("relaisctl webhook show ID|NAME [--json]"), &code);
    if (!w)
        return code;
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(w->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList headerLines;
    for (const WebhookHeader &h : w->headers)
        headerLines << h.name + QStringLiteral(": ") +
                           (h.secret ? QStringLiteral("[secret]") : h.value);
    const QList<QPair<QString, QString>> rows = {
        {Tr::tr("Name"), w->name},
        {Tr::tr("Id"), w->id.toString(QUuid::WithoutBraces)},
        {Tr::tr("State"),
         stateText(*w) +
             (w->disabledReason.isEmpty() ? QString() : QStringLiteral(" — ") + w->disabledReason)},
        {Tr::tr("Request"), methodName(w->method) + u' ' + w->url},
        {Tr::tr("Events"), w->eventPatterns.join(QStringLiteral(", "))},
        {Tr::tr("Resource"), w->resourceFilter},
        {Tr::tr("Condition"), w->condition},
        {Tr::tr("Headers"), headerLines.join(QStringLiteral("; "))},
        {Tr::tr("Body"),
         bodyModeKey(w->bodyMode) + QStringLiteral(" (") + w->effectiveContentType() + u')'},
        {Tr::tr("Signing"), signingSchemeKey(w->signing)},
        {Tr::tr("Timeout"), Tr::tr("%1 s").arg(w->timeoutMs / 1000.0)},
        {Tr::tr("Description"), w->description},
    };
    TextTable::printPairs(ctx.out(), rows);
    return ExitOk;
}

int addOrEdit(CliContext &ctx, const QStringList &args, bool adding)
{
    QCommandLineParser parser;
    const WebhookOptions options;
    options.addTo(parser);
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        Tr::tr("Start from a seed system's preset (see webhook presets); the other options "
               "override it."),
        Tr::tr("KEY"));
    if (adding)
        parser.addOption(presetOption);
    else
        parser.addPositionalArgument(QStringLiteral("webhook"), Tr::tr("Id or name."));
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;

    Webhook webhook;
    if (adding) {
        if (!parser.positionalArguments().isEmpty())
            return ctx.fail(
                ExitUsage,
                Tr::tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("url")))
            return ctx.fail(ExitUsage, Tr::tr("webhook add needs --name and --url."));
        webhook.eventPatterns = {QStringLiteral("*")};
        if (parser.isSet(presetOption)) {
            const std::optional<WebhookPreset> preset =
                WebhookPresets::find(parser.value(presetOption));
            if (!preset)
                return ctx.fail(ExitUsage, Tr::tr("unknown preset “%1”: see relaisctl webhook "
                                                  "presets.")
                                               .arg(parser.value(presetOption)));
            webhook = preset->webhook;
        }
    } else {
        if (parser.positionalArguments().size() != 1)
            return ctx.fail(ExitUsage, Tr::tr("usage: relaisctl webhook edit ID|NAME [options]"));
        std::optional<Webhook> found =
            findWebhook(ctx, parser.positionalArguments().first(), &code);
        if (!found)
            return code;
        webhook = *found;
    }

    QString error;
    if (!options.apply(parser, webhook, &error))
        return ctx.fail(ExitUsage, error);
    std::optional<QByteArray> secret;
    bool generated = false;
    if (!options.signingSecret(parser, webhook.signing, &secret, &generated, &error))
        return ctx.fail(ExitUsage, error);

    std::optional<qint64> overlap;
    if (!options.rotationOverlap(parser, &overlap, &error))
        return ctx.fail(ExitUsage, error);
    if (overlap && adding)
        return ctx.fail(ExitUsage, Tr::tr("--keep-old-secret-for is for webhook edit."));

    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    WebhookService service(*db, ctx.secrets());
    ServiceError serviceError;
    bool ok = false;
    if (adding)
        ok = service.create(webhook, secret, &serviceError);
    else if (overlap)
        ok = service.rotateSigningSecret(
            webhook, *secret, QDateTime::currentDateTimeUtc().addSecs(*overlap), &serviceError);
    else
        ok = service.update(webhook, secret, &serviceError);
    if (!ok)
        return exitFor(ctx, serviceError);

    ctx.out() << (adding ? Tr::tr("Added webhook “%1” (%2).")
                         : Tr::tr("Updated webhook “%1” (%2)."))
                     .arg(webhook.name, webhook.id.toString(QUuid::WithoutBraces))
              << Qt::endl;
    if (generated) {
        ctx.out() << Tr::tr("Signing secret (shown only now; give it to the receiver):") << Qt::endl
                  << QString::fromUtf8(*secret) << Qt::endl;
    }
    return ExitOk;
}

int presets(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    const QList<WebhookPreset> all = WebhookPresets::all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const WebhookPreset &p : all) {
            a.append(QJsonObject{{QStringLiteral("key"), p.key},
                                 {QStringLiteral("system"), p.systemName},
                                 {QStringLiteral("description"), p.description},
                                 {QStringLiteral("webhook"), p.webhook.toJson()}});
        }
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({Tr::tr("KEY"), Tr::tr("SYSTEM"), Tr::tr("EVENTS"), Tr::tr("BODY"),
                     Tr::tr("SIGNING"), Tr::tr("DESCRIPTION")});
    for (const WebhookPreset &p : all) {
        table.addRow({p.key, p.systemName, p.webhook.eventPatterns.join(QStringLiteral(", ")),
                      bodyModeKey(p.webhook.bodyMode), signingSchemeKey(p.webhook.signing),
                      p.description});
    }
    table.print(ctx.out());
    ctx.out() << Tr::tr("Use one with: relaisctl webhook add --preset KEY --name N --url U "
                        "[--secret S | --generate-secret]")
              << Qt::endl;
    return ExitOk;
}

int setEnabled(CliContext &ctx, const QStringList &args, bool enabled)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const std::optional<Webhook> w = parseWebhookArgument(
        ctx, parser, args, QStringLiteral("relaisctl webhook enable|disable|remove ID|NAME"),
        &code);
    if (!w)
        return code;
    if (enabled && w->needsSecret)
        return ctx.fail(ExitUsage, Tr::tr("“%1” needs its secret first: relaisctl webhook edit "
                                          "\"%1\" --secret S")
                                       .arg(w->name));
    QString error;
    if (!WebhookRepository(*ctx.database()).setEnabled(w->id, enabled, QString(), &error))
        return ctx.fail(ExitFailure, error);
    ctx.out() << (enabled ? Tr::tr("Enabled “%1”.") : Tr::tr("Disabled “%1”.")).arg(w->name)
              << Qt::endl;
    return ExitOk;
}

int remove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const std::optional<Webhook> w = parseWebhookArgument(
        ctx, parser, args, QStringLiteral("relaisctl webhook enable|disable|remove ID|NAME"),
        &code);
    if (!w)
        return code;
    ServiceError error;
    if (!WebhookService(*ctx.database(), ctx.secrets()).remove(*w, &error))
        return exitFor(ctx, error);
    ctx.out() << Tr::tr("Removed “%1”.").arg(w->name) << Qt::endl;
    return ExitOk;
}

int exportAll(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringLiteral("output"), Tr::tr("Write to FILE (readable by you only)."), Tr::tr("FILE"));
    parser.addOption(output);
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    ServiceError error;
    const QJsonDocument doc = WebhookService(*db, ctx.secrets()).exportAll(&error);
    if (error.kind != ServiceError::Kind::None)
        return exitFor(ctx, error);
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    if (!parser.isSet(output)) {
        ctx.out() << QString::fromUtf8(bytes);
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        return ctx.fail(
            ExitFailure,
            Tr::tr("cannot write “%1”: %2").arg(parser.value(output), file.errorString()));
    }
    ctx.out() << Tr::tr("Exported %n webhook(s) to %1.", nullptr,
                        int(doc.object().value(QLatin1String("webhooks")).toArray().size()))
                     .arg(parser.value(output))
              << Qt::endl;
    return ExitOk;
}

void printSecretHint(CliContext &ctx, const Webhook &w)
{
    if (w.needsSecret)
        ctx.out() << Tr::tr("  “%1” is disabled until you give its secret: relaisctl webhook "
                            "edit \"%1\" --secret S (and --secret-header for secret headers)")
                         .arg(w.name)
                  << Qt::endl;
}

int importFile(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Tr::tr("A file made by webhook export, or with --from frappe an export of Frappe / Dokos "
               "Webhook documents."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("The file's format: relais (default) or frappe."),
                                  Tr::tr("FORMAT"), QStringLiteral("relais"));
    parser.addOption(from);
    parser.addOption(jsonOption());
    int code = ExitOk;
    if (!parseSubcommand(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage,
                        Tr::tr("usage: relaisctl webhook import [--from relais|frappe] [--json] "
                               "FILE"));
    const QString format = parser.value(from);
    if (format != u"relais" && format != u"frappe")
        return ctx.fail(ExitUsage,
                        Tr::tr("unknown import format “%1” (use relais or frappe).").arg(format));
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(ExitFailure,
                        Tr::tr("cannot read “%1”: %2").arg(file.fileName(), file.errorString()));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastFailure();
    WebhookService service(*db, ctx.secrets());
    QList<FrappeImport::Entry> imported;
    ServiceError error;
    if (format == u"frappe") {
        if (!FrappeImport::importInto(service, file.readAll(), &imported, &error))
            return exitFor(ctx, error);
    } else {
        QList<Webhook> webhooks;
        if (!service.importJson(file.readAll(), &webhooks, &error))
            return exitFor(ctx, error);
        for (const Webhook &w : std::as_const(webhooks))
            imported.append({w, {}});
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const FrappeImport::Entry &e : std::as_const(imported)) {
            a.append(
                QJsonObject{{QStringLiteral("id"), e.webhook.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), e.webhook.name},
                            {QStringLiteral("needsSecret"), e.webhook.needsSecret},
                            {QStringLiteral("report"), QJsonArray::fromStringList(e.notes)}});
        }
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out() << Tr::tr("Imported %n webhook(s).", nullptr, int(imported.size())) << Qt::endl;
    for (const FrappeImport::Entry &e : std::as_const(imported)) {
        if (format == u"frappe") {
            ctx.out() << Tr::tr("“%1” (%2)")
                             .arg(e.webhook.name, e.webhook.id.toString(QUuid::WithoutBraces))
                      << Qt::endl;
            for (const QString &note : e.notes)
                ctx.out() << QStringLiteral("  - ") << note << Qt::endl;
        }
        printSecretHint(ctx, e.webhook);
    }
    return ExitOk;
}

} // namespace

int runWebhookCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("show"))
        return show(ctx, rest);
    if (sub == QLatin1String("add"))
        return addOrEdit(ctx, rest, true);
    if (sub == QLatin1String("edit"))
        return addOrEdit(ctx, rest, false);
    if (sub == QLatin1String("presets"))
        return presets(ctx, rest);
    if (sub == QLatin1String("enable") || sub == QLatin1String("disable"))
        return setEnabled(ctx, rest, sub == QLatin1String("enable"));
    if (sub == QLatin1String("remove"))
        return remove(ctx, rest);
    if (sub == QLatin1String("export"))
        return exportAll(ctx, rest);
    if (sub == QLatin1String("import"))
        return importFile(ctx, rest);
    return ctx.fail(ExitUsage, sub.isEmpty()
                                   ? Tr::tr("webhook needs a subcommand: list, show, add, edit, "
                                            "enable, disable, remove, export or import.")
                                   : Tr::tr("unknown webhook subcommand “%1”.").arg(sub));
}

} // namespace relais
