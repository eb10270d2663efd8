#include "PayloadTestSupport.h"

using namespace relais;
using namespace relais::test;

// Placeholders in the URL and in header values.
class tst_RequestParts final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;
    const Event m_order = sample(u"Sales Order.on_update"_s);

private Q_SLOTS:
    void urlPlaceholdersArePercentEncoded_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("path and query")
            << u"https://erp.example/api/{{ doc.doctype }}/{{ doc.name }}?customer={{ doc.customer_name }}"_s
            << QJsonObject{{u"doctype"_s, u"Sales Order"_s},
                           {u"name"_s, u"SAL-ORD-1"_s},
                           {u"customer_name"_s, u"Boulangerie Morel"_s}}
            << u"https://erp.example/api/Sales%20Order/SAL-ORD-1?customer=Boulangerie%20Morel"_s;
        QTest::newRow("reserved characters")
            << u"https://hooks.example/x?q={{ doc.q }}"_s
            << QJsonObject{{u"q"_s, u"a/b?c&d=e#f é+"_s}}
            << u"https://hooks.example/x?q=a%2Fb%3Fc%26d%3De%23f%20%C3%A9%2B"_s;
        QTest::newRow("number and unreserved")
            << u"https://hooks.example/{{ doc.n }}/{{ doc.s }}"_s
            << QJsonObject{{u"n"_s, 42}, {u"s"_s, u"a-b_c.d~e"_s}}
            << u"https://hooks.example/42/a-b_c.d~e"_s;
        QTest::newRow("no placeholder") << u"https://erp.example/hook?a=b%20c"_s << QJsonObject()
                                        << u"https://erp.example/hook?a=b%20c"_s;
    }
    void urlPlaceholdersArePercentEncoded()
    {
        QFETCH(QString, url);
        QFETCH(QJsonObject, data);
        QFETCH(QString, expected);
        Webhook w = webhook();
        w.url = url;
        QString rendered;
        PayloadError error;
        QVERIFY2(m_engine.renderUrl(w, makeEvent(data), &rendered, &error),
                 qPrintable(error.toString()));
        QCOMPARE(rendered, expected);
    }

    void urlThatEndsUpInvalidIsRefused()
    {
        Webhook w = webhook();
        w.url = u"https://{{ doc.nothing }}/hook"_s;
        QString rendered;
        PayloadError error;
        QVERIFY(!m_engine.renderUrl(w, m_order, &rendered, &error));
        QCOMPARE(error.kind, PayloadError::Kind::InvalidValue);
        QCOMPARE(error.part, PayloadError::Part::Url);
    }

    void urlPlaceholderErrorsAreLocated()
    {
        Webhook w = webhook();
        w.url = u"https://erp.example/{{ doc.nothing.x }}"_s;
        QString rendered;
        PayloadError error;
        QVERIFY(!m_engine.renderUrl(w, m_order, &rendered, &error));
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QCOMPARE(error.part, PayloadError::Part::Url);
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 21);
    }

    void headerPlaceholdersInsertText()
    {
        QString value;
        PayloadError error;
        QVERIFY(m_engine.renderHeaderValue(webhook(), m_order, u"X-Document"_s,
                                           u"{{ event.type }} {{ doc.name }} ({{ doc.total }})"_s,
                                           &value, &error));
        QCOMPARE(value, u"Sales Order.on_update SAL-ORD-2024-00042 (45000)"_s);
        QVERIFY(m_engine.renderHeaderValue(webhook(), m_order, u"Authorization"_s,
                                           u"Bearer abc123"_s, &value, &error));
        QCOMPARE(value, u"Bearer abc123"_s);
    }

    void headerLineBreaksAreRefused_data()
    {
        QTest::addColumn<QString>("valueTemplate");
        QTest::addColumn<QString>("inserted");
        QTest::newRow("CRLF from the event") << u"{{ doc.v }}"_s << u"a\r\nX-Injected: 1"_s;
        QTest::newRow("LF from the event") << u"prefix {{ doc.v }}"_s << u"a\nb"_s;
        QTest::newRow("CR from the event") << u"{{ doc.v }}"_s << u"a\rb"_s;
        QTest::newRow("from the expression") << u"{{ 'a\\r\\nb' }}"_s << QString();
        QTest::newRow("in the template") << u"a\r\nb"_s << QString();
    }
    void headerLineBreaksAreRefused()
    {
        QFETCH(QString, valueTemplate);
        QFETCH(QString, inserted);
        QString value;
        PayloadError error;
        QVERIFY(!m_engine.renderHeaderValue(webhook(), makeEvent({{u"v"_s, inserted}}),
                                            u"X-Customer"_s, valueTemplate, &value, &error));
        QCOMPARE(error.kind, PayloadError::Kind::InvalidValue);
        QCOMPARE(error.part, PayloadError::Part::Header);
        QCOMPARE(error.partName, u"X-Customer"_s);
        QVERIFY2(error.message.contains(u"X-Customer"_s), qPrintable(error.message));
    }

    void headerErrorsNameTheHeader()
    {
        QString value;
        PayloadError error;
        QVERIFY(!m_engine.renderHeaderValue(webhook(), m_order, u"X-Id"_s,
                                            u"id-{{ doc.nothing.x }}"_s, &value, &error));
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QCOMPARE(error.part, PayloadError::Part::Header);
        QCOMPARE(error.partName, u"X-Id"_s);
        QCOMPARE(error.column, 4);
        QVERIFY(error.partLabel().contains(u"X-Id"_s));
    }

    void checkReportsEveryBrokenPart()
    {
        Webhook w = webhook(BodyMode::JsonTemplate, u"{\"n\": \"{{ doc.name | upper }}\"}"_s);
        w.condition = u"doc.total >"_s;
        w.url = u"https://erp.example/{{ doc.name ) }}"_s;
        w.headers = {{u"X-Ok"_s, u"{{ doc.name }}"_s, false}, {u"X-Bad"_s, u"{{ ( }}"_s, false}};
        const QList<PayloadError> errors = m_engine.check(w);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0).part, PayloadError::Part::Condition);
        QCOMPARE(errors.at(1).part, PayloadError::Part::Body);
        QCOMPARE(errors.at(1).kind, PayloadError::Kind::Jinja);
        QCOMPARE(errors.at(2).part, PayloadError::Part::Url);
        QCOMPARE(errors.at(3).part, PayloadError::Part::Header);
        QCOMPARE(errors.at(3).partName, u"X-Bad"_s);

        QVERIFY(m_engine.check(webhook(BodyMode::JsonTemplate, u"{\"n\": \"{{ doc.name }}\"}"_s))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RequestParts)
#include "tst_requestparts.moc"
