#include "PayloadTestSupport.h"

#include "payload/JinjaHints.h"

using namespace relais;
using namespace relais::test;

class tst_JinjaHints final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;
    const Event m_order = sample(u"Sales Order.on_update"_s);

    PayloadError templateError(const QString &text)
    {
        PayloadError error;
        if (!render(m_engine, webhook(BodyMode::JsonTemplate, text), m_order, &error).isEmpty())
            qWarning("Unexpectedly rendered %s", qPrintable(text));
        return error;
    }

private Q_SLOTS:
    void filtersAreTranslated_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("javascript");
        QTest::newRow("upper") << u" doc.name | upper "_s << u"{{ doc.name.toUpperCase() }}"_s;
        QTest::newRow("no spaces") << u"doc.name|lower"_s << u"{{ doc.name.toLowerCase() }}"_s;
        QTest::newRow("length") << u"doc.items | length"_s << u"{{ doc.items.length }}"_s;
        QTest::newRow("default") << u"doc.customer | default('inconnu')"_s
                                 << u"{{ (doc.customer ?? 'inconnu') }}"_s;
        QTest::newRow("tojson") << u"doc | tojson"_s << u"{{ json(doc) }}"_s;
        QTest::newRow("chain") << u"doc.name | upper | trim"_s
                               << u"{{ doc.name.toUpperCase().trim() }}"_s;
        QTest::newRow("round") << u"doc.total | round(2)"_s
                               << u"{{ Number(doc.total.toFixed(2)) }}"_s;
        QTest::newRow("join") << u"doc.tags | join(', ')"_s << u"{{ doc.tags.join(', ') }}"_s;
        QTest::newRow("expression")
            << u"doc.a + doc.b | abs"_s << u"{{ Math.abs(doc.a + doc.b) }}"_s;
    }
    void filtersAreTranslated()
    {
        QFETCH(QString, expression);
        QFETCH(QString, javascript);
        const QString message = JinjaHints::filterProblem(expression);
        QVERIFY2(message.contains(javascript), qPrintable(message));
        QVERIFY2(message.contains(u"Jinja"_s), qPrintable(message));
    }

    void javascriptIsNotMistakenForJinja_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("logical or") << u"doc.customer || 'inconnu'"_s;
        QTest::newRow("bitwise or") << u"doc.flags | 0"_s;
        QTest::newRow("bitwise or of fields") << u"doc.a | doc.b"_s;
        QTest::newRow("or-assignment") << u"x |= 4"_s;
        QTest::newRow("bar in a string") << u"'a | upper'"_s;
        QTest::newRow("bar in a call") << u"f(a | b)"_s;
    }
    void javascriptIsNotMistakenForJinja()
    {
        QFETCH(QString, expression);
        QCOMPARE(JinjaHints::filterProblem(expression), QString());
    }

    void unknownFilterGetsAGeneralHint()
    {
        const QString message = JinjaHints::filterProblem(u"doc.name | frobnicate"_s);
        QVERIFY2(message.contains(u"| frobnicate"_s), qPrintable(message));
        QVERIFY2(message.contains(u"toUpperCase()"_s), qPrintable(message));
    }

    void filterInATemplateIsAJinjaErrorWhereItIs()
    {
        const PayloadError error = templateError(u"{\n  \"name\": \"{{ doc.name | upper }}\"\n}"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Jinja);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 12);
        QVERIFY2(error.message.contains(u"{{ doc.name.toUpperCase() }}"_s),
                 qPrintable(error.message));
    }

    void blocksAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::newRow("for")
            << u"{\"items\": [\n{% for item in doc.items %}\"{{ item.item_code }}\",{% endfor %}]}"_s
            << u"{{ doc.items.map(item => ({ … })) }}"_s;
        QTest::newRow("if")
            << u"{\"vip\": {% if doc.total > 40000 and doc.docstatus == 1 %}true{% endif %}}"_s
            << u"{{ doc.total > 40000 && doc.docstatus == 1 ? … : … }}"_s;
        QTest::newRow("set") << u"{% set n = doc.name %}{\"n\": \"{{ n }}\"}"_s << u"const name"_s;
        QTest::newRow("other") << u"{% raw %}{}{% endraw %}"_s << u"{% raw %}"_s;
        QTest::newRow("comment") << u"{# the order #}{\"n\": 1}"_s << u"//"_s;
    }
    void blocksAreExplained()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        const PayloadError error = templateError(text);
        QCOMPARE(error.kind, PayloadError::Kind::Jinja);
        QVERIFY2(error.message.contains(hint), qPrintable(error.message));
        QVERIFY(error.line >= 1 && error.column >= 1);
    }

    void forBlockIsLocated()
    {
        const PayloadError error =
            templateError(u"{\"items\": [\n  {% for item in doc.items %}1{% endfor %}\n]}"_s);
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 3);
    }

    void jinjaOperatorsAreTranslatedWhenTheyDoNotCompile()
    {
        const PayloadError inTemplate =
            templateError(u"{\"c\": \"{{ doc.contact_email or 'none' }}\"}"_s);
        QCOMPARE(inTemplate.kind, PayloadError::Kind::Jinja);
        QVERIFY2(inTemplate.message.contains(u"{{ doc.contact_email || 'none' }}"_s),
                 qPrintable(inTemplate.message));

        Webhook w = webhook();
        w.condition = u"doc.status == \"Open\" and not doc.is_return"_s;
        const MatchResult r = m_engine.match(w, m_order);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PayloadError::Kind::Jinja);
        QVERIFY2(r.error->message.contains(u"doc.status == \"Open\" && !doc.is_return"_s),
                 qPrintable(r.error->message));
    }

    void frappePythonApiIsExplained()
    {
        const PayloadError error = templateError(u"{\"d\": \"{{ frappe.utils.nowdate() }}\"}"_s);
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QVERIFY2(error.message.contains(u"Python API"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"isoDate()"_s), qPrintable(error.message));
    }

    void wordsInsideStringsAreLeftAlone()
    {
        QCOMPARE(JinjaHints::operatorProblem(u"'black and white'"_s), QString());
        QCOMPARE(JinjaHints::operatorProblem(u"doc.order + doc.android"_s), QString());
    }
};

QTEST_GUILESS_MAIN(tst_JinjaHints)
#include "tst_jinjahints.moc"
