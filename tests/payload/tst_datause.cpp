#include "PayloadTestSupport.h"

#include "payload/DataUse.h"

using namespace relais;
using namespace relais::test;

class tst_DataUse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsReadAreFound_data()
    {
        using Paths = QList<QStringList>;
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<Paths>("paths");
        QTest::newRow("one field") << u"doc.name"_s << false << Paths{{u"name"_s}};
        QTest::newRow("several, spaced")
            << u"doc.name + doc . total + doc.name"_s << false << Paths{{u"name"_s}, {u"total"_s}};
        QTest::newRow("optional chaining")
            << u"doc?.customer?.name"_s << false << Paths{{u"customer"_s, u"name"_s}};
        QTest::newRow("through event.data")
            << u"event.data.items.length"_s << false << Paths{{u"items"_s, u"length"_s}};
        QTest::newRow("method call")
            << u"doc.items.map(i => i.qty)"_s << false << Paths{{u"items"_s}};
        QTest::newRow("method on a field")
            << u"doc.name.toUpperCase()"_s << false << Paths{{u"name"_s}};
        QTest::newRow("optional call") << u"doc.a.b?.()"_s << false << Paths{{u"a"_s}};
        QTest::newRow("computed member") << u"doc.items[0].qty"_s << false << Paths{{u"items"_s}};
        QTest::newRow("assignment") << u"doc.a.b = 1"_s << false << Paths{{u"a"_s}};
        QTest::newRow("compound assignment") << u"doc.a.b += 1"_s << false << Paths{{u"a"_s}};
        QTest::newRow("comparison")
            << u"doc.a.b == 1 && doc.c >= 2"_s << false << Paths{{u"a"_s, u"b"_s}, {u"c"_s}};
        QTest::newRow("increment") << u"++doc.a.n"_s << false << Paths{{u"a"_s}};
        QTest::newRow("delete") << u"delete doc.a.b"_s << false << Paths{{u"a"_s}};
        QTest::newRow("event's own fields") << u"event.type + event.id"_s << false << Paths();
        QTest::newRow("another object's property") << u"x.doc + y.event"_s << false << Paths();
        QTest::newRow("longer names") << u"docs.length + myevent"_s << false << Paths();
        QTest::newRow("doc itself") << u"doc"_s << true << Paths();
        QTest::newRow("doc passed") << u"json(doc)"_s << true << Paths();
        QTest::newRow("method of doc") << u"doc.hasOwnProperty('x')"_s << true << Paths();
        QTest::newRow("computed member of doc") << u"doc['name']"_s << true << Paths();
        QTest::newRow("event.data itself") << u"Object.keys(event.data)"_s << true << Paths();
        QTest::newRow("event itself") << u"json(event)"_s << true << Paths();
        QTest::newRow("in a string") << u"'doc'"_s << true << Paths();
        QTest::newRow("as a key") << u"({doc: 1})"_s << true << Paths();
        QTest::newRow("eval") << u"doc.name + eval('x')"_s << true << Paths();
        QTest::newRow("arguments") << u"arguments[1].name"_s << true << Paths();
        QTest::newRow("__proto__") << u"doc.__proto__"_s << true << Paths();
        QTest::newRow("nested __proto__") << u"doc.a.__proto__.b"_s << true << Paths();
        QTest::newRow("escaped name") << u"d\\u006fc.name"_s << true << Paths();
    }
    void fieldsReadAreFound()
    {
        using Paths = QList<QStringList>;
        QFETCH(QString, code);
        QFETCH(bool, whole);
        QFETCH(Paths, paths);
        DataUse use;
        use.scan(code);
        QCOMPARE(use.wholeData, whole);
        QCOMPARE(use.paths, paths);
    }

    void eventFieldsReadAreFound()
    {
        DataUse use;
        use.scan(u"event.type + event . occurredAt + event.data.name"_s);
        QVERIFY(use.reads(DataUse::Type));
        QVERIFY(use.reads(DataUse::OccurredAt));
        QVERIFY(!use.reads(DataUse::Id));
        QVERIFY(!use.reads(DataUse::Resource));
        QCOMPARE(use.keys, QStringList{u"name"_s});
        use.scan(u"json(event)"_s);
        QVERIFY(use.wholeData);
        QVERIFY(use.reads(DataUse::Id) && use.reads(DataUse::Resource));
    }

    void scriptsSeeWhatTheyRead_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("field") << u"doc.name"_s << u"SAL-ORD-2024-00042"_s;
        QTest::newRow("missing field") << u"doc.nothing"_s << QString();
        QTest::newRow("below a missing field") << u"doc.nothing?.deeper"_s << QString();
        QTest::newRow("length of a list") << u"doc.items.length"_s << u"2"_s;
        QTest::newRow("length, then an item")
            << u"doc.items.length + ':' + doc.items[1].item_code"_s << u"2:PETRIN-SPI-80"_s;
        QTest::newRow("length of a text") << u"doc.name.length"_s << u"18"_s;
        QTest::newRow("items mapped")
            << u"doc.items.map(i => i.qty * i.rate).join('+')"_s << u"38500+6500"_s;
        QTest::newRow("nested field") << u"doc.taxes.length + doc.items.length"_s << u"3"_s;
        QTest::newRow("whole data")
            << u"Object.keys(doc).length == "_s +
                   QString::number(sample(u"Sales Order.on_update"_s).data.size())
            << u"true"_s;
        QTest::newRow("object, then one of its fields")
            << u"json(doc.items[0]).length > 100 && doc.items[0].qty == 1"_s << u"true"_s;
        QTest::newRow("event and doc are the same")
            << u"event.data === doc && event.data.name == doc.name"_s << u"true"_s;
        QTest::newRow("changed field") << u"(doc.status = 'X', doc.status)"_s << u"X"_s;
        QTest::newRow("event fields")
            << u"[event.type, event.resource].join()"_s << u"Sales Order.on_update,Sales Order"_s;
        QTest::newRow("event fields, unread")
            << u"typeof event.id + typeof event.data"_s << u"stringobject"_s;
    }
    void scriptsSeeWhatTheyRead()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        PayloadEngine engine;
        PayloadError error;
        const QByteArray body =
            render(engine, webhook(BodyMode::Raw, u"{{ "_s + expression + u" }}"_s),
                   sample(u"Sales Order.on_update"_s), &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.toString()));
        QCOMPARE(QString::fromUtf8(body), expected);
    }
};

QTEST_GUILESS_MAIN(tst_DataUse)
#include "tst_datause.moc"
