#include "PayloadTestSupport.h"

#include <QJsonArray>

using namespace relais;
using namespace relais::test;

namespace {

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_EventCatalog final : public QObject
{
    Q_OBJECT

private:
    const EventCatalog m_catalog;

private Q_SLOTS:
    void builtInTypesAreGroupedBySystem()
    {
        QCOMPARE(m_catalog.systems(),
                 QStringList({u"ngSurvey"_s, u"Dokos / Frappe"_s, u"Decsys"_s, u"SeaTable"_s}));
        QCOMPARE(m_catalog.typesOf(u"ngSurvey"_s).size(), 1);
        QCOMPARE(m_catalog.typesOf(u"Dokos / Frappe"_s).size(), 14);
        QCOMPARE(m_catalog.typesOf(u"Decsys"_s).size(), 2);
        QCOMPARE(m_catalog.typesOf(u"SeaTable"_s).size(), 3);
        for (const EventType &t : m_catalog.types()) {
            QVERIFY2(!t.sample.isEmpty(), qPrintable(t.type));
            QVERIFY2(!t.description.isEmpty(), qPrintable(t.type));
            QVERIFY2(!t.resource.isEmpty(), qPrintable(t.type));
            QVERIFY2(t.occurredAt.isValid(), qPrintable(t.type));
            QVERIFY(!t.custom);
        }
    }

    void frappeDocEventsExistForSalesOrdersAndQuotations()
    {
        const QStringList events = {u"after_insert"_s, u"on_update"_s, u"on_submit"_s,
                                    u"on_cancel"_s,    u"on_trash"_s,  u"on_update_after_submit"_s,
                                    u"on_change"_s};
        for (const QString &doctype : {u"Sales Order"_s, u"Quotation"_s}) {
            for (const QString &name : events) {
                const EventType *t = m_catalog.find(doctype + u'.' + name);
                QVERIFY2(t, qPrintable(doctype + u'.' + name));
                QCOMPARE(t->resource, doctype);
                const QJsonObject doc = t->sample;
                QCOMPARE(doc.value(u"doctype"_s).toString(), doctype);
                for (const char *field : {"name", "customer_name", "status", "grand_total", "total",
                                          "transaction_date", "company", "currency", "docstatus"})
                    QVERIFY2(doc.contains(QLatin1String(field)), field);
                QVERIFY(!doc.value(u"items"_s).toArray().isEmpty());
                const QJsonObject item = doc.value(u"items"_s).toArray().first().toObject();
                QCOMPARE(item.value(u"parent"_s).toString(), doc.value(u"name"_s).toString());
                QCOMPARE(item.value(u"parenttype"_s).toString(), doctype);
            }
        }
        QCOMPARE(m_catalog.sample(u"Sales Order.on_update"_s).value(u"docstatus"_s).toInt(), 0);
        QCOMPARE(m_catalog.sample(u"Sales Order.on_submit"_s).value(u"docstatus"_s).toInt(), 1);
        QCOMPARE(m_catalog.sample(u"Sales Order.on_cancel"_s).value(u"docstatus"_s).toInt(), 2);
        QCOMPARE(m_catalog.sample(u"Quotation.on_submit"_s).value(u"status"_s).toString(),
                 u"Open"_s);
    }

    void ngSurveySampleHasTheSeedsFields()
    {
        // The default payload of ngSurvey's documentation, field by field.
        const QJsonObject p = m_catalog.sample(u"respondent.saved"_s);
        QCOMPARE(keysOf(p), sorted({u"respondent"_s, u"answers"_s, u"visitedPages"_s,
                                    u"dataAttributes"_s, u"querystring"_s}));
        QCOMPARE(
            keysOf(p.value(u"respondent"_s).toObject()),
            sorted({u"id"_s, u"surveyId"_s, u"panelistId"_s, u"contextUsername"_s, u"resumeUId"_s,
                    u"resumePageId"_s, u"startDate"_s, u"voteDate"_s, u"iPSource"_s, u"changeUID"_s,
                    u"progressSaveDate"_s, u"languageCode"_s, u"timeToEnd"_s, u"validated"_s}));
        bool restricted = false;
        for (const QJsonValue &a : p.value(u"answers"_s).toArray()) {
            QCOMPARE(keysOf(a.toObject()),
                     sorted({u"respondentId"_s, u"value"_s, u"answerId"_s, u"answerText"_s,
                             u"questionId"_s, u"questionAlias"_s, u"questionText"_s,
                             u"sectionNumber"_s}));
            restricted = restricted || a.toObject()
                                           .value(u"value"_s)
                                           .toString()
                                           .startsWith(u"-----BEGIN PGP MESSAGE-----"_s);
        }
        QVERIFY2(restricted, "one answer is restricted, hence sent PGP-encrypted");
        for (const QJsonValue &v : p.value(u"visitedPages"_s).toArray())
            QCOMPARE(keysOf(v.toObject()), sorted({u"id"_s, u"respondentId"_s, u"visitTime"_s}));
        for (const QJsonValue &v : p.value(u"dataAttributes"_s).toArray())
            QCOMPARE(keysOf(v.toObject()), sorted({u"securityItemId"_s, u"respondentId"_s,
                                                   u"attributeName"_s, u"attributeValue"_s}));
        QVERIFY(p.value(u"querystring"_s).isString());
        QCOMPARE(m_catalog.find(u"respondent.saved"_s)->resource,
                 p.value(u"respondent"_s).toObject().value(u"surveyId"_s).toString());
    }

    void decsysSamplesUseCamelCase()
    {
        for (const QString &type : {u"decsys.page_navigation"_s, u"decsys.survey_complete"_s}) {
            const QJsonObject p = m_catalog.sample(type);
            for (const char *key : {"timestamp", "surveyId", "participantId", "payload"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            const QJsonObject payload = p.value(u"payload"_s).toObject();
            QVERIFY(payload.contains(u"surveyStarted"_s));
            const QJsonArray responses = payload.value(u"responses"_s).toArray();
            QVERIFY(!responses.isEmpty());
            for (const QJsonValue &r : responses) {
                QCOMPARE(
                    keysOf(r.toObject()),
                    sorted({u"page"_s, u"pageName"_s, u"question"_s, u"responseType"_s, u"order"_s,
                            u"response"_s, u"pageLoad"_s, u"responseRecorded"_s, u"isOptional"_s}));
            }
        }
    }

    void seaTableSamplesUseItsEnvelope()
    {
        for (const QString &type : {u"insert_row"_s, u"modify_row"_s, u"delete_row"_s}) {
            const QJsonObject p = m_catalog.sample(type);
            QCOMPARE(keysOf(p), sorted({u"event"_s, u"data"_s}));
            QCOMPARE(p.value(u"event"_s).toString(), u"update"_s);
            QCOMPARE(p.value(u"data"_s).toObject().value(u"op_type"_s).toString(), type);
            QCOMPARE(m_catalog.find(type)->resource, u"Opportunities"_s);
        }
    }

    void sampleEventCarriesTheSample()
    {
        const Event e = m_catalog.find(u"modify_row"_s)->sampleEvent();
        QCOMPARE(e.type, u"modify_row"_s);
        QCOMPARE(e.resource, u"Opportunities"_s);
        QCOMPARE(e.data, m_catalog.sample(u"modify_row"_s));
        QCOMPARE(e.occurredAt, QDateTime(QDate(2022, 4, 14), QTime(9, 47, 2, 589), Qt::UTC));
        QVERIFY(!e.id.isEmpty());
    }

    void everySampleRendersThroughTheDefaultEnvelopeUnchanged()
    {
        PayloadEngine engine;
        for (const EventType &t : m_catalog.types()) {
            const Event e = t.sampleEvent();
            RenderedBody body;
            PayloadError error;
            QVERIFY2(engine.renderBody(webhook(), e, &body, &error), qPrintable(error.toString()));
            const QJsonObject envelope = parse(body.body).object();
            QCOMPARE(keysOf(envelope),
                     sorted({u"id"_s, u"type"_s, u"resource"_s, u"occurredAt"_s, u"data"_s}));
            QCOMPARE(QJsonDocument(envelope.value(u"data"_s).toObject()), QJsonDocument(t.sample));
            QCOMPARE(envelope.value(u"type"_s).toString(), t.type);
            QCOMPARE(envelope.value(u"resource"_s).toString(), t.resource);
            QCOMPARE(envelope.value(u"id"_s).toString(), e.id);
        }
    }

    void everySampleSurvivesAJavaScriptRoundTrip()
    {
        PayloadEngine engine;
        const Webhook passThrough = webhook(BodyMode::JsonTemplate, u"{{ doc }}"_s);
        for (const EventType &t : m_catalog.types()) {
            PayloadError error;
            const QByteArray body = render(engine, passThrough, t.sampleEvent(), &error);
            QVERIFY2(!body.isEmpty(), qPrintable(t.type + u": "_s + error.toString()));
            QCOMPARE(parse(body), QJsonDocument(t.sample));
        }
    }

    void customTypesAreAddedReplacedAndRemoved()
    {
        EventCatalog catalog;
        EventType invoice;
        invoice.type = u"invoice.paid"_s;
        invoice.resource = u"Sales Invoice"_s;
        invoice.description = u"Une facture a été payée."_s;
        invoice.sample = QJsonObject{{u"name"_s, u"ACC-SINV-2024-00007"_s}};
        catalog.addCustom(invoice);

        const EventType *found = catalog.find(u"invoice.paid"_s);
        QVERIFY(found);
        QVERIFY(found->custom);
        QCOMPARE(found->system, EventCatalog::customSystem());
        QCOMPARE(catalog.systems().last(), EventCatalog::customSystem());
        QCOMPARE(catalog.typesOf(EventCatalog::customSystem()).size(), 1);
        QCOMPARE(catalog.sample(u"invoice.paid"_s), invoice.sample);

        invoice.sample = QJsonObject{{u"name"_s, u"ACC-SINV-2024-00008"_s}};
        catalog.addCustom(invoice);
        QCOMPARE(catalog.typesOf(EventCatalog::customSystem()).size(), 1);
        QCOMPARE(catalog.sample(u"invoice.paid"_s), invoice.sample);

        QVERIFY(catalog.removeCustom(u"invoice.paid"_s));
        QVERIFY(!catalog.find(u"invoice.paid"_s));
        QVERIFY(!catalog.removeCustom(u"insert_row"_s)); // built-in types stay
        QCOMPARE(catalog.types().size(), m_catalog.types().size());
        QVERIFY(catalog.sample(u"nothing.like.this"_s).isEmpty());
    }

    void everyDescriptionIsTranslatable()
    {
        const QStringList listed = EventCatalog::builtInDescriptions();
        for (const EventType &t : m_catalog.types())
            QVERIFY2(listed.contains(t.description), qPrintable(t.description));
        QCOMPARE(listed.size(), m_catalog.types().size());
    }

    void malformedCatalogsAreRefused()
    {
        QList<EventType> types;
        QString error;
        QVERIFY(!EventCatalog::parse("{", &types, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EventCatalog::parse(R"({"types": []})", &types, &error));
        QVERIFY(
            !EventCatalog::parse(R"({"system": "X", "types": [{"sample": {}}]})", &types, &error));
        QVERIFY(
            EventCatalog::parse(R"({"system": "X", "types": [{"type": "x.y"}]})", &types, &error));
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().system, u"X"_s);
    }
};

QTEST_GUILESS_MAIN(tst_EventCatalog)
#include "tst_eventcatalog.moc"
