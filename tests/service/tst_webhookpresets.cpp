// Each preset makes Relais send what the seed system sends: the request for
// the catalog's sample event has the seed document's JSON structure, content
// type, method and signature header, and the signature checks out when
// recomputed here, independently of the signing code.
#include "core/EventType.h"
#include "delivery/RequestBuilder.h"
#include "payload/EventCatalog.h"
#include "payload/PayloadEngine.h"
#include "secrets/MemorySecretStore.h"
#include "service/WebhookPresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace relais;
using namespace Qt::StringLiterals;

namespace {

// The seed documents' examples. Keys and nesting as the seeds give them;
// values only say which JSON type a field has (null: any value, as for a
// Decsys response, whose shape depends on the question type).

// ngSurvey, "Format du post": the TypeScript-like shape, as JSON.
const char kNgSurveySeed[] = R"({
  "respondent": {
    "id": "", "surveyId": "", "panelistId": "", "contextUsername": "", "resumeUId": "",
    "resumePageId": "", "startDate": "", "voteDate": "", "iPSource": "", "changeUID": "",
    "progressSaveDate": "", "languageCode": "", "timeToEnd": 0, "validated": false
  },
  "answers": [{
    "respondentId": "", "value": "", "answerId": "", "answerText": "", "questionId": "",
    "questionAlias": "", "questionText": "", "sectionNumber": 0
  }],
  "visitedPages": [{ "id": "", "respondentId": "", "visitTime": "" }],
  "dataAttributes": [{
    "securityItemId": "", "respondentId": "", "attributeName": "", "attributeValue": ""
  }],
  "querystring": ""
})";

// Dokos, "1.5 Données du Webhook": a JSON body is the user's template with
// the document's fields inserted in double quotes; the seed gives no fixed
// shape, so the expected one is the preset template's, filled from `doc`.
const char kFrappeSeed[] = R"({
  "doctype": "", "name": "", "customer": "", "transaction_date": "", "grand_total": 0,
  "currency": "", "status": ""
})";

// Decsys, "What does a Decsys webhook payload look like?": the components
// the seed lists (timestamp, survey id, payload with the participant, the
// start time and the responses). The seed says "includes": Decsys sends
// more (participantId, instanceId, eventType), so these must be present,
// not alone.
const char kDecsysSeed[] = R"({
  "timestamp": "", "surveyId": 0,
  "payload": {
    "participantId": "", "surveyStarted": "",
    "responses": [{
      "page": 0, "pageName": "", "question": "", "responseType": "", "order": 0,
      "response": null, "pageLoad": "", "responseRecorded": "", "isOptional": false
    }]
  }
})";

// SeaTable, "Structure des données du webhook", example 2 (the richest).
const char kSeaTableSeed[] = R"({
  "event": "update",
  "data": {
    "dtable_uuid": "fae0a3a42ba94df88e8303fd385e37de",
    "row_id": "QoNno3QiTF26sxmG1sl3_g",
    "op_user": "4bc9a7c79c5942c5b6238413f2132bea@auth.local",
    "op_type": "modify_row",
    "op_time": 1649929622.589,
    "table_id": "9g8f",
    "table_name": "Opportunities",
    "row_name": "",
    "row_data": [{
      "column_key": "589r",
      "column_name": "Prio",
      "column_type": "single-select",
      "column_data": {
        "options": [{ "name": "++", "color": "#F4667C", "textColor": "#FFFFFF", "id": "381992" }]
      },
      "value": "381992",
      "old_value": ""
    }]
  }
})";

QJsonValue parseSeed(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Bad seed JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Where `actual` departs from the structure of `expected`: keys of objects
// (all of them when `exact`, else at least the expected ones), recursively;
// each element of an array against the expected element of the same index
// (or the last one); JSON types of scalars. Values are not compared. Empty
// when the structures agree.
QString structureMismatch(const QJsonValue &expected, const QJsonValue &actual, bool exact,
                          const QString &path = u"$"_s)
{
    if (expected.isNull())
        return {};
    if (expected.type() != actual.type())
        return u"%1: JSON type %2, expected %3"_s.arg(path)
            .arg(int(actual.type()))
            .arg(int(expected.type()));
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return u"%1: missing key \"%2\""_s.arg(path, it.key());
            if (QString m =
                    structureMismatch(it.value(), a.value(it.key()), exact, path + u'.' + it.key());
                !m.isEmpty())
                return m;
        }
        if (exact) {
            for (auto it = a.begin(); it != a.end(); ++it) {
                if (!e.contains(it.key()))
                    return u"%1: unexpected key \"%2\""_s.arg(path, it.key());
            }
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.isEmpty())
            return a.isEmpty() ? QString() : u"%1: expected an empty array"_s.arg(path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (QString m = structureMismatch(e.at(qMin(i, e.size() - 1)), a.at(i), exact,
                                              u"%1[%2]"_s.arg(path).arg(i));
                !m.isEmpty())
                return m;
        }
    }
    return {};
}

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArrayList headerNames(const HeaderList &headers)
{
    QByteArrayList names;
    for (const auto &[n, v] : headers)
        names << n;
    return names;
}

