#include "core/Delivery.h"
#include "core/Event.h"
#include "core/TimeOrderedId.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace relais;

class tst_TimeOrderedId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsHaveTheUuidVersion7Layout()
    {
        const QString id = Delivery::newId();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^msg_[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$"))
                .match(id)
                .hasMatch(),
            qPrintable(id));
        QVERIFY(Event::newId().startsWith(QLatin1String("evt_")));
        QCOMPARE(Event::newId().size(), 36);
    }

    void theTimeInAnIdIsWhenItWasMade()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = TimeOrderedId::make(u"x_");
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 ms = TimeOrderedId::millisecondsOf(QStringView(id).sliced(2));
        QVERIFY2(ms >= before && ms <= after + 1, qPrintable(id));
        QCOMPARE(TimeOrderedId::millisecondsOf(u"not an id"), -1);
    }

    // Many ids within one millisecond still sort in the order they were
    // made, and none repeats: what keeps index inserts at one end.
    void idsMadeLaterSortAfterAndNeverRepeat()
    {
        QStringList ids;
        for (int i = 0; i < 20000; ++i)
            ids << TimeOrderedId::make(u"msg_");
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(sorted, ids);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void twoThreadsNeverMakeTheSameId()
    {
        QStringList a, b;
        auto make = [](QStringList *out) {
            for (int i = 0; i < 5000; ++i)
                *out << TimeOrderedId::make(u"evt_");
        };
        std::unique_ptr<QThread> other(QThread::create(make, &b));
        other->start();
        make(&a);
        other->wait();
        QSet<QString> all(a.cbegin(), a.cend());
        all.unite(QSet<QString>(b.cbegin(), b.cend()));
        QCOMPARE(all.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_TimeOrderedId)
#include "tst_timeorderedid.moc"
