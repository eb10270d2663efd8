#include "WebhookPresets.h"

namespace relais {

namespace {

const QString kJson = QStringLiteral("application/json");

// ngSurvey posts its respondent payload unchanged; its "payload transform
// template" is the place to reshape it, hence a transform that passes the
// payload through and says where to change it.
const char kNgSurveyTransform[] =
    "// ngSurvey posts the respondent and their answers as they are.\n"
    "// Return another object here to reshape the payload (ngSurvey's\n"
    "// \"payload transform template\").\n"
    "function transform(event) {\n"
    "  return event.data;\n"
    "}\n";

// Frappe's JSON request body: fields of the document inserted with Jinja
// placeholders, wrapped in double quotes (Dokos' documentation, 1.5).
const char kFrappeTemplate[] = "{\n"
                               "  \"doctype\": \"{{ doc.doctype }}\",\n"
                               "  \"name\": \"{{ doc.name }}\",\n"
                               "  \"customer\": \"{{ doc.customer }}\",\n"
                               "  \"transaction_date\": \"{{ doc.transaction_date }}\",\n"
                               "  \"grand_total\": {{ doc.grand_total }},\n"
                               "  \"currency\": \"{{ doc.currency }}\",\n"
                               "  \"status\": \"{{ doc.status }}\"\n"
                               "}\n";

// Decsys and SeaTable events carry the system's own payload as their data
// (see resources/catalog): the body is that payload, unchanged.
const char kPassThrough[] = "{{ doc }}";

Webhook base()
{
    Webhook w;
    w.method = HttpMethod::Post;
    w.contentType = kJson;
    return w;
}

WebhookPreset ngSurvey()
{
    Webhook w = base();
    w.name = WebhookPresets::tr("ngSurvey respondents");
    w.description =
        WebhookPresets::tr("Each respondent and their answers, as ngSurvey posts them.");
    w.eventPatterns = {QStringLiteral("respondent.saved")};
    w.bodyMode = BodyMode::Transform;
    w.bodyTemplate = QString::fromUtf8(kNgSurveyTransform);
    // ngSurvey does not sign its posts.
    w.signing = SigningScheme::None;
    return {QStringLiteral("ngsurvey"), QStringLiteral("ngSurvey"),
            WebhookPresets::tr("POST of the respondent payload (respondent, answers, visited "
                               "pages, data attributes, query string), with an editable "
                               "payload transform."),
            w};
}

WebhookPreset frappe()
{
    Webhook w = base();
    w.name = WebhookPresets::tr("Dokos Sales Order submitted");
    w.description = WebhookPresets::tr("A Dokos / Frappe webhook on Sales Order, on_submit.");
    w.eventPatterns = {QStringLiteral("Sales Order.on_submit")};
    w.bodyMode = BodyMode::JsonTemplate;
    w.bodyTemplate = QString::fromUtf8(kFrappeTemplate);
    w.signing = SigningScheme::Frappe;
    w.timeoutMs = 5000; // Frappe gives a webhook request 5 seconds
    return {QStringLiteral("frappe"), QStringLiteral("Dokos / Frappe"),
            WebhookPresets::tr("One doctype and doc event (Sales Order, on_submit), a JSON body "
                               "from a template, signed with X-Frappe-Webhook-Signature."),
            w};
}

WebhookPreset decsys()
{
    Webhook w = base();
    w.name = WebhookPresets::tr("Decsys page navigation");
    w.description = WebhookPresets::tr("Every Decsys page navigation event, survey completion "
                                       "included.");
    // Decsys' "All Events": every page navigation, the survey's end included.
    w.eventPatterns = {QStringLiteral("decsys.*")};
    w.bodyMode = BodyMode::JsonTemplate;
    w.bodyTemplate = QString::fromUtf8(kPassThrough);
    w.signing = SigningScheme::Decsys;
    return {QStringLiteral("decsys"), QStringLiteral("Decsys"),
            WebhookPresets::tr("All page navigation events with the Decsys payload (timestamp, "
                               "survey id, participant, responses), signed with "
                               "X-Decsys-Signature."),
            w};
}

WebhookPreset seaTable()
{
    Webhook w = base();
    w.name = WebhookPresets::tr("SeaTable row changes");
    w.description = WebhookPresets::tr("Rows inserted, modified or deleted, in SeaTable's "
                                       "{event, data} envelope.");
    w.eventPatterns = {QStringLiteral("insert_row"), QStringLiteral("modify_row"),
                       QStringLiteral("delete_row")};
    w.bodyMode = BodyMode::JsonTemplate;
    w.bodyTemplate = QString::fromUtf8(kPassThrough);
    w.signing = SigningScheme::SeaTable;
    return {QStringLiteral("seatable"), QStringLiteral("SeaTable"),
            WebhookPresets::tr("Row insert, modify and delete in SeaTable's {event, data} "
                               "envelope, signed with X-SeaTable-Signature: sha256=…"),
            w};
}

} // namespace

QList<WebhookPreset> WebhookPresets::all()
{
    return {ngSurvey(), frappe(), decsys(), seaTable()};
}

std::optional<WebhookPreset> WebhookPresets::find(const QString &key)
{
    for (const WebhookPreset &p : all()) {
        if (p.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace relais
