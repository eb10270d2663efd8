#include "delivery/IntakeFraming.h"

#include <QTest>

using namespace relais;

namespace {

using Verdict = IntakeFraming::Verdict;

QByteArray post(qint64 contentLength, const QByteArray &extraHeaders = {})
{
    return "POST /v1/events HTTP/1.1\r\nHost: x\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

IntakeFraming::Limits smallLimits()
{
    IntakeFraming::Limits limits;
    limits.maxBodyBytes = 100;
    limits.maxHeadBytes = 256;
    return limits;
}

} // namespace

class tst_IntakeFraming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRequestSplitAnywhereIsFollowed()
    {
        const QByteArray stream = post(10) + "0123456789" + post(0) + post(3) + "abc";
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            IntakeFraming framing(smallLimits());
            QCOMPARE(framing.feed(QByteArrayView(stream).first(cut)), Verdict::Continue);
            QCOMPARE(framing.feed(QByteArrayView(stream).sliced(cut)), Verdict::Continue);
            QCOMPARE(framing.completedRequests(), 3);
        }
    }

    void aDeclaredBodyAboveTheLimitIsRefusedFromTheHead()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed(QByteArray(post(100) + QByteArray(100, 'x'))), Verdict::Continue);
        QCOMPARE(framing.feed(QByteArray(post(101) + "xx")), Verdict::PayloadTooLarge);
        QCOMPARE(framing.declaredLength(), 101);
        QCOMPARE(framing.refusedBodyRemaining(), 99);
        // The verdict sticks: nothing after a refusal is framed.
        QCOMPARE(framing.feed(QByteArray(post(1) + "x")), Verdict::PayloadTooLarge);
        QCOMPARE(framing.completedRequests(), 1);
    }

    void bodyBytesCanBeSkippedUnread()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed(post(50)), Verdict::Continue);
        QVERIFY(framing.withinBody(50));
        QVERIFY(!framing.withinBody(51));
        framing.skipBody(30);
        QVERIFY(framing.withinBody(20));
        framing.skipBody(20);
        QVERIFY(!framing.withinBody(1));
        QCOMPARE(framing.completedRequests(), 1);
    }

    void anEndlessHeadIsRefused()
    {
        IntakeFraming framing(smallLimits());
        framing.feed("POST /v1/events HTTP/1.1\r\n");
        for (int i = 0; framing.verdict() == Verdict::Continue && i < 100; ++i)
            framing.feed(QByteArray("X-Filler: " + QByteArray(20, 'a') + "\r\n"));
        QCOMPARE(framing.verdict(), Verdict::HeadTooLarge);
    }

    void aChunkedBodyNeedsALength()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                 Verdict::LengthRequired);
    }

    void anAmbiguousLengthIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n"
                                                   "Content-Length: 6\r\n\r\n");
        QTest::newRow("negative") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("not a number")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n");
        QTest::newRow("huge") << QByteArray("POST / HTTP/1.1\r\nContent-Length: "
                                            "99999999999999999999999\r\n\r\n");
    }

    void anAmbiguousLengthIsRefused()
    {
        QFETCH(QByteArray, head);
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed(head), Verdict::BadRequest);
    }

    void headerNamesAreCaseInsensitiveAndBareLineFeedsWork()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed("POST / HTTP/1.1\ncontent-LENGTH: 101\n\n"),
                 Verdict::PayloadTooLarge);
    }

    void blankLinesBetweenRequestsAreSkipped()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed(QByteArray(post(2) + "ab\r\n\r\n" + post(0))), Verdict::Continue);
        QCOMPARE(framing.completedRequests(), 2);
    }

    void expectContinueIsReportedUntilTheBodyStarts()
    {
        IntakeFraming framing(smallLimits());
        QCOMPARE(framing.feed(post(4, "Expect: 100-continue\r\n")), Verdict::Continue);
        QVERIFY(framing.expectsContinue());
        QCOMPARE(framing.feed("ab"), Verdict::Continue);
        QVERIFY(!framing.expectsContinue());
        // Sent with its body at once: nothing to wait for.
        QCOMPARE(framing.feed(QByteArray("cd" + post(4, "Expect: 100-continue\r\n") + "abcd")),
                 Verdict::Continue);
        QVERIFY(!framing.expectsContinue());
    }
};

QTEST_APPLESS_MAIN(tst_IntakeFraming)
#include "tst_intakeframing.moc"
