#include "PayloadTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace relais;
using namespace relais::test;

class tst_Transform final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;
    const Event m_order = sample(u"Sales Order.on_update"_s);

    PayloadError failure(const QString &script)
    {
        PayloadError error;
        const QByteArray body =
            render(m_engine, webhook(BodyMode::Transform, script), m_order, &error);
        if (!body.isEmpty())
            qWarning("Unexpectedly rendered: %s", body.constData());
        return error;
    }

private Q_SLOTS:
    void returnedObjectIsSentAsJson()
    {
        RenderedBody body;
        PayloadError error;
        QVERIFY2(m_engine.renderBody(
                     webhook(BodyMode::Transform,
                             u"// Only what the ERP needs.\n"
                             "function transform(event) {\n"
                             "  return { id: event.data.name, total: event.data.total,\n"
                             "           codes: event.data.items.map(i => i.item_code) };\n"
                             "}\n"_s),
                     m_order, &body, &error),
                 qPrintable(error.toString()));
        QCOMPARE(body.contentType, u"application/json"_s);
        QCOMPARE(parse(body.body).object(),
                 QJsonObject({{u"id"_s, u"SAL-ORD-2024-00042"_s},
                              {u"total"_s, 45000},
                              {u"codes"_s, QJsonArray{u"FOUR-SOLE-4E"_s, u"PETRIN-SPI-80"_s}}}));
    }

    void returnedStringIsSentAsItIs()
    {
        Webhook w = webhook(BodyMode::Transform,
                            u"function transform(event) { return 'name=' + event.data.name; }"_s);
        w.contentType = u"text/plain"_s;
        RenderedBody body;
        PayloadError error;
        QVERIFY(m_engine.renderBody(w, m_order, &body, &error));
        QCOMPARE(body.body, QByteArray("name=SAL-ORD-2024-00042"));
        QCOMPARE(body.contentType, u"text/plain"_s);
    }

    void seesDocWebhookAndHelpers()
    {
        const QByteArray body = render(
            m_engine,
            webhook(
                BodyMode::Transform,
                u"const transform = (event) => ({ hook: webhook.name, same: doc === event.data,\n"
                "  when: isoDate(event.occurredAt), type: event.type, resource: event.resource });"_s),
            m_order);
        const QJsonObject o = parse(body).object();
        QCOMPARE(o.value(u"hook"_s).toString(), u"Commandes Dokos"_s);
        QCOMPARE(o.value(u"same"_s), QJsonValue(true));
        QCOMPARE(o.value(u"when"_s).toString(), m_order.occurredAt.toString(Qt::ISODateWithMs));
        QCOMPARE(o.value(u"type"_s).toString(), u"Sales Order.on_update"_s);
        QCOMPARE(o.value(u"resource"_s).toString(), u"Sales Order"_s);
    }

    void mayChangeItsOwnCopyOnly()
    {
        const Webhook templ =
            webhook(BodyMode::JsonTemplate,
                    u"{\"s\": \"{{ doc.status }}\", \"n\": {{ doc.items.length }}}"_s);
        const QJsonObject before = parse(render(m_engine, templ, m_order)).object();

        const QByteArray changed = render(
            m_engine,
            webhook(BodyMode::Transform,
                    u"function transform(event) {\n  event.data.status = 'Changed';\n"
                    "  event.data.items.push({ item_code: 'X' });\n  return event.data;\n}"_s),
            m_order);
        QCOMPARE(parse(changed).object().value(u"status"_s).toString(), u"Changed"_s);
        QCOMPARE(parse(changed).object().value(u"items"_s).toArray().size(), 3);

        QCOMPARE(parse(render(m_engine, templ, m_order)).object(), before);
        QCOMPARE(before.value(u"s"_s).toString(), u"Draft"_s);
    }

    void missingTransformFunctionIsExplained()
    {
        const PayloadError error = failure(u"var x = 1;"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QVERIFY2(error.message.contains(u"function transform(event)"_s), qPrintable(error.message));
    }

    void returningNothingIsExplained()
    {
        const PayloadError error = failure(u"function transform(event) {\n  doc.name;\n}"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QVERIFY2(error.message.contains(u"returned nothing"_s), qPrintable(error.message));
    }

    void syntaxErrorSaysLineAndColumn()
    {
        const PayloadError error =
            failure(u"function transform(event) {\n  return { a: 1 b: 2 };\n}"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Syntax);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 17);
        QVERIFY(error.toString().startsWith(u"Line 2, column 17: "_s));
    }

    void runtimeErrorSaysLine()
    {
        const PayloadError error = failure(
            u"function transform(event) {\n  var a = 1;\n  return event.data.nothing.x;\n}"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.startsWith(u"TypeError"_s), qPrintable(error.message));
    }

    void thrownValueIsAnError()
    {
        const PayloadError error = failure(u"function transform(event) { throw 'stop here'; }"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QVERIFY2(error.message.contains(u"stop here"_s), qPrintable(error.message));
    }

    void runawayTransformIsStoppedAndTheEngineRecovers()
    {
        QElapsedTimer timer;
        timer.start();
        const PayloadError error =
            failure(u"function transform(event) {\n  for (;;) { event.data.total += 1; }\n}"_s);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(error.kind, PayloadError::Kind::Timeout);
        QVERIFY2(error.message.contains(u"100 ms"_s), qPrintable(error.message));
        QVERIFY2(elapsed >= 90 && elapsed < 1000, qPrintable(QString::number(elapsed)));

        const QByteArray body = render(
            m_engine,
            webhook(BodyMode::Transform, u"function transform(e) { return [e.data.name]; }"_s),
            m_order);
        QCOMPARE(body, QByteArray("[\"SAL-ORD-2024-00042\"]"));
    }

    void outputIsCapped()
    {
        PayloadEngine engine;
        engine.setOutputLimit(2000);
        PayloadError error;
        QVERIFY(render(engine,
                       webhook(BodyMode::Transform,
                               u"function transform(e) { return { all: [e, e, e, e, e] }; }"_s),
                       m_order, &error)
                    .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::TooLarge);
    }
};

QTEST_GUILESS_MAIN(tst_Transform)
#include "tst_transform.moc"
