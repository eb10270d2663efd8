#include "IntakeTestSupport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace relais;
using namespace relais::intaketest;

// How connections are handled: body limit boundary, 100-continue, chunked
// bodies, answer order with pipelining, idle connections, clients that leave,
// the connection and pending-event caps.
class tst_IntakeConnection final : public QObject, private IntakeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("relais.intake.info=false"));
    }

    void init() { setUp(); }
    void cleanup() { QVERIFY(tearDown()); }

    void aBodyOfExactlyTheLimitIsAccepted()
    {
        QVERIFY(startServer());
        QByteArray body = "{\"type\": \"big\", \"data\": {\"pad\": \"";
        body += QByteArray(1024 * 1024 - body.size() - 3, 'x') + "\"}}";
        QCOMPARE(body.size(), 1024 * 1024);
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.send(postRequest(body, m_server->token()));
        HttpReply reply;
        QVERIFY(client.read(&reply, 10000));
        QCOMPARE(reply.status, 202);
        QCOMPARE(m_sink->events.size(), 1);
    }

    void aClientExpecting100ContinueIsToldToGoOn()
    {
        QVERIFY(startServer());
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        QByteArray request = postRequest(eventBody(), m_server->token());
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        client.send(request.first(headEnd) + "\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(client.readRaw(5000), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send(request.sliced(headEnd + 4));
        HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 202);
        QCOMPARE(client.readRaw(100), QByteArray()); // no second interim answer
    }

    void aChunkedBodyIsRefused()
    {
        QVERIFY(startServer());
        const HttpReply reply =
            roundTrip("POST /v1/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                      "Authorization: Bearer " +
                      m_server->token() + "\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
        QCOMPARE(reply.status, 411);
        QVERIFY(m_sink->events.isEmpty());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QVERIFY(startServer());
        m_sink->mode = FakeSink::Mode::Hold;
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        // The good request's answer comes late; the refusals after it must wait for it.
        client.send(postRequest(eventBody(), m_server->token()) + postRequest(eventBody(), "bad") +
                    "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(m_sink->held(), 1);
        HttpReply reply;
        QVERIFY2(!client.read(&reply, 300), "a later request was answered first");
        m_sink->release();
        for (int status : {202, 401, 404}) {
            QVERIFY(client.read(&reply));
            QCOMPARE(reply.status, status);
        }
    }

    void anIdleConnectionIsClosedButOneAwaitingTheSinkIsNot()
    {
        IntakeOptions options;
        options.idleTimeout = std::chrono::milliseconds(200);
        QVERIFY(startServer(options));
        m_sink->mode = FakeSink::Mode::Hold;
        RawClient idle(m_server->port());
        RawClient waiting(m_server->port());
        QVERIFY(idle.waitConnected());
        QVERIFY(waiting.waitConnected());
        idle.send("POST /v1/events HTTP/1.1\r\nHost: x\r\n"); // half a head, then nothing
        waiting.send(postRequest(eventBody(), m_server->token()));
        QTRY_COMPARE(m_sink->held(), 1);

        QVERIFY(idle.waitClosed(3000));
        HttpReply reply;
        QVERIFY(!waiting.read(&reply, 500));
        QCOMPARE(waiting.socket().state(), QAbstractSocket::ConnectedState);
        m_sink->release();
        QVERIFY(waiting.read(&reply));
        QCOMPARE(reply.status, 202);
        QTRY_COMPARE(m_server->connectionCount(), 0); // idle again, then closed
    }

    void anAnswerForAClientThatLeftIsDropped()
    {
        QVERIFY(startServer());
        m_sink->mode = FakeSink::Mode::Hold;
        {
            RawClient client(m_server->port());
            QVERIFY(client.waitConnected());
            client.send(postRequest(eventBody(), m_server->token()));
            QTRY_COMPARE(m_sink->held(), 1);
        } // the client leaves before the event is stored
        QTRY_COMPARE(m_server->connectionCount(), 0);
        m_sink->release();

        m_sink->mode = FakeSink::Mode::Accept;
        QCOMPARE(roundTrip(postRequest(eventBody(), m_server->token())).status, 202);
    }

    void anAnswerAfterStopIsDropped()
    {
        QVERIFY(startServer());
        m_sink->mode = FakeSink::Mode::Hold;
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.send(postRequest(eventBody(), m_server->token()));
        QTRY_COMPARE(m_sink->held(), 1);
        m_server->stop();
        QVERIFY(client.waitClosed());
        m_sink->release();

        // A restarted server is not hampered by the old run's pending event.
        IntakeOptions options;
        options.maxPendingEvents = 1;
        QVERIFY(startServer(options));
        m_sink->mode = FakeSink::Mode::Accept;
        QCOMPARE(roundTrip(postRequest(eventBody(), m_server->token())).status, 202);
    }

    void eventsBeyondThePendingCapAreDeferred()
    {
        IntakeOptions options;
        options.maxPendingEvents = 2;
        QVERIFY(startServer(options));
        m_sink->mode = FakeSink::Mode::Hold;
        RawClient first(m_server->port());
        RawClient second(m_server->port());
        QVERIFY(first.waitConnected());
        QVERIFY(second.waitConnected());
        first.send(postRequest(eventBody(), m_server->token()));
        second.send(postRequest(eventBody(), m_server->token()));
        QTRY_COMPARE(m_sink->held(), 2);

        const HttpReply third = roundTrip(postRequest(eventBody(), m_server->token()));
        QCOMPARE(third.status, 503);
        QCOMPARE(third.header("Retry-After"), QByteArray("1"));
        QCOMPARE(m_sink->events.size(), 2);

        m_sink->release();
        HttpReply reply;
        QVERIFY(first.read(&reply));
        QCOMPARE(reply.status, 202);
        m_sink->mode = FakeSink::Mode::Accept;
        QCOMPARE(roundTrip(postRequest(eventBody(), m_server->token())).status, 202);
    }

    void connectionsBeyondTheCapAreTurnedAway()
    {
        IntakeOptions options;
        options.maxConnections = 2;
        QVERIFY(startServer(options));
        auto first = std::make_unique<RawClient>(m_server->port());
        RawClient second(m_server->port());
        QVERIFY(first->waitConnected());
        QVERIFY(second.waitConnected());
        QTRY_COMPARE(m_server->connectionCount(), 2);

        RawClient third(m_server->port());
        HttpReply reply;
        QVERIFY(third.read(&reply));
        QCOMPARE(reply.status, 503);
        QVERIFY(third.waitClosed());

        first.reset();
        QTRY_COMPARE(m_server->connectionCount(), 1);
        RawClient fourth(m_server->port());
        QVERIFY(fourth.waitConnected());
        fourth.send(postRequest(eventBody(), m_server->token()));
        QVERIFY(fourth.read(&reply));
        QCOMPARE(reply.status, 202);
    }
};

QTEST_GUILESS_MAIN(tst_IntakeConnection)
#include "tst_intakeconnection.moc"