// The signature as the seed systems' receivers compute it: HMAC-SHA256 of
// the exact body bytes keyed with the secret's UTF-8 bytes.
QByteArray hmacSha256(const QByteArray &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
}

const QByteArray kSecret = "It's a Secret to Everybody";
const QByteArray kMessageId = "msg_2Kq9xTm4bR7v";
constexpr qint64 kTimestamp = 1714641161;

} // namespace

class tst_WebhookPresets final : public QObject
{
    Q_OBJECT

private:
    EventCatalog m_catalog;
    PayloadEngine m_engine;
    MemorySecretStore m_secrets;

    // The request the preset's webhook sends for `type`'s sample, signed
    // with kSecret when it signs at all.
    bool request(const WebhookPreset &preset, const QString &type, RequestSnapshot *out)
    {
        Webhook w = preset.webhook;
        w.id = QUuid::createUuid();
        w.url = u"https://receiver.example/hook"_s;
        if (w.signing != SigningScheme::None) {
            const QString key = w.newSigningSecretKey();
            w.secrets = {{key, {}}};
            m_secrets.write(key, kSecret);
        }
        if (!w.validate().isEmpty()) {
            qWarning("Invalid: %s", qPrintable(joinFieldErrors(w.validate())));
            return false;
        }
        const EventType *t = m_catalog.find(type);
        if (!t) {
            qWarning("No catalog type %s", qPrintable(type));
            return false;
        }
        const Event event = t->sampleEvent();
        const MatchResult match = m_engine.match(w, event);
        if (!match.matched) {
            qWarning("%s does not match %s", qPrintable(preset.key), qPrintable(type));
            return false;
        }
        RequestBuilder builder(m_engine, m_secrets);
        PayloadError error;
        if (!builder.render(w, event, out, &error)) {
            qWarning("Render: %s", qPrintable(error.toString()));
            return false;
        }
        RequestBuilder::AttemptProblem problem{};
        QString why;
        if (!builder.prepareAttempt(w, QString::fromLatin1(kMessageId), kTimestamp, out, &problem,
                                    &why)) {
            qWarning("Attempt: %s", qPrintable(why));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void theIndependentHmacMatchesTheGitHubVector()
    {
        // SIGNATURE-VECTORS.md: the helper below is itself right.
        QCOMPARE(hmacSha256(kSecret, "Hello, World!").toHex(),
                 QByteArray("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    }

    void thereIsOnePresetPerSeedSystem()
    {
        QStringList keys;
        for (const WebhookPreset &p : WebhookPresets::all()) {
            keys << p.key;
            QVERIFY(!p.systemName.isEmpty());
            QVERIFY(!p.description.isEmpty());
            QVERIFY(!p.webhook.name.isEmpty());
            QVERIFY2(p.webhook.url.isEmpty(), "the user types the receiver's URL");
            QVERIFY(p.webhook.secrets.isEmpty());
            // Only the missing URL keeps it from being saved.
            const FieldErrors errors = p.webhook.validate();
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, u"url"_s);
        }
        QCOMPARE(keys, QStringList({u"ngsurvey"_s, u"frappe"_s, u"decsys"_s, u"seatable"_s}));
        QCOMPARE(WebhookPresets::find(u"SeaTable"_s)->key, u"seatable"_s);
        QVERIFY(!WebhookPresets::find(u"zapier"_s));
        QVERIFY(!WebhookPresets::find(QString()));
    }

    void eachPresetSendsWhatItsSystemSends_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<bool>("exactKeys");
        QTest::addColumn<QByteArray>("signatureHeader"); // empty: the system does not sign
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("hex"); // else standard base64

        QTest::newRow("ngSurvey respondent")
            << u"ngsurvey"_s << u"respondent.saved"_s << QByteArray(kNgSurveySeed) << true
            << QByteArray() << QByteArray() << false;
        QTest::newRow("Frappe Sales Order on_submit")
            << u"frappe"_s << u"Sales Order.on_submit"_s << QByteArray(kFrappeSeed) << true
            << QByteArray("X-Frappe-Webhook-Signature") << QByteArray() << false;
        for (const char *type : {"decsys.page_navigation", "decsys.survey_complete"}) {
            QTest::addRow("Decsys %s", type)
                << u"decsys"_s << QString::fromLatin1(type) << QByteArray(kDecsysSeed) << false
                << QByteArray("X-Decsys-Signature") << QByteArray() << false;
        }
        for (const char *type : {"insert_row", "modify_row", "delete_row"}) {
            QTest::addRow("SeaTable %s", type)
                << u"seatable"_s << QString::fromLatin1(type) << QByteArray(kSeaTableSeed) << true
                << QByteArray("X-SeaTable-Signature") << QByteArray("sha256=") << true;
        }
    }
    void eachPresetSendsWhatItsSystemSends()
    {
        QFETCH(QString, key);
        QFETCH(QString, type);
        QFETCH(QByteArray, seed);
        QFETCH(bool, exactKeys);
        QFETCH(QByteArray, signatureHeader);
        QFETCH(QByteArray, prefix);
        QFETCH(bool, hex);

        const std::optional<WebhookPreset> preset = WebhookPresets::find(key);
        QVERIFY(preset);
        RequestSnapshot r;
        QVERIFY(request(*preset, type, &r));

        QCOMPARE(r.method, u"POST"_s);
        QCOMPARE(header(r.headers, "Content-Type"), QByteArray("application/json"));

        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(r.body, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.body.constData());
        const QString mismatch =
            structureMismatch(parseSeed(seed.constData()), body.object(), exactKeys);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        if (signatureHeader.isEmpty()) {
            for (const QByteArray &name : headerNames(r.headers))
                QVERIFY2(!name.toLower().contains("signature"), name.constData());
            return;
        }
        const QByteArray mac = hmacSha256(kSecret, r.body);
        QCOMPARE(header(r.headers, signatureHeader), prefix + (hex ? mac.toHex() : mac.toBase64()));
    }

    void passThroughPresetsSendTheSystemsPayloadUnchanged_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("type");
        QTest::newRow("ngSurvey") << u"ngsurvey"_s << u"respondent.saved"_s;
        QTest::newRow("Decsys") << u"decsys"_s << u"decsys.page_navigation"_s;
        QTest::newRow("SeaTable") << u"seatable"_s << u"modify_row"_s;
    }
    void passThroughPresetsSendTheSystemsPayloadUnchanged()
    {
        QFETCH(QString, key);
        QFETCH(QString, type);
        RequestSnapshot r;
        QVERIFY(request(*WebhookPresets::find(key), type, &r));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(), m_catalog.sample(type));
    }

    void theFrappeTemplateTakesTheDocumentsFields()
    {
        RequestSnapshot r;
        QVERIFY(request(*WebhookPresets::find(u"frappe"_s), u"Sales Order.on_submit"_s, &r));
        const QJsonObject doc = m_catalog.sample(u"Sales Order.on_submit"_s);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        for (const QString &field : body.keys())
            QCOMPARE(body.value(field), doc.value(field));
        QCOMPARE(WebhookPresets::find(u"frappe"_s)->webhook.timeoutMs, 5000);
    }

    void presetsListenToTheirSystemsEventsOnly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("matches");
        QTest::newRow("frappe on_submit") << u"frappe"_s << u"Sales Order.on_submit"_s << true;
        QTest::newRow("frappe on_update") << u"frappe"_s << u"Sales Order.on_update"_s << false;
        QTest::newRow("frappe quotation") << u"frappe"_s << u"Quotation.on_submit"_s << false;
        QTest::newRow("decsys complete") << u"decsys"_s << u"decsys.survey_complete"_s << true;
        QTest::newRow("decsys not seatable") << u"decsys"_s << u"insert_row"_s << false;
        QTest::newRow("seatable delete") << u"seatable"_s << u"delete_row"_s << true;
        QTest::newRow("seatable not ngsurvey") << u"seatable"_s << u"respondent.saved"_s << false;
        QTest::newRow("ngsurvey") << u"ngsurvey"_s << u"respondent.saved"_s << true;
        QTest::newRow("ngsurvey not decsys")
            << u"ngsurvey"_s << u"decsys.page_navigation"_s << false;
    }
    void presetsListenToTheirSystemsEventsOnly()
    {
        QFETCH(QString, key);
        QFETCH(QString, type);
        QFETCH(bool, matches);
        Webhook w = WebhookPresets::find(key)->webhook;
        w.url = u"https://receiver.example/hook"_s;
        QCOMPARE(m_engine.match(w, m_catalog.find(type)->sampleEvent()).matched, matches);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookPresets)
#include "tst_webhookpresets.moc"
