#include "payload/TemplateParser.h"

#include <QTest>

using namespace relais;
using namespace Qt::StringLiterals;

class tst_TemplateParser final : public QObject
{
    Q_OBJECT

private:
    static QList<TemplateSegment> segments(const QString &text, TemplateParser::Syntax syntax)
    {
        QList<TemplateSegment> list;
        PayloadError error;
        if (!TemplateParser::parse(text, syntax, &list, &error))
            qWarning("%s", qPrintable(error.toString()));
        return list;
    }

private Q_SLOTS:
    void splitsLiteralsAndPlaceholders()
    {
        const QString text = u"{\"id\": \"{{ doc.name }}\", \"n\": {{ doc.total }}}"_s;
        const QList<TemplateSegment> s = segments(text, TemplateParser::Syntax::Json);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(0).text, u"{\"id\": \""_s);
        QCOMPARE(s.at(1).type, TemplateSegment::Type::Placeholder);
        QCOMPARE(s.at(1).text, u" doc.name "_s);
        QCOMPARE(s.at(1).offset, 8);
        QCOMPARE(s.at(1).textOffset, 10);
        QVERIFY(s.at(1).inJsonString);
        QCOMPARE(s.at(3).text, u" doc.total "_s);
        QVERIFY(!s.at(3).inJsonString);
        QCOMPARE(s.at(4).text, u"}"_s);
    }

    void stringStateFollowsEscapedQuotes()
    {
        const QList<TemplateSegment> s = segments(
            u"{\"a\": \"x\\\"{{ doc.a }}\", \"b\": {{ doc.b }}}"_s, TemplateParser::Syntax::Json);
        QCOMPARE(s.size(), 5);
        QVERIFY(s.at(1).inJsonString);
        QVERIFY(!s.at(3).inJsonString);
        // In text templates nothing is "inside a string".
        QVERIFY(!segments(u"\"{{ x }}\""_s, TemplateParser::Syntax::Text).at(1).inJsonString);
    }

    void placeholderEndSkipsBracesAndQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end");
        QTest::newRow("plain") << u"{{ a }}"_s << 5;
        QTest::newRow("object literal") << u"{{ {a: {b: 1}} }}"_s << 15;
        QTest::newRow("braces in a string") << u"{{ '}}' + \"}}\" }}"_s << 15;
        QTest::newRow("template literal") << u"{{ `}}` }}"_s << 8;
        QTest::newRow("escaped quote") << u"{{ 'a\\'}}' }}"_s << 11;
        QTest::newRow("unclosed") << u"{{ a } }"_s << -1;
    }
    void placeholderEndSkipsBracesAndQuotes()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QCOMPARE(TemplateParser::placeholderEnd(text, 2), qsizetype(end));
    }

    void outputIsProvablyJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("always");
        QTest::newRow("value of a member") << u"{\"a\": {{ x }}}"_s << true;
        QTest::newRow("array items") << u"[{{ x }}, {{ y }} ]"_s << true;
        QTest::newRow("whole body") << u"  {{ x }}\n"_s << true;
        QTest::newRow("inside strings") << u"{\"a\": \"{{ x }}-{{ y }}\"}"_s << true;
        QTest::newRow("after a minus") << u"{\"a\": -{{ x }}}"_s << false;
        QTest::newRow("two in a row") << u"{\"a\": {{ x }}{{ y }}}"_s << false;
        QTest::newRow("after a digit") << u"{\"a\": 1{{ x }}}"_s << false;
        QTest::newRow("before a digit") << u"{\"a\": {{ x }}1}"_s << false;
        QTest::newRow("after an escape") << u"{\"a\": \"\\{{ x }}\"}"_s << false;
    }
    void outputIsProvablyJson()
    {
        QFETCH(QString, text);
        QFETCH(bool, always);
        QCOMPARE(
            TemplateParser::alwaysRendersJson(text, segments(text, TemplateParser::Syntax::Json)),
            always);
    }

    void jsonShapeErrorsPointIntoTheTemplate()
    {
        const QString text = u"{\n  \"a\": {{ x }},\n  \"b\": \"{{ y }}\",\n}"_s;
        PayloadError error;
        QVERIFY(!TemplateParser::checkJsonShape(text, segments(text, TemplateParser::Syntax::Json),
                                                &error));
        QCOMPARE(error.kind, PayloadError::Kind::InvalidJson);
        QCOMPARE(error.line, 4); // the trailing comma is found at the closing brace
        QVERIFY(TemplateParser::checkJsonShape(
            u"{{ x }}"_s, segments(u"{{ x }}"_s, TemplateParser::Syntax::Json), &error));
    }
};

QTEST_APPLESS_MAIN(tst_TemplateParser)
#include "tst_templateparser.moc"
