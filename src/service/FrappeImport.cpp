#include "FrappeImport.h"

#include "WebhookService.h"

#include "payload/JinjaHints.h"
#include "payload/TemplateParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace relais {

namespace {

// Fields of a Frappe document that are bookkeeping, or only drive the
// preview pane of Frappe's form: they say nothing about what is sent.
bool isBookkeeping(const QString &field)
{
    static const QSet<QString> fields = {
        QStringLiteral("name"),
        QStringLiteral("doctype"),
        QStringLiteral("owner"),
        QStringLiteral("creation"),
        QStringLiteral("modified"),
        QStringLiteral("modified_by"),
        QStringLiteral("docstatus"),
        QStringLiteral("idx"),
        QStringLiteral("parent"),
        QStringLiteral("parentfield"),
        QStringLiteral("parenttype"),
        QStringLiteral("_user_tags"),
        QStringLiteral("_comments"),
        QStringLiteral("_assign"),
        QStringLiteral("_liked_by"),
        QStringLiteral("_seen"),
        QStringLiteral("__last_sync_on"),
        QStringLiteral("preview_document"),
        QStringLiteral("meets_condition"),
        QStringLiteral("preview_request_body"),
    };
    return fields.contains(field) || field.startsWith(QLatin1String("__"));
}

// The Webhook fields this import reads.
bool isCarried(const QString &field)
{
    static const QSet<QString> fields = {
        QStringLiteral("webhook_doctype"),
        QStringLiteral("webhook_docevent"),
        QStringLiteral("condition"),
        QStringLiteral("request_url"),
        QStringLiteral("is_dynamic_url"),
        QStringLiteral("request_method"),
        QStringLiteral("request_structure"),
        QStringLiteral("webhook_headers"),
        QStringLiteral("webhook_data"),
        QStringLiteral("webhook_json"),
        QStringLiteral("enable_security"),
        QStringLiteral("webhook_secret"),
        QStringLiteral("timeout"),
        QStringLiteral("enabled"),
        QStringLiteral("background_jobs_queue"),
    };
    return fields.contains(field);
}

// The document events a Frappe webhook can be bound to; the event catalog
// names Frappe events "<DocType>.<event>" with these same words.
bool isKnownDocEvent(const QString &event)
{
    static const QSet<QString> events = {
        QStringLiteral("after_insert"), QStringLiteral("on_update"),
        QStringLiteral("on_submit"),    QStringLiteral("on_cancel"),
        QStringLiteral("on_trash"),     QStringLiteral("on_update_after_submit"),
        QStringLiteral("on_change"),
    };
    return events.contains(event);
}

// Header names whose values are credentials: Relais keeps those in the
// keychain only, never in its database.
bool isCredentialHeader(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == u"authorization" || n == u"proxy-authorization" || n == u"cookie" ||
           n.contains(u"token") || n.contains(u"secret") || n.contains(u"api-key") ||
           n.contains(u"apikey") || n.contains(u"password");
}

QJsonArray documentsOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject o = doc.object();
    for (const char *key : {"data", "docs"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (v.isObject())
            return QJsonArray{v};
    }
    if (o.contains(QLatin1String("webhook_doctype")) || o.contains(QLatin1String("request_url")))
        return QJsonArray{o};
    return {};
}

// Frappe writes checks and integers as numbers, but hand-written or
// converted exports carry "1" or true as well.
int intOf(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

// The code of an expression with the contents of its string literals
// removed, so that words inside strings are not taken for operators.
QString withoutStrings(const QString &expression)
{
    QString out;
    QChar quote;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote) {
                quote = QChar();
                out += c;
            }
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c;
        out += c;
    }
    return out;
}

QString fieldExpression(const QString &fieldname)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][\\w$]*$"));
    if (identifier.match(fieldname).hasMatch())
        return QStringLiteral("doc.") + fieldname;
    return QStringLiteral("doc[") +
           QString::fromUtf8(QJsonDocument(QJsonArray{fieldname}).toJson(QJsonDocument::Compact))
               .mid(1)
               .chopped(1) +
           u']';
}

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(FrappeImport)

