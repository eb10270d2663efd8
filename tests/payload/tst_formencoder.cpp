#include "payload/FormEncoder.h"

#include <QTest>

using namespace relais;
using namespace Qt::StringLiterals;

class tst_FormEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentsAreEncodedAsBrowsersDo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << u"SAL-ORD-2024-00042"_s << QByteArray("SAL-ORD-2024-00042");
        QTest::newRow("space") << u"Boulangerie Morel"_s << QByteArray("Boulangerie+Morel");
        QTest::newRow("kept") << u"a*b-c.d_e"_s << QByteArray("a*b-c.d_e");
        QTest::newRow("reserved") << u"&=+/%?#~"_s << QByteArray("%26%3D%2B%2F%25%3F%23%7E");
        QTest::newRow("accents") << u"crème"_s << QByteArray("cr%C3%A8me");
        QTest::newRow("emoji") << u"🥐"_s << QByteArray("%F0%9F%A5%90");
        QTest::newRow("line break") << u"a\r\nb"_s << QByteArray("a%0D%0Ab");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void componentsAreEncodedAsBrowsersDo()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(FormEncoder::encodeComponent(text), encoded);
    }

    void fieldsKeepTheirOrder()
    {
        QCOMPARE(
            FormEncoder::encode({{u"name"_s, u"SAL 1"_s}, {u"é"_s, QString()}, {u"a"_s, u"b=c"_s}}),
            QByteArray("name=SAL+1&%C3%A9=&a=b%3Dc"));
        QCOMPARE(FormEncoder::encode({}), QByteArray());
    }
};

QTEST_APPLESS_MAIN(tst_FormEncoder)
#include "tst_formencoder.moc"
