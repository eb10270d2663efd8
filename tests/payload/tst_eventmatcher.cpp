#include "PayloadTestSupport.h"

#include "payload/EventMatcher.h"

#include <QElapsedTimer>

using namespace relais;
using namespace relais::test;

class tst_EventMatcher final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;

    static Webhook hook(const QStringList &patterns, const QString &resource = {},
                        const QString &condition = {})
    {
        Webhook w = webhook();
        w.eventPatterns = patterns;
        w.resourceFilter = resource;
        w.condition = condition;
        return w;
    }

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("matched");
        QTest::newRow("exact") << QStringList{u"Sales Order.on_update"_s}
                               << u"Sales Order.on_update"_s << true;
        QTest::newRow("exact, other event")
            << QStringList{u"Sales Order.on_update"_s} << u"Sales Order.on_submit"_s << false;
        QTest::newRow("everything") << QStringList{u"*"_s} << u"modify_row"_s << true;
        QTest::newRow("trailing wildcard")
            << QStringList{u"Sales Order.*"_s} << u"Sales Order.on_cancel"_s << true;
        QTest::newRow("trailing wildcard, other doctype")
            << QStringList{u"Sales Order.*"_s} << u"Quotation.on_cancel"_s << false;
        QTest::newRow("one of several")
            << QStringList{u"insert_row"_s, u"delete_row"_s} << u"delete_row"_s << true;
        QTest::newRow("none of several")
            << QStringList{u"insert_row"_s, u"delete_row"_s} << u"modify_row"_s << false;
        QTest::newRow("case matters")
            << QStringList{u"sales order.*"_s} << u"Sales Order.on_update"_s << false;
    }
    void patterns()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, type);
        QFETCH(bool, matched);
        const MatchResult r = m_engine.match(hook(patterns), makeEvent({}, type));
        QCOMPARE(r.matched, matched);
        QCOMPARE(r.decidedBy, MatchResult::Stage::Pattern);
        QVERIFY(!r.error);
        QVERIFY(!r.explanation().isEmpty());
    }

    void resourceFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<bool>("matched");
        QTest::newRow("empty accepts any") << QString() << u"Sales Order"_s << true;
        QTest::newRow("exact") << u"Sales Order"_s << u"Sales Order"_s << true;
        QTest::newRow("case-sensitive") << u"sales order"_s << u"Sales Order"_s << false;
        QTest::newRow("no prefix match") << u"Sales"_s << u"Sales Order"_s << false;
        QTest::newRow("Decsys pages, listed") << u"1, 3"_s << u"3"_s << true;
        QTest::newRow("Decsys pages, not listed") << u"1,3"_s << u"2"_s << false;
        QTest::newRow("spaces trimmed") << u"  2 "_s << u"2"_s << true;
        QTest::newRow("list of tables") << u"Opportunities,Tâches"_s << u"Tâches"_s << true;
    }
    void resourceFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QString, resource);
        QFETCH(bool, matched);
        QCOMPARE(EventMatcher::resourceMatches(filter, resource), matched);
        const MatchResult r = m_engine.match(hook({u"*"_s}, filter),
                                             makeEvent({}, u"decsys.page_navigation"_s, resource));
        QCOMPARE(r.matched, matched);
        QCOMPARE(r.decidedBy,
                 filter.isEmpty() ? MatchResult::Stage::Pattern : MatchResult::Stage::Resource);
    }

    void frappeConditionsWorkVerbatim_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("matched");
        // The two examples of Frappe's webhook documentation.
        QTest::newRow("status, open quotation")
            << u"doc.status==\"Open\""_s << u"Quotation.on_submit"_s << true;
        QTest::newRow("status, draft quotation")
            << u"doc.status==\"Open\""_s << u"Quotation.on_update"_s << false;
        QTest::newRow("total, sales order")
            << u"doc.total > 40000"_s << u"Sales Order.on_update"_s << true;
        QTest::newRow("total, quotation")
            << u"doc.total > 40000"_s << u"Quotation.on_update"_s << false;
    }
    void frappeConditionsWorkVerbatim()
    {
        QFETCH(QString, condition);
        QFETCH(QString, type);
        QFETCH(bool, matched);
        const Event e = sample(type);
        const MatchResult r =
            m_engine.match(hook({u"Sales Order.*"_s, u"Quotation.*"_s}, e.resource, condition), e);
        QVERIFY(!r.error);
        QCOMPARE(r.decidedBy, MatchResult::Stage::Condition);
        QCOMPARE(r.matched, matched);
        QCOMPARE(r.conditionValue, matched ? u"true"_s : u"false"_s);
    }

    void conditionFiresWhenTruthy_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<QString>("value");
        QTest::newRow("string") << u"doc.name"_s << true << u"\"SAL-ORD-2024-00042\""_s;
        QTest::newRow("empty string") << u"''"_s << false << u"\"\""_s;
        QTest::newRow("zero") << u"0"_s << false << u"0"_s;
        QTest::newRow("count") << u"doc.items.length"_s << true << u"2"_s;
        QTest::newRow("null") << u"null"_s << false << u"null"_s;
        QTest::newRow("undefined") << u"doc.nothing"_s << false << u"undefined"_s;
        QTest::newRow("empty array") << u"[]"_s << true << QString();
        QTest::newRow("multi-line")
            << u"doc.docstatus == 1\n  && doc.items.some(i => i.rate > 10000)"_s << true
            << u"true"_s;
        QTest::newRow("helpers") << u"isoDate(event.occurredAt).startsWith('2024')"_s << true
                                 << u"true"_s;
        QTest::newRow("webhook") << u"webhook.name == 'Commandes Dokos'"_s << true << u"true"_s;
    }
    void conditionFiresWhenTruthy()
    {
        QFETCH(QString, condition);
        QFETCH(bool, matched);
        QFETCH(QString, value);
        const MatchResult r =
            m_engine.match(hook({u"*"_s}, {}, condition), sample(u"Sales Order.on_submit"_s));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
        QCOMPARE(r.matched, matched);
        QCOMPARE(r.conditionValue, value);
    }

    void emptyConditionAlwaysMatches()
    {
        const MatchResult r = m_engine.match(hook({u"*"_s}, {}, u"  \n"_s), makeEvent({}));
        QVERIFY(r.matched);
        QCOMPARE(r.decidedBy, MatchResult::Stage::Pattern);
    }

    void conditionSyntaxErrorSaysLineAndColumn_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("one line") << u"doc.status = = \"Open\""_s << 1 << 14;
        QTest::newRow("second line")
            << u"doc.total > 40000 &&\n  doc.status doc.total"_s << 2 << 14;
        QTest::newRow("unfinished") << u"doc.total > 40000 &&\n  doc.status =="_s << 2 << 16;
    }
    void conditionSyntaxErrorSaysLineAndColumn()
    {
        QFETCH(QString, condition);
        QFETCH(int, line);
        QFETCH(int, column);
        const MatchResult r =
            m_engine.match(hook({u"*"_s}, {}, condition), sample(u"Sales Order.on_update"_s));
        QVERIFY(!r.matched);
        QCOMPARE(r.decidedBy, MatchResult::Stage::Condition);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PayloadError::Kind::Syntax);
        QCOMPARE(r.error->part, PayloadError::Part::Condition);
        QCOMPARE(r.error->line, line);
        QCOMPARE(r.error->column, column);
        QVERIFY(r.explanation().contains(r.error->message));
    }

    void conditionRuntimeErrorSaysLine()
    {
        const MatchResult r =
            m_engine.match(hook({u"*"_s}, {}, u"doc.total > 1 &&\n  doc.nothing.deeper"_s),
                           sample(u"Sales Order.on_update"_s));
        QVERIFY(!r.matched);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PayloadError::Kind::Runtime);
        QCOMPARE(r.error->line, 2);
        QVERIFY2(r.error->message.contains(u"TypeError"_s), qPrintable(r.error->message));
    }

    void runawayConditionIsStoppedAndTheEngineRecovers()
    {
        PayloadEngine engine;
        QCOMPARE(engine.timeLimit(), std::chrono::milliseconds(100));
        const Event e = sample(u"Sales Order.on_update"_s);
        QElapsedTimer timer;
        timer.start();
        const MatchResult r =
            engine.match(hook({u"*"_s}, {}, u"(() => { while (true) {} })()"_s), e);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!r.matched);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PayloadError::Kind::Timeout);
        QVERIFY2(elapsed >= 90 && elapsed < 1000, qPrintable(QString::number(elapsed)));

        const MatchResult next = engine.match(hook({u"*"_s}, {}, u"doc.total > 40000"_s), e);
        QVERIFY(!next.error);
        QVERIFY(next.matched);
    }

    void conditionCannotChangeTheEvent()
    {
        // "=" typed for "==": the assignment is ignored, the event is unchanged
        // for every later script.
        const Event e = sample(u"Sales Order.on_update"_s);
        m_engine.match(hook({u"*"_s}, {}, u"doc.status = 'Hacked'"_s), e);
        const QByteArray body = render(
            m_engine, webhook(BodyMode::JsonTemplate, u"{\"s\": \"{{ doc.status }}\"}"_s), e);
        QCOMPARE(parse(body).object().value(u"s"_s).toString(), u"Draft"_s);
    }

    void eachScriptGetsItsOwnCopyOfTheEvent()
    {
        const Event e = sample(u"Sales Order.on_update"_s);
        Webhook w = webhook(BodyMode::JsonTemplate,
                            u"{\"n\": {{ doc.items.length }}, \"s\": \"{{ doc.status }}\"}"_s);
        w.condition = u"doc.items.push({}) == 3 && (doc.status = 'Changed') == 'Changed'"_s;
        const MatchResult r = m_engine.match(w, e);
        QVERIFY2(r.matched, qPrintable(r.explanation()));
        QCOMPARE(parse(render(m_engine, w, e)).object(),
                 QJsonObject({{u"n"_s, 2}, {u"s"_s, u"Draft"_s}}));
    }
};

QTEST_GUILESS_MAIN(tst_EventMatcher)
#include "tst_eventmatcher.moc"