public:
    explicit Converter(const QJsonObject &doc)
        : m_doc(doc)
    {}

    FrappeImport::Entry run(QStringList *errors);

private:
    QString str(const char *key) const { return m_doc.value(QLatin1String(key)).toString(); }
    void note(const QString &text)
    {
        if (!m_notes.contains(text))
            m_notes << text;
    }
    void checkExpression(const QString &where, const QString &expression, bool placeholder);
    void checkTemplate(const QString &where, const QString &text);
    void readHeaders(Webhook &w);
    void readFormFields(Webhook &w);

    const QJsonObject m_doc;
    QStringList m_notes;
};

// Flags what works in Frappe's Python / Jinja but not in Relais' JavaScript.
void Converter::checkExpression(const QString &where, const QString &expression, bool placeholder)
{
    const QString code = withoutStrings(expression);
    static const QRegularExpression frappeApi(QStringLiteral("\\bfrappe\\s*\\."));
    static const QRegularExpression dictGet(QStringLiteral("\\.get\\s*\\("));
    static const QRegularExpression membership(QStringLiteral("\\b(not\\s+in|in)\\b"));
    if (frappeApi.match(code).hasMatch()) {
        note(tr("%1: “%2” calls frappe.*, Frappe's Python API, which Relais does not have. "
                "Rewrite it in JavaScript with the helpers json(), isoDate(), base64() and "
                "urlencode().")
                 .arg(where, expression.trimmed()));
    }
    if (dictGet.match(code).hasMatch()) {
        note(tr("%1: “%2” uses Python's .get(): in JavaScript, write doc.field, or "
                "doc.field ?? fallback for a default.")
                 .arg(where, expression.trimmed()));
    }
    if (const QRegularExpressionMatch m = membership.match(code); m.hasMatch()) {
        note(tr("%1: “%2” uses Python's “%3” test, which means something else in JavaScript: "
                "write [\"a\", \"b\"].includes(doc.field) instead (with ! before it for "
                "“not in”).")
                 .arg(where, expression.trimmed(), m.captured(1).simplified()));
    } else if (const QString jinja = JinjaHints::operatorProblem(expression, placeholder);
               !jinja.isEmpty()) {
        note(tr("%1: %2").arg(where, jinja));
    }
    if (placeholder) {
        if (const QString filter = JinjaHints::filterProblem(expression); !filter.isEmpty())
            note(tr("%1: %2").arg(where, filter));
    }
}

// Walks the {{ }}, {% %} and {# #} of a Jinja template.
void Converter::checkTemplate(const QString &where, const QString &text)
{
    qsizetype i = 0;
    while ((i = text.indexOf(u'{', i)) >= 0 && i + 1 < text.size()) {
        const QChar next = text[i + 1];
        if (next == u'{') {
            const qsizetype end = TemplateParser::placeholderEnd(text, i + 2);
            if (end < 0) {
                note(tr("%1: a {{ placeholder is never closed.").arg(where));
                return;
            }
            checkExpression(where, text.mid(i + 2, end - i - 2), true);
            i = end + 2;
        } else if (next == u'%' || next == u'#') {
            const QString closer = QString(next) + u'}';
            const qsizetype end = text.indexOf(closer, i + 2);
            if (end < 0) {
                note(tr("%1: a {%2 block is never closed.").arg(where, QString(next)));
                return;
            }
            QString inner = text.mid(i + 2, end - i - 2);
            // {%- and -%} only trim whitespace.
            if (inner.startsWith(u'-'))
                inner.remove(0, 1);
            if (inner.endsWith(u'-'))
                inner.chop(1);
            inner = inner.trimmed();
            const QString keyword = inner.section(u' ', 0, 0);
            // Closing words repeat what the opening block already said.
            const bool closing = keyword.startsWith(QLatin1String("end")) || keyword == u"else";
            if (next == u'#')
                note(tr("%1: %2").arg(where, JinjaHints::commentProblem()));
            else if (!closing)
                note(tr("%1: %2").arg(where, JinjaHints::blockProblem(inner)));
            i = end + 2;
        } else {
            ++i;
        }
    }
}

