// Importing the Webhook documents of a Frappe / Dokos export.
#include "core/Event.h"
#include "delivery/Preview.h"
#include "payload/EventCatalog.h"
#include "payload/PayloadEngine.h"
#include "secrets/MemorySecretStore.h"
#include "service/FrappeImport.h"
#include "service/WebhookService.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class tst_FrappeImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    MemorySecretStore m_secrets;
    PayloadEngine m_engine;
    const EventCatalog m_catalog;

    static QByteArray exportBytes()
    {
        QFile f(QFINDTESTDATA("data/frappe-webhooks.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QList<FrappeImport::Entry> converted()
    {
        QList<FrappeImport::Entry> entries;
        ServiceError error;
        if (!FrappeImport::convert(exportBytes(), &entries, &error))
            qWarning("%s", qPrintable(error.message));
        return entries;
    }

    std::unique_ptr<Database> freshDatabase()
    {
        QString error;
        auto db = Database::openSqliteFile(
            m_dir.filePath(QStringLiteral("frappe-%1.db").arg(++m_dbCounter)), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    Event catalogEvent(const QString &type, const QJsonObject &data) const
    {
        Event e;
        e.id = Event::newId();
        e.type = type;
        e.resource = type.section(u'.', 0, 0);
        e.occurredAt = QDateTime::currentDateTimeUtc();
        e.data = data;
        return e;
    }

    static bool notesMention(const QStringList &notes, const QString &text)
    {
        return std::any_of(notes.cbegin(), notes.cend(),
                           [&text](const QString &n) { return n.contains(text); });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aJsonTemplateWebhookKeepsItsTriggerConditionAndTemplate()
    {
        const QList<FrappeImport::Entry> entries = converted();
        QCOMPARE(entries.size(), 3);
        const Webhook &w = entries.at(0).webhook;
        QCOMPARE(w.name, QStringLiteral("Commandes validées vers Odoo"));
        QCOMPARE(w.eventPatterns, QStringList{QStringLiteral("Sales Order.on_submit")});
        QVERIFY(m_catalog.find(w.eventPatterns.first())); // the catalog's own name for it
        QCOMPARE(w.condition, QStringLiteral("doc.grand_total > 1000"));
        QCOMPARE(w.url, QStringLiteral("https://odoo.boulangerie-morel.fr/dokos/commandes"));
        QCOMPARE(w.method, HttpMethod::Post);
        QCOMPARE(w.bodyMode, BodyMode::JsonTemplate);
        QCOMPARE(w.bodyTemplate, QStringLiteral("{\n  \"commande\": \"{{ doc.name }}\",\n"
                                                "  \"client\": \"{{ doc.customer_name }}\",\n"
                                                "  \"livraison\": \"{{ doc.delivery_date }}\",\n"
                                                "  \"total\": {{ doc.grand_total }},\n"
                                                "  \"devise\": \"{{ doc.currency }}\"\n}"));
        QVERIFY(w.formFields.isEmpty());
        QVERIFY(w.headers.isEmpty());
        QCOMPARE(w.signing, SigningScheme::Frappe);
        QCOMPARE(w.needsSecret, true);
        QCOMPARE(w.timeoutMs, 10000);
        QCOMPARE(w.enabled, true);
        QVERIFY(w.validate().isEmpty());
        // Only the missing secret needs attention.
        QCOMPARE(entries.at(0).notes.size(), 1);
        QVERIFY2(entries.at(0).notes.first().contains(QStringLiteral("secret must be set")),
                 qPrintable(entries.at(0).notes.first()));
    }

    void aFormWebhookBecomesFormFieldsAndHeaders()
    {
        const QList<FrappeImport::Entry> entries = converted();
        QCOMPARE(entries.size(), 3);
        const Webhook &w = entries.at(1).webhook;
        QCOMPARE(w.name, QStringLiteral("Devis vers CRM"));
        QCOMPARE(w.eventPatterns, QStringList{QStringLiteral("Quotation.after_insert")});
        QVERIFY(m_catalog.find(w.eventPatterns.first()));
        QCOMPARE(w.condition, QString());
        QCOMPARE(w.url, QStringLiteral("https://crm.boulangerie-morel.fr/api/devis"));
        QCOMPARE(w.bodyMode, BodyMode::Form);
        QCOMPARE(w.formFields, (QList<FormField>{
                                   {QStringLiteral("devis"), QStringLiteral("doc.name")},
                                   {QStringLiteral("client"), QStringLiteral("doc.party_name")},
                                   {QStringLiteral("montant"), QStringLiteral("doc.grand_total")},
                               }));
        QCOMPARE(w.headers,
                 (QList<WebhookHeader>{{QStringLiteral("X-Dokos-Site"),
                                        QStringLiteral("erp.boulangerie-morel.fr"), false}}));
        QVERIFY(w.bodyTemplate.isEmpty());
        QCOMPARE(w.signing, SigningScheme::None);
        QCOMPARE(w.needsSecret, false);
        QCOMPARE(w.timeoutMs, 5000); // Frappe's default when the export has none
        QCOMPARE(w.enabled, true);
        QVERIFY2(entries.at(1).notes.isEmpty(), qPrintable(entries.at(1).notes.join(u'\n')));
    }

    void aJinjaLoopIsImportedAsIsAndReported()
    {
        const QList<FrappeImport::Entry> entries = converted();
        QCOMPARE(entries.size(), 3);
        const Webhook &w = entries.at(2).webhook;
        QCOMPARE(w.name, QStringLiteral("Lignes de commande vers logistique"));
        QCOMPARE(w.eventPatterns,
                 QStringList{QStringLiteral("Sales Order.on_update_after_submit")});
        QCOMPARE(w.method, HttpMethod::Put);
        QCOMPARE(w.enabled, false);
        QCOMPARE(w.bodyMode, BodyMode::JsonTemplate);
        QVERIFY(w.bodyTemplate.contains(QStringLiteral("{% for item in doc.items %}")));
        QCOMPARE(
            w.condition,
            QStringLiteral("doc.delivery_status in (\"Not Delivered\", \"Partly Delivered\")"));

        const QStringList &notes = entries.at(2).notes;
        const QString all = notes.join(u'\n');
        QVERIFY2(notesMention(notes, QStringLiteral("Jinja loops ({% for %})")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("doc.items.map(item =>")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("Jinja conditions ({% if %})")),
                 qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("| tojson")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("Condition: ")) &&
                     notesMention(notes, QStringLiteral("“in” test")),
                 qPrintable(all));
        // Each construct once, not once per {% endfor %} or {% else %}.
        QCOMPARE(notes.size(), 4);
    }

    void theJsonTemplateRendersASalesOrder()
    {
        const QList<FrappeImport::Entry> entries = converted();
        QCOMPARE(entries.size(), 3);
        const Webhook &w = entries.at(0).webhook;
        const QString type = QStringLiteral("Sales Order.on_submit");
        const QJsonObject order = m_catalog.sample(type);
        QVERIFY(!order.isEmpty());

        const PreviewResult result =
            Preview::run(m_engine, m_secrets, w, catalogEvent(type, order));
        QVERIFY2(!result.failed(), qPrintable(result.error ? result.error->message : QString()));
        QVERIFY(result.match.matched);
        QVERIFY(result.rendered);
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.body, QByteArray("{\n  \"commande\": \"SAL-ORD-2024-00042\",\n"
                                                 "  \"client\": \"Boulangerie Morel\",\n"
                                                 "  \"livraison\": \"2024-05-21\",\n"
                                                 "  \"total\": 54000,\n"
                                                 "  \"devise\": \"EUR\"\n}"));

        // The Frappe condition still decides: a small order is not sent.
        QJsonObject small = order;
        small.insert(QStringLiteral("grand_total"), 800.0);
        const PreviewResult skipped =
            Preview::run(m_engine, m_secrets, w, catalogEvent(type, small));
        QVERIFY(!skipped.failed());
        QVERIFY(!skipped.match.matched);
        QCOMPARE(skipped.match.decidedBy, MatchResult::Stage::Condition);
    }

    void theFormWebhookSendsTheQuotationFields()
    {
        const QList<FrappeImport::Entry> entries = converted();
        QCOMPARE(entries.size(), 3);
        const QString type = QStringLiteral("Quotation.after_insert");
        const PreviewResult result = Preview::run(m_engine, m_secrets, entries.at(1).webhook,
                                                  catalogEvent(type, m_catalog.sample(type)));
        QVERIFY2(result.rendered, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.request.body,
                 QByteArray("devis=SAL-QTN-2024-00017&client=H%C3%B4tel+des+Voyageurs"
                            "&montant=17280"));
    }

    void importWritesEveryWebhookAndAsksForTheSecret()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        WebhookService service(*db, m_secrets);
        QList<FrappeImport::Entry> imported;
        ServiceError error;
        QVERIFY2(FrappeImport::importInto(service, exportBytes(), &imported, &error),
                 qPrintable(error.message));
        QCOMPARE(imported.size(), 3);

        QString dbError;
        const QList<Webhook> stored = WebhookRepository(*db).list(&dbError);
        QCOMPARE(stored.size(), 3);
        for (const FrappeImport::Entry &entry : std::as_const(imported)) {
            const std::optional<Webhook> found =
                WebhookRepository(*db).find(entry.webhook.id, &dbError);
            QVERIFY(found);
            QCOMPARE(found->name, entry.webhook.name);
            QCOMPARE(found->bodyTemplate, entry.webhook.bodyTemplate);
            QCOMPARE(found->formFields, entry.webhook.formFields);
        }
        // Nothing goes out unsigned: the signed one waits for its secret.
        QCOMPARE(imported.at(0).webhook.needsSecret, true);
        QCOMPARE(imported.at(0).webhook.enabled, false);
        QCOMPARE(imported.at(1).webhook.enabled, true);
        QCOMPARE(imported.at(2).webhook.enabled, false);
        QVERIFY(!imported.at(2).notes.isEmpty());

        // A second import of the same file collides on every name.
        QVERIFY(!FrappeImport::importInto(service, exportBytes(), &imported, &error));
        QCOMPARE(error.kind, ServiceError::Kind::Validation);
        QCOMPARE(WebhookRepository(*db).list(&dbError).size(), 3);
    }

    void otherShapesOfExportAreAccepted()
    {
        const QJsonArray docs = QJsonDocument::fromJson(exportBytes()).array();
        QCOMPARE(docs.size(), 3);
        for (const QJsonDocument &doc :
             {QJsonDocument(QJsonObject{{QStringLiteral("data"), docs}}),
              QJsonDocument(QJsonObject{{QStringLiteral("docs"), docs}})}) {
            QList<FrappeImport::Entry> entries;
            ServiceError error;
            QVERIFY2(FrappeImport::convert(doc.toJson(), &entries, &error),
                     qPrintable(error.message));
            QCOMPARE(entries.size(), 3);
        }
        QList<FrappeImport::Entry> entries;
        ServiceError error;
        QVERIFY(
            FrappeImport::convert(QJsonDocument(docs.at(1).toObject()).toJson(), &entries, &error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().webhook.name, QStringLiteral("Devis vers CRM"));
    }

    void unknownFieldsAndEventsAreReportedNotDropped()
    {
        QJsonObject doc = QJsonDocument::fromJson(exportBytes()).array().at(1).toObject();
        doc.insert(QStringLiteral("webhook_docevent"), QStringLiteral("on_payment_authorized"));
        doc.insert(QStringLiteral("request_structure"), QStringLiteral("XML"));
        doc.insert(QStringLiteral("background_jobs_queue"), QStringLiteral("long"));
        doc.insert(QStringLiteral("retry_count"), 3);
        QJsonArray headers = doc.value(QLatin1String("webhook_headers")).toArray();
        headers.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                   {QStringLiteral("value"), QStringLiteral("token 4f1c:9e2d7a")}});
        doc.insert(QStringLiteral("webhook_headers"), headers);
        QList<FrappeImport::Entry> entries;
        ServiceError error;
        QVERIFY2(FrappeImport::convert(QJsonDocument(doc).toJson(), &entries, &error),
                 qPrintable(error.message));
        const QStringList &notes = entries.first().notes;
        const QString all = notes.join(u'\n');
        QCOMPARE(entries.first().webhook.eventPatterns,
                 QStringList{QStringLiteral("Quotation.on_payment_authorized")});
        QVERIFY2(notesMention(notes, QStringLiteral("“on_payment_authorized”")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("Request structure “XML”")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("“long”")), qPrintable(all));
        QVERIFY2(notesMention(notes, QStringLiteral("“retry_count”")), qPrintable(all));
        QCOMPARE(entries.first().webhook.bodyMode, BodyMode::Form);

        // A credential never reaches the database: it is asked for again.
        const Webhook &w = entries.first().webhook;
        QCOMPARE(w.headers.size(), 2);
        QCOMPARE(w.headers.last(),
                 (WebhookHeader{QStringLiteral("Authorization"), QString(), true}));
        QVERIFY2(notesMention(notes, QStringLiteral("Header “Authorization” holds a credential")),
                 qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("9e2d7a")));
    }

    void anInvalidFileImportsNothingAndSaysWhy()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        WebhookService service(*db, m_secrets);
        QString dbError;
        QList<FrappeImport::Entry> imported;
        ServiceError error;

        QVERIFY(!FrappeImport::importInto(service, exportBytes().chopped(40), &imported, &error));
        QCOMPARE(error.kind, ServiceError::Kind::Validation);
        QVERIFY2(error.message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(error.message));
        QCOMPARE(WebhookRepository(*db).list(&dbError).size(), 0);

        // Two good documents and one without its URL: none is written.
        QJsonArray docs = QJsonDocument::fromJson(exportBytes()).array();
        QJsonObject noUrl = docs.at(2).toObject();
        noUrl.remove(QStringLiteral("request_url"));
        docs.replace(2, noUrl);
        error = {};
        QVERIFY(
            !FrappeImport::importInto(service, QJsonDocument(docs).toJson(), &imported, &error));
        QCOMPARE(error.kind, ServiceError::Kind::Validation);
        QVERIFY2(error.message.contains(QStringLiteral("Nothing was imported")) &&
                     error.message.contains(
                         QStringLiteral("Document 3 (“Lignes de commande vers logistique”)")) &&
                     error.message.contains(QStringLiteral("request_url is missing")),
                 qPrintable(error.message));
        QCOMPARE(WebhookRepository(*db).list(&dbError).size(), 0);

        // A form request without any form row cannot send anything.
        QJsonObject noRows = docs.at(1).toObject();
        noRows.insert(QStringLiteral("webhook_data"), QJsonArray());
        error = {};
        QVERIFY(
            !FrappeImport::importInto(service, QJsonDocument(noRows).toJson(), &imported, &error));
        QVERIFY2(error.message.contains(QStringLiteral("form field")), qPrintable(error.message));

        error = {};
        QVERIFY(!FrappeImport::importInto(service, "{\"format\": \"relais-webhooks\"}", &imported,
                                          &error));
        QVERIFY2(error.message.contains(QStringLiteral("no Frappe Webhook documents")),
                 qPrintable(error.message));
        QCOMPARE(WebhookRepository(*db).list(&dbError).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FrappeImport)
#include "tst_frappeimport.moc"
