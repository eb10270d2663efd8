#include "WebhookOptions.h"

#include "CliInput.h"

#include "signing/Signer.h"

#include <QFile>
#include <QTextStream>

namespace relais {

namespace {

QCommandLineOption valueOption(const char *name, const QString &help, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, valueName);
}

// "Name: value" → header; false when there is no colon.
bool parseHeader(const QString &text, bool secret, WebhookHeader *out)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    *out = {text.left(colon).trimmed(), text.mid(colon + 1).trimmed(), secret};
    return true;
}

} // namespace

WebhookOptions::WebhookOptions()
    : m_name(valueOption("name", tr("Webhook name (unique)."), tr("NAME")))
    , m_description(valueOption("description", tr("Free text for your colleagues."), tr("TEXT")))
    , m_url(valueOption("url", tr("Receiver URL (http or https; may hold {{ placeholders }})."),
                        tr("URL")))
    , m_method(valueOption("method", tr("POST (default), PUT, PATCH or DELETE."), tr("METHOD")))
    , m_event(valueOption("event",
                          tr("Event pattern: a type, * for all, or a trailing wildcard such as "
                             "\"Sales Order.*\". Repeat for several."),
                          tr("PATTERN")))
    , m_resource(valueOption("resource",
                             tr("Only events about this resource (doctype, table, "
                                "survey, page)."),
                             tr("R")))
    , m_condition(valueOption("condition",
                              tr("JavaScript expression; the webhook fires when it is truthy, "
                                 "e.g. 'doc.total > 40000'."),
                              tr("EXPR")))
    , m_header(valueOption("header", tr("Extra header 'Name: value'. Repeat for several."),
                           tr("HEADER")))
    , m_secretHeader(valueOption("secret-header",
                                 tr("Header whose value is kept in the keychain, e.g. "
                                    "'Authorization: Bearer …'."),
                                 tr("HEADER")))
    , m_bodyMode(valueOption("body-mode", tr("default, json-template, transform, form or raw."),
                             tr("MODE")))
    , m_templateFile(
          valueOption("template-file", tr("File holding the body template."), tr("FILE")))
    , m_contentType(valueOption("content-type", tr("Content-Type of the body."), tr("TYPE")))
    , m_signing(valueOption("signing",
                            tr("none, standard-webhooks, github, frappe, stripe, seatable, "
                               "decsys or hmac."),
                            tr("SCHEME")))
    , m_secret(
          valueOption("secret", tr("Signing secret; '-' reads it from standard input."), tr("S")))
    , m_generateSecret(QStringLiteral("generate-secret"),
                       tr("Generate a signing secret and print it once."))
    , m_keepOldSecret(valueOption("keep-old-secret-for",
                                  tr("With --secret or --generate-secret on edit: the current "
                                     "secret stays valid this long beside the new one (e.g. 24h, "
                                     "7d), so receivers can switch over."),
                                  tr("DURATION")))
    , m_timeout(valueOption("timeout", tr("Seconds to wait for the receiver (default 10)."),
                            tr("SECONDS")))
    , m_disabled(QStringLiteral("disabled"), tr("Create the webhook disabled."))
{}

void WebhookOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_name, m_description, m_url, m_method, m_event, m_resource, m_condition,
                       m_header, m_secretHeader, m_bodyMode, m_templateFile, m_contentType,
                       m_signing, m_secret, m_generateSecret, m_keepOldSecret, m_timeout,
                       m_disabled});
}

bool WebhookOptions::apply(const QCommandLineParser &parser, Webhook &webhook, QString *error) const
{
    if (parser.isSet(m_name))
        webhook.name = parser.value(m_name);
    if (parser.isSet(m_description))
        webhook.description = parser.value(m_description);
    if (parser.isSet(m_url))
        webhook.url = parser.value(m_url);
    if (parser.isSet(m_method) && !methodFromName(parser.value(m_method), &webhook.method)) {
        *error =
            tr("unknown method “%1”: use POST, PUT, PATCH or DELETE.").arg(parser.value(m_method));
        return false;
    }
    if (parser.isSet(m_event))
        webhook.eventPatterns = parser.values(m_event);
    if (parser.isSet(m_resource))
        webhook.resourceFilter = parser.value(m_resource);
    if (parser.isSet(m_condition))
        webhook.condition = parser.value(m_condition);

    if (parser.isSet(m_header) || parser.isSet(m_secretHeader)) {
        QList<WebhookHeader> headers;
        for (const auto &[option, secret] :
             {std::pair{&m_header, false}, std::pair{&m_secretHeader, true}}) {
            for (const QString &text : parser.values(*option)) {
                WebhookHeader h;
                if (!parseHeader(text, secret, &h)) {
                    *error = tr("header “%1” must look like 'Name: value'.").arg(text);
                    return false;
                }
                headers << h;
            }
        }
        webhook.headers = headers;
    }

    if (parser.isSet(m_bodyMode) && !bodyModeFromKey(parser.value(m_bodyMode), &webhook.bodyMode)) {
        *error = tr("unknown body mode “%1”: use default, json-template, transform, form or raw.")
                     .arg(parser.value(m_bodyMode));
        return false;
    }
    if (parser.isSet(m_templateFile)) {
        QFile file(parser.value(m_templateFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the template file “%1”: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
        webhook.bodyTemplate = QString::fromUtf8(file.readAll());
    }
    if (parser.isSet(m_contentType))
        webhook.contentType = parser.value(m_contentType);
    if (parser.isSet(m_signing) &&
        !signingSchemeFromKey(parser.value(m_signing), &webhook.signing)) {
        *error = tr("unknown signing scheme “%1”.").arg(parser.value(m_signing));
        return false;
    }
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok) {
            *error =
                tr("--timeout takes a number of seconds, not “%1”.").arg(parser.value(m_timeout));
            return false;
        }
        webhook.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(m_disabled))
        webhook.enabled = false;
    return true;
}

bool WebhookOptions::signingSecret(const QCommandLineParser &parser, SigningScheme scheme,
                                   std::optional<QByteArray> *secret, bool *generated,
                                   QString *error) const
{
    *generated = false;
    if (parser.isSet(m_secret) && parser.isSet(m_generateSecret)) {
        *error = tr("give either --secret or --generate-secret, not both.");
        return false;
    }
    if ((parser.isSet(m_secret) || parser.isSet(m_generateSecret)) &&
        scheme == SigningScheme::None) {
        *error = tr("a secret needs a signing scheme: add --signing.");
        return false;
    }
    if (parser.isSet(m_generateSecret)) {
        *secret = Signer::generateSecret(scheme);
        *generated = true;
    } else if (parser.isSet(m_secret)) {
        QString value = parser.value(m_secret);
        if (value == QLatin1String("-"))
            value = QTextStream(stdin).readLine();
        *secret = value.toUtf8();
    }
    return true;
}

bool WebhookOptions::rotationOverlap(const QCommandLineParser &parser,
                                     std::optional<qint64> *seconds, QString *error) const
{
    if (!parser.isSet(m_keepOldSecret))
        return true;
    qint64 value = 0;
    if (!parseDuration(parser.value(m_keepOldSecret), &value) || value <= 0) {
        *error = tr("--keep-old-secret-for takes a duration such as 30m, 24h or 7d.");
        return false;
    }
    if (!parser.isSet(m_secret) && !parser.isSet(m_generateSecret)) {
        *error = tr("--keep-old-secret-for needs the new secret: --secret or --generate-secret.");
        return false;
    }
    *seconds = value;
    return true;
}

} // namespace relais