void Converter::readHeaders(Webhook &w)
{
    for (const QJsonValue &row : m_doc.value(QLatin1String("webhook_headers")).toArray()) {
        const QJsonObject h = row.toObject();
        const QString key = h.value(QLatin1String("key")).toString().trimmed();
        const QString value = h.value(QLatin1String("value")).toString();
        if (key.isEmpty()) {
            // The value is not repeated: it may well be a credential.
            if (!value.isEmpty())
                note(tr("A header row without a name was not imported."));
            continue;
        }
        if (key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
            w.contentType = value.trimmed();
            continue;
        }
        if (isCredentialHeader(key)) {
            // Its value would land in the database: ask for it again instead.
            w.headers.append({key, QString(), true});
            note(tr("Header “%1” holds a credential: Relais keeps those in the keychain, so its "
                    "value was not imported. Give it again as a secret header; the webhook stays "
                    "disabled until then.")
                     .arg(key));
            continue;
        }
        w.headers.append({key, value, false});
    }
}

void Converter::readFormFields(Webhook &w)
{
    for (const QJsonValue &row : m_doc.value(QLatin1String("webhook_data")).toArray()) {
        const QJsonObject f = row.toObject();
        const QString fieldname = f.value(QLatin1String("fieldname")).toString().trimmed();
        QString key = f.value(QLatin1String("key")).toString().trimmed();
        if (fieldname.isEmpty()) {
            note(tr("A form row without a field (key “%1”) was not imported.").arg(key));
            continue;
        }
        if (key.isEmpty()) {
            key = fieldname;
            note(tr("The form row for field “%1” has no key: the field name is used as the key.")
                     .arg(fieldname));
        }
        w.formFields.append({key, fieldExpression(fieldname)});
    }
}

