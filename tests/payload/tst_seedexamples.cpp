#include "PayloadTestSupport.h"

#include <QJsonArray>

using namespace relais;
using namespace relais::test;

namespace {

// SeaTable's "Structure des données du webhook", examples 1 to 3, verbatim.
const char kSeaTableInsert[] = R"({
  "event": "update",
  "data": {
    "dtable_uuid": "fae0a3a42ba94df88e8303fd385e37de",
    "row_id": "Fk-i7xZGS5iA5aSvaG5HAA",
    "op_user": "4bc9a7c79c5942c5b6238413f2132bea@auth.local",
    "op_type": "insert_row",
    "op_time": 1649922777.279,
    "table_id": "9g8f",
    "table_name": "Opportunities",
    "row_name": "",
    "row_data": []
  }
})";

const char kSeaTableModify[] = R"({
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
        "options": [{
          "name": "++",
          "color": "#F4667C",
          "textColor": "#FFFFFF",
          "id": "381992"
        },
        {
          "name": "+",
          "color": "#FBD44A",
          "textColor": "#FFFFFF",
          "id": "830278"
        }
      ]},
      "value": "381992",
      "old_value": ""
    }]
  }
})";

const char kSeaTableDelete[] = R"({
  "event": "update",
  "data": {
    "dtable_uuid": "fae0a3a42ba94df88e8303fd385e37de",
    "row_id": "QoNno3QiTF26sxmG1sl3_g",
    "op_user": "4bc9a7c79c5942c5b6238413f2132bea@auth.local",
    "op_type": "delete_row",
    "op_time": 1649929650.668,
    "table_id": "9g8f",
    "table_name": "Opportunities",
    "row_name": "",
    "row_data": []
  }
})";

} // namespace

// Relais stands in for the seed systems: their own payloads go out
// unchanged when a webhook passes the event data through.
class tst_SeedExamples final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;

private Q_SLOTS:
    void passThroughKeepsThePayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("type");
        QTest::addColumn<BodyMode>("mode");
        QTest::addColumn<QString>("text");
        const QList<std::pair<BodyMode, QString>> passThroughs = {
            {BodyMode::Transform, u"function transform(event) { return event.data; }"_s},
            {BodyMode::JsonTemplate, u"{{ doc }}"_s},
            {BodyMode::Transform, u"function transform(event) { return JSON.stringify(doc); }"_s},
            {BodyMode::Raw, u"{{ json(doc, 2) }}"_s},
        };
        const QList<std::pair<const char *, QString>> payloads = {
            {kSeaTableInsert, u"insert_row"_s},
            {kSeaTableModify, u"modify_row"_s},
            {kSeaTableDelete, u"delete_row"_s},
        };
        for (const auto &[payload, type] : payloads) {
            for (const auto &[mode, text] : passThroughs) {
                QTest::addRow("%s, %s, %s", qPrintable(type), qPrintable(bodyModeKey(mode)),
                              qPrintable(text.left(12)))
                    << QByteArray(payload) << type << mode << text;
            }
        }
        const QByteArray ngSurvey =
            QJsonDocument(catalog().sample(u"respondent.saved"_s)).toJson(QJsonDocument::Indented);
        for (const auto &[mode, text] : passThroughs) {
            QTest::addRow("ngSurvey, %s, %s", qPrintable(bodyModeKey(mode)),
                          qPrintable(text.left(12)))
                << ngSurvey << u"respondent.saved"_s << mode << text;
        }
    }
    void passThroughKeepsThePayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, type);
        QFETCH(BodyMode, mode);
        QFETCH(QString, text);
        const QJsonDocument seed = parse(payload);
        QVERIFY(seed.isObject());
        PayloadError error;
        const QByteArray body = render(m_engine, webhook(mode, text),
                                       makeEvent(seed.object(), type, u"Opportunities"_s), &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error.toString()));
        QCOMPARE(parse(body), seed);
    }

    void catalogSamplesAreTheSeedExamples()
    {
        QCOMPARE(QJsonDocument(catalog().sample(u"insert_row"_s)), parse(kSeaTableInsert));
        QCOMPARE(QJsonDocument(catalog().sample(u"modify_row"_s)), parse(kSeaTableModify));
        QCOMPARE(QJsonDocument(catalog().sample(u"delete_row"_s)), parse(kSeaTableDelete));
    }

    void seaTableModifyRowCanBeReshaped()
    {
        // What a receiver of SeaTable's webhook typically extracts.
        const QByteArray body = render(
            m_engine,
            webhook(BodyMode::JsonTemplate,
                    u"{\n  \"table\": \"{{ doc.data.table_name }}\",\n"
                    "  \"row\": \"{{ doc.data.row_id }}\",\n"
                    "  \"changes\": {{ doc.data.row_data.map(c => ({ column: c.column_name,\n"
                    "      from: c.old_value, to: c.column_data.options.find(o => o.id == "
                    "c.value).name })) }},\n"
                    "  \"at\": \"{{ isoDate(doc.data.op_time) }}\"\n}"_s),
            sample(u"modify_row"_s));
        QCOMPARE(parse(body).object(),
                 QJsonObject({{u"table"_s, u"Opportunities"_s},
                              {u"row"_s, u"QoNno3QiTF26sxmG1sl3_g"_s},
                              {u"changes"_s, QJsonArray{QJsonObject{{u"column"_s, u"Prio"_s},
                                                                    {u"from"_s, u""_s},
                                                                    {u"to"_s, u"++"_s}}}},
                              {u"at"_s, u"2022-04-14T09:47:02.589Z"_s}}));
    }

    void ngSurveyPayloadTransformTemplate()
    {
        // An ngSurvey "payload transform": a flat record per respondent,
        // restricted answers left encrypted.
        const QByteArray body = render(
            m_engine,
            webhook(
                BodyMode::Transform,
                u"function transform(event) {\n"
                "  const p = event.data;\n"
                "  const answers = {};\n"
                "  for (const a of p.answers)\n"
                "    answers[a.questionAlias] = a.value || a.answerText;\n"
                "  return { survey: p.respondent.surveyId, email: p.respondent.contextUsername,\n"
                "           language: p.respondent.languageCode, answers: answers,\n"
                "           pages: p.visitedPages.length };\n"
                "}"_s),
            sample(u"respondent.saved"_s));
        const QJsonObject o = parse(body).object();
        QCOMPARE(o.value(u"survey"_s).toString(), u"a2d94e7c-1b3f-4c86-8e25-9f70b6c3d418"_s);
        QCOMPARE(o.value(u"language"_s).toString(), u"fr-FR"_s);
        QCOMPARE(o.value(u"pages"_s).toInt(), 3);
        const QJsonObject answers = o.value(u"answers"_s).toObject();
        QCOMPARE(answers.value(u"source"_s).toString(), u"Bouche-à-oreille"_s);
        QCOMPARE(answers.value(u"satisfaction"_s).toString(), u"4"_s);
        QVERIFY(
            answers.value(u"telephone"_s).toString().startsWith(u"-----BEGIN PGP MESSAGE-----"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SeedExamples)
#include "tst_seedexamples.moc"
