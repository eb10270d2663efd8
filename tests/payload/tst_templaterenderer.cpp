#include "PayloadTestSupport.h"

#include <QJsonArray>

using namespace relais;
using namespace relais::test;

class tst_TemplateRenderer final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;
    const Event m_order = sample(u"Sales Order.on_submit"_s);

    QJsonObject renderObject(const QString &text, const Event &e)
    {
        PayloadError error;
        const QByteArray body = render(m_engine, webhook(BodyMode::JsonTemplate, text), e, &error);
        if (body.isEmpty())
            qWarning("%s", qPrintable(error.toString()));
        return parse(body).object();
    }

private Q_SLOTS:
    void frappeTemplateWorksAsWritten()
    {
        // Frappe's documentation example, verbatim.
        const QJsonObject body = renderObject(u"{\n  \"id\": \"{{ doc.name }}\"\n}"_s, m_order);
        QCOMPARE(body, QJsonObject({{u"id"_s, u"SAL-ORD-2024-00042"_s}}));
    }

    void placeholderOutsideQuotesInsertsTheJsonValue()
    {
        const QJsonObject body = renderObject(
            u"{\"total\": {{ doc.total }}, \"items\": {{ doc.items }}, \"ok\": {{ doc.docstatus == 1 }}}"_s,
            m_order);
        QCOMPARE(body.value(u"total"_s).toDouble(), 45000.0);
        QCOMPARE(body.value(u"items"_s).toArray(), m_order.data.value(u"items"_s).toArray());
        QCOMPARE(body.value(u"ok"_s), QJsonValue(true));
    }

    void missingValueOutsideQuotesIsNull()
    {
        const QJsonObject body = renderObject(u"{\"x\": {{ doc.nothing }}}"_s, m_order);
        QVERIFY(body.contains(u"x"_s));
        QVERIFY(body.value(u"x"_s).isNull());
    }

    void placeholderInsideQuotesIsEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quotes") << u"il a dit \"bonjour\""_s;
        QTest::newRow("backslash") << u"C:\\temp\\new"_s;
        QTest::newRow("newline") << u"ligne 1\nligne 2\r\n"_s;
        QTest::newRow("tab") << u"a\tb"_s;
        QTest::newRow("control") << u"bell\u0007 nul-ish\u0001"_s;
        QTest::newRow("unicode") << u"Crème brûlée — 東京 — Ωμέγα"_s;
        QTest::newRow("emoji") << u"🥐🍞 pains"_s;
        QTest::newRow("script tag") << u"</script><script>alert(1)</script>"_s;
        QTest::newRow("JSON text") << u"{\"a\": [1, \"two\"], \"b\": null}"_s;
        QTest::newRow("placeholder text") << u"{{ doc.name }}"_s;
        QTest::newRow("empty") << QString();
    }
    void placeholderInsideQuotesIsEscaped()
    {
        QFETCH(QString, value);
        const Event e = makeEvent(QJsonObject{{u"v"_s, value}});
        const QJsonObject body =
            renderObject(u"{\"v\": \"{{ doc.v }}\", \"w\": \"avant {{ doc.v }} après\"}"_s, e);
        QCOMPARE(body.value(u"v"_s).toString(), value);
        QCOMPARE(body.value(u"w"_s).toString(), u"avant "_s + value + u" après"_s);
    }

    void nonTextInsideQuotesBecomesText()
    {
        const Event e = makeEvent(QJsonObject{{u"n"_s, 45000.5},
                                              {u"t"_s, true},
                                              {u"z"_s, QJsonValue::Null},
                                              {u"o"_s, QJsonObject{{u"k"_s, u"v\"q"_s}}}});
        const QJsonObject body = renderObject(
            u"{\"n\": \"{{ doc.n }}\", \"t\": \"{{ doc.t }}\", \"z\": \"{{ doc.z }}\", "
            "\"u\": \"{{ doc.missing }}\", \"o\": \"{{ doc.o }}\"}"_s,
            e);
        QCOMPARE(body.value(u"n"_s).toString(), u"45000.5"_s);
        QCOMPARE(body.value(u"t"_s).toString(), u"true"_s);
        QCOMPARE(body.value(u"z"_s).toString(), QString());
        QCOMPARE(body.value(u"u"_s).toString(), QString());
        QCOMPARE(body.value(u"o"_s).toString(), u"{\"k\":\"v\\\"q\"}"_s);
    }

    void placeholderMayHoldBracesAndQuotes()
    {
        const QJsonObject body = renderObject(
            u"{\"lines\": {{ doc.items.map(i => ({code: i.item_code, \"q}}\": i.qty})) }}}"_s,
            m_order);
        const QJsonArray lines = body.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"code"_s).toString(), u"FOUR-SOLE-4E"_s);
        QCOMPARE(lines.at(0).toObject().value(u"q}}"_s).toDouble(), 1.0);
    }

    void templateThatIsNotJsonSaysWhere()
    {
        PayloadError error;
        QVERIFY(
            render(m_engine,
                   webhook(BodyMode::JsonTemplate,
                           u"{\n  \"id\": \"{{ doc.name }}\"\n  \"total\": {{ doc.total }}\n}"_s),
                   m_order, &error)
                .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::InvalidJson);
        QCOMPARE(error.part, PayloadError::Part::Body);
        QCOMPARE(error.line, 3);
        QVERIFY(error.column > 0);
    }

    void renderedBodyThatIsNotJsonIsRefused()
    {
        // The template's shape is valid JSON; what the placeholder inserts is not.
        PayloadError error;
        QVERIFY(render(m_engine, webhook(BodyMode::JsonTemplate, u"{\"a\": 1{{ doc.name }}}"_s),
                       m_order, &error)
                    .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::InvalidJson);
        QVERIFY2(error.message.contains(u"not valid JSON"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"SAL-ORD"_s), qPrintable(error.message));
    }

    void valuesAgainstOtherTextAreChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("minus and text") << u"{\"a\": -{{ doc.customer_name }}}"_s << false;
        QTest::newRow("two values in a row") << u"[{{ doc.name }}{{ doc.name }}]"_s << false;
        QTest::newRow("minus and number") << u"{\"a\": -{{ doc.total }}}"_s << true;
        QTest::newRow("digits around a number") << u"{\"a\": 1{{ doc.docstatus }}0}"_s << true;
    }
    void valuesAgainstOtherTextAreChecked()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        PayloadError error;
        const QByteArray body =
            render(m_engine, webhook(BodyMode::JsonTemplate, text), m_order, &error);
        QCOMPARE(!body.isEmpty(), valid);
        if (valid)
            QVERIFY(!parse(body).isNull());
        else
            QCOMPARE(error.kind, PayloadError::Kind::InvalidJson);
    }

    void syntaxErrorInPlaceholderSaysLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Column of "doc.total", the unexpected token.
        QTest::newRow("unexpected token") << u"{\"id\": \"{{ doc.name doc.total }}\"}"_s << 1 << 21;
        // The expression ends too early: reported at its end.
        QTest::newRow("unfinished") << u"{\n  \"id\": \"{{ doc.name + }}\"\n}"_s << 2 << 24;
    }
    void syntaxErrorInPlaceholderSaysLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        PayloadError error;
        QVERIFY(render(m_engine, webhook(BodyMode::JsonTemplate, text), m_order, &error).isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::Syntax);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void runtimeErrorPointsAtThePlaceholder()
    {
        PayloadError error;
        QVERIFY(
            render(
                m_engine,
                webhook(
                    BodyMode::JsonTemplate,
                    u"{\n \"a\": \"{{ doc.name }}\",\n \"x\": \"{{ doc.nothing.deeper }}\"\n}"_s),
                m_order, &error)
                .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 8);
        QVERIFY2(error.message.contains(u"TypeError"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"doc.nothing.deeper"_s), qPrintable(error.message));
    }

    void unclosedPlaceholderIsReported()
    {
        PayloadError error;
        QVERIFY(render(m_engine, webhook(BodyMode::JsonTemplate, u"{\"a\": \"{{ doc.name\"}"_s),
                       m_order, &error)
                    .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::Syntax);
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 8);
    }

    void rawTextKeepsTextAsItIs()
    {
        Webhook w =
            webhook(BodyMode::Raw,
                    u"Commande {{ doc.name }} pour {{ doc.customer_name }} : "
                    "{{ doc.grand_total }} €\n\"{{ doc.nothing }}\" {{ doc.items.length }}"_s);
        RenderedBody body;
        PayloadError error;
        QVERIFY2(m_engine.renderBody(w, m_order, &body, &error), qPrintable(error.toString()));
        QCOMPARE(QString::fromUtf8(body.body),
                 u"Commande SAL-ORD-2024-00042 pour Boulangerie Morel : 54000 €\n\"\" 2"_s);
        QCOMPARE(body.contentType, u"text/plain; charset=utf-8"_s);

        w.contentType = u"text/csv"_s;
        QVERIFY(m_engine.renderBody(w, m_order, &body, &error));
        QCOMPARE(body.contentType, u"text/csv"_s);
    }

    void defaultEnvelopeHasAFixedShape()
    {
        const Event e = makeEvent(QJsonObject{{u"name"_s, u"SAL-ORD-1"_s}});
        RenderedBody body;
        PayloadError error;
        QVERIFY(m_engine.renderBody(webhook(), e, &body, &error));
        QCOMPARE(body.contentType, u"application/json"_s);
        QCOMPARE(
            body.body,
            QByteArray("{\"id\":\"") + e.id.toUtf8() +
                "\",\"type\":\"Sales Order.on_update\",\"resource\":\"Sales Order\","
                "\"occurredAt\":\"2024-05-02T10:15:00.000Z\",\"data\":{\"name\":\"SAL-ORD-1\"}}");
    }

    void formFieldsAreFormEncoded()
    {
        Webhook w = webhook(BodyMode::Form);
        w.formFields = {
            {u"customer"_s, u"doc.customer_name"_s}, {u"total"_s, u"doc.grand_total"_s},
            {u"note"_s, u"\"a&b=c d/é\""_s},         {u"lines"_s, u"doc.items.length"_s},
            {u"name"_s, u"{{ doc.name }}"_s},        {u"empty"_s, u"doc.nothing"_s}};
        RenderedBody body;
        PayloadError error;
        QVERIFY2(m_engine.renderBody(w, m_order, &body, &error), qPrintable(error.toString()));
        QCOMPARE(body.contentType, u"application/x-www-form-urlencoded"_s);
        QCOMPARE(body.body,
                 QByteArray("customer=Boulangerie+Morel&total=54000&note=a%26b%3Dc+d%2F%C3%A9"
                            "&lines=2&name=SAL-ORD-2024-00042&empty="));
    }

    void formFieldErrorNamesTheField()
    {
        Webhook w = webhook(BodyMode::Form);
        w.formFields = {{u"customer"_s, u"doc.customer_name"_s}, {u"bad"_s, u"doc.nothing.x"_s}};
        PayloadError error;
        QVERIFY(render(m_engine, w, m_order, &error).isEmpty());
        QCOMPARE(error.part, PayloadError::Part::FormField);
        QCOMPARE(error.partName, u"bad"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
    }

    void outputIsCapped()
    {
        PayloadEngine engine;
        engine.setOutputLimit(1000);
        PayloadError error;
        // A native call building a huge string is refused before it runs.
        QVERIFY(render(engine,
                       webhook(BodyMode::JsonTemplate, u"{\"x\": \"{{ 'ab'.repeat(1e9) }}\"}"_s),
                       m_order, &error)
                    .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::TooLarge);
        QVERIFY2(error.message.contains(u"limit"_s), qPrintable(error.message));

        // A body assembled from many pieces.
        QVERIFY(
            render(
                engine,
                webhook(BodyMode::JsonTemplate,
                        u"[{{ doc.items }}, {{ doc.items }}, {{ doc.items }}, {{ doc.items }}]"_s),
                m_order, &error)
                .isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::TooLarge);

        // The default envelope, which runs no script.
        QVERIFY(render(engine, webhook(), m_order, &error).isEmpty());
        QCOMPARE(error.kind, PayloadError::Kind::TooLarge);

        // Small bodies still render.
        QVERIFY(!render(engine, webhook(BodyMode::JsonTemplate, u"{\"id\": \"{{ doc.name }}\"}"_s),
                        m_order)
                     .isEmpty());
    }

    void editedTemplateIsRecompiledAndTheCacheCanBeOff()
    {
        PayloadEngine engine;
        Webhook w = webhook(BodyMode::JsonTemplate, u"{\"v\": 1}"_s);
        QCOMPARE(parse(render(engine, w, m_order)).object().value(u"v"_s).toInt(), 1);
        QCOMPARE(engine.cachedScripts(), 1);
        QCOMPARE(parse(render(engine, w, m_order)).object().value(u"v"_s).toInt(), 1);
        QCOMPARE(engine.cachedScripts(), 1);
        w.bodyTemplate = u"{\"v\": 2}"_s; // same webhook, new revision
        QCOMPARE(parse(render(engine, w, m_order)).object().value(u"v"_s).toInt(), 2);
        QCOMPARE(engine.cachedScripts(), 1);

        engine.setCacheEnabled(false);
        QCOMPARE(engine.cachedScripts(), 0);
        QCOMPARE(parse(render(engine, w, m_order)).object().value(u"v"_s).toInt(), 2);
        QCOMPARE(engine.cachedScripts(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TemplateRenderer)
#include "tst_templaterenderer.moc"