FrappeImport::Entry Converter::run(QStringList *errors)
{
    Webhook w;
    const QString doctype = str("webhook_doctype").trimmed();
    const QString docEvent = str("webhook_docevent").trimmed();
    w.name = str("name").trimmed();
    if (w.name.isEmpty() && !doctype.isEmpty()) {
        w.name = doctype + u' ' + docEvent;
        note(tr("The document has no name: it was named “%1”.").arg(w.name));
    }

    if (const QString type = str("doctype"); !type.isEmpty() && type != u"Webhook")
        *errors << tr("this is a “%1” document, not a Webhook.").arg(type);
    if (doctype.isEmpty())
        *errors << tr("webhook_doctype is missing.");
    if (docEvent.isEmpty())
        *errors << tr("webhook_docevent is missing.");
    else if (!isKnownDocEvent(docEvent))
        note(tr("“%1” is not a Frappe document event Relais knows: the webhook fires only for "
                "events of type “%2”.")
                 .arg(docEvent, doctype + u'.' + docEvent));
    if (!doctype.isEmpty() && !docEvent.isEmpty())
        w.eventPatterns = {doctype + u'.' + docEvent};

    w.url = str("request_url").trimmed();
    if (w.url.isEmpty())
        *errors << tr("request_url is missing.");
    checkTemplate(tr("URL"), w.url);

    const QString method = str("request_method").trimmed();
    if (!method.isEmpty() && !methodFromName(method.toUpper(), &w.method))
        *errors << tr("request_method “%1” is not POST, PUT or DELETE.").arg(method);

    w.condition = str("condition").trimmed();
    if (!w.condition.isEmpty())
        checkExpression(tr("Condition"), w.condition, false);

    readHeaders(w);

    const QString structure = str("request_structure").trimmed();
    const QString json = str("webhook_json");
    const bool hasFormRows = !m_doc.value(QLatin1String("webhook_data")).toArray().isEmpty();
    const bool useJson =
        structure == u"JSON" || (structure != u"Form URL-Encoded" && !structure.isEmpty() &&
                                 json.trimmed().size() > 0 && !hasFormRows);
    if (!structure.isEmpty() && structure != u"JSON" && structure != u"Form URL-Encoded") {
        note(tr("Request structure “%1” is unknown: the body was imported as %2; check it.")
                 .arg(structure, useJson ? tr("a JSON template") : tr("form fields")));
    }
    if (useJson) {
        w.bodyMode = BodyMode::JsonTemplate;
        w.bodyTemplate = json;
        checkTemplate(tr("Template"), json);
        if (hasFormRows)
            note(tr("The form rows (webhook_data) are not used by a JSON request and were not "
                    "imported."));
    } else {
        // Frappe sends form fields when no structure is chosen.
        w.bodyMode = BodyMode::Form;
        readFormFields(w);
        if (!json.trimmed().isEmpty())
            note(tr("The JSON template (webhook_json) is not used by a form request and was not "
                    "imported."));
    }

    const QJsonValue timeout = m_doc.value(QLatin1String("timeout"));
    const int seconds = intOf(timeout, 0);
    w.timeoutMs = (seconds > 0 ? seconds : 5) * 1000; // Frappe's default: 5 s
    w.enabled = intOf(m_doc.value(QLatin1String("enabled")), 1) != 0;

    if (intOf(m_doc.value(QLatin1String("enable_security")), 0) != 0) {
        w.signing = SigningScheme::Frappe;
        w.needsSecret = true;
        note(tr("Requests are signed (X-Frappe-Webhook-Signature), but the export carries no "
                "secret: the secret must be set before the webhook can send, and it stays "
                "disabled until then."));
    } else if (const QString secret = str("webhook_secret"); !secret.isEmpty()) {
        note(tr("The file holds a webhook secret but security is off: the secret was not "
                "imported."));
    }
    if (const QString queue = str("background_jobs_queue"); !queue.isEmpty())
        note(tr("Background jobs queue “%1” was not imported: Relais delivers from its own "
                "queue.")
                 .arg(queue));

    for (auto it = m_doc.constBegin(); it != m_doc.constEnd(); ++it) {
        if (isBookkeeping(it.key()) || isCarried(it.key()))
            continue;
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            continue;
        note(tr("Field “%1” has no equivalent in Relais and was not imported.").arg(it.key()));
    }

    if (errors->isEmpty()) {
        for (const FieldError &e : w.validate())
            *errors << e.message;
    }
    return {w, m_notes};
}

} // namespace

bool FrappeImport::convert(const QByteArray &json, QList<Entry> *entries, ServiceError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ServiceError::validation(tr("The file is not valid JSON (at byte %1: %2).")
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString()));
        return false;
    }
    const QJsonArray docs = documentsOf(doc);
    if (docs.isEmpty()) {
        *error = ServiceError::validation(tr("The file holds no Frappe Webhook documents."));
        return false;
    }

    QList<Entry> converted;
    QStringList problems;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (!docs.at(i).isObject()) {
            problems << tr("Document %1 is not a JSON object.").arg(i + 1);
            continue;
        }
        QStringList errors;
        Entry entry = Converter(docs.at(i).toObject()).run(&errors);
        if (!errors.isEmpty()) {
            problems << tr("Document %1 (“%2”): %3")
                            .arg(i + 1)
                            .arg(entry.webhook.name, errors.join(u' '));
            continue;
        }
        converted << entry;
    }
    if (!problems.isEmpty()) {
        *error = ServiceError::validation(tr("Nothing was imported. %1").arg(problems.join(u' ')));
        return false;
    }
    *entries = converted;
    return true;
}

bool FrappeImport::importInto(WebhookService &service, const QByteArray &json,
                              QList<Entry> *imported, ServiceError *error)
{
    QList<Entry> entries;
    if (!convert(json, &entries, error))
        return false;
    QList<Webhook> webhooks;
    for (const Entry &e : std::as_const(entries))
        webhooks << e.webhook;
    QList<Webhook> stored;
    if (!service.importWebhooks(webhooks, &stored, error))
        return false;
    for (qsizetype i = 0; i < entries.size() && i < stored.size(); ++i)
        entries[i].webhook = stored.at(i);
    if (imported)
        *imported = entries;
    return true;
}

} // namespace relais
