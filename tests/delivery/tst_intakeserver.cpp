#include "IntakeTestSupport.h"
#include "delivery/IntakeToken.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <QLoggingCategory>
#include <QTest>

using namespace relais;
using namespace relais::intaketest;

// POST /v1/events end to end: what is accepted, what is refused and how,
// the token, the listening policy.
class tst_IntakeServer final : public QObject, private IntakeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("relais.intake.info=false"));
    }

    void init() { setUp(); }
    void cleanup() { QVERIFY(tearDown()); }

    void aGoodEventIsAcceptedOnceTheSinkHasStoredIt()
    {
        QVERIFY(startServer());
        QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(m_server->port() != 0);

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_server->port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server->token());
        std::unique_ptr<QNetworkReply> reply(network.post(request, eventBody()));
        QTRY_VERIFY(reply->isFinished());

        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(m_sink->events.size(), 1);
        const Event &event = m_sink->events.first();
        QVERIFY(event.id.startsWith(QStringLiteral("evt_")));
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), event.id);
        QCOMPARE(answer.value(QStringLiteral("duplicate")).toBool(true), false);
        QCOMPARE(answer.value(QStringLiteral("matched")).toArray(),
                 QJsonArray{QStringLiteral("Commandes Dokos")});
        QCOMPARE(event.type, QStringLiteral("Sales Order.on_update"));
        QCOMPARE(event.resource, QStringLiteral("Sales Order"));
        QCOMPARE(event.data.value(QStringLiteral("name")).toString(),
                 QStringLiteral("SAL-ORD-0001"));
        QCOMPARE(event.source, QStringLiteral("intake"));
        QVERIFY(qAbs(event.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void theAnswerWaitsForTheSink()
    {
        QVERIFY(startServer());
        m_sink->mode = FakeSink::Mode::Hold;
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        client.send(postRequest(eventBody(), m_server->token()));
        QTRY_COMPARE(m_sink->held(), 1);

        HttpReply reply;
        QVERIFY2(!client.read(&reply, 300), "answered before the event was stored");
        m_sink->release();
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), m_sink->events.first().id);
    }

    void aClientIdIsKeptAndItsRepeatIsADuplicate()
    {
        QVERIFY(startServer());
        const QByteArray body =
            "{\"type\": \"respondent.saved\", \"id\": \"resp-42\", \"occurredAt\": "
            "\"2024-05-01T09:30:00+02:00\", \"data\": {\"score\": 7}}";
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());

        HttpReply first;
        client.send(postRequest(body, m_server->token()));
        QVERIFY(client.read(&first));
        QCOMPARE(first.status, 202);
        QCOMPARE(first.json().value(QStringLiteral("id")).toString(), QStringLiteral("resp-42"));
        QCOMPARE(first.json().value(QStringLiteral("duplicate")).toBool(true), false);

        HttpReply again;
        client.send(postRequest(body, m_server->token()));
        QVERIFY(client.read(&again));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("id")).toString(), QStringLiteral("resp-42"));
        QCOMPARE(again.json().value(QStringLiteral("duplicate")).toBool(), true);

        QCOMPARE(m_sink->events.size(), 2);
        QCOMPARE(m_sink->events.first().occurredAt,
                 QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC));
        QCOMPARE(m_sink->events.first().resource, QString());
    }

    void badBodiesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{\"type\": ") << QStringLiteral("JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[{\"type\": \"a\"}]") << QStringLiteral("object");
        QTest::newRow("no type") << QByteArray("{\"data\": {}}") << QStringLiteral("type");
        QTest::newRow("empty type") << QByteArray("{\"type\": \"  \"}") << QStringLiteral("type");
        QTest::newRow("type not a string") << QByteArray("{\"type\": 3}") << QStringLiteral("type");
        QTest::newRow("data not an object")
            << QByteArray("{\"type\": \"a\", \"data\": [1]}") << QStringLiteral("data");
        QTest::newRow("bad occurredAt")
            << QByteArray("{\"type\": \"a\", \"occurredAt\": \"yesterday\"}")
            << QStringLiteral("occurredAt");
        QTest::newRow("empty id") << QByteArray("{\"type\": \"a\", \"id\": \"\"}")
                                  << QStringLiteral("id");
    }

    void badBodiesAreRefusedWithAMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QVERIFY(startServer());
        const HttpReply reply = roundTrip(postRequest(body, m_server->token()));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QString error = reply.json().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(mentions), qUtf8Printable(error));
        QVERIFY(m_sink->events.isEmpty());
    }

    void aMissingOrWrongTokenIsRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong") << QByteArray("Bearer not-the-token");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz");
    }

    void aMissingOrWrongTokenIsRefused()
    {
        QFETCH(QByteArray, authorization);
        QVERIFY(startServer());
        QByteArray request = "POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                             QByteArray::number(eventBody().size()) + "\r\n";
        if (!authorization.isEmpty())
            request += "Authorization: " + authorization + "\r\n";
        const HttpReply reply = roundTrip(request + "\r\n" + eventBody());
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(!reply.json().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!reply.body.contains(m_server->token()));
        QVERIFY(m_sink->events.isEmpty());
    }

    void theTokenSchemeIsCaseInsensitive()
    {
        QVERIFY(startServer());
        QByteArray request = postRequest(eventBody(), QByteArray());
        request.replace(QByteArray("\r\n\r\n"),
                        QByteArray("\r\nauthorization: bearer " + m_server->token() + "\r\n\r\n"));
        QCOMPARE(roundTrip(request).status, 202);
    }

    void anOversizeBodyIsRefusedFromItsHead()
    {
        QVERIFY(startServer());
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        // Only the head and a little of the body: the refusal must not wait for the rest.
        const qint64 declared = 1024 * 1024 + 1;
        client.send("POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                    m_server->token() + "\r\nContent-Length: " + QByteArray::number(declared) +
                    "\r\n\r\n{\"type\": \"big\", \"data\": {\"pad\": \"");
        HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 413);
        QVERIFY(!reply.json().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(reply.header("Connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
        QVERIFY(m_sink->events.isEmpty());
    }

    void anOversizeBodySentInFullGetsTheRefusal()
    {
        QVERIFY(startServer());
        QByteArray body = "{\"type\": \"big\", \"data\": {\"pad\": \"";
        body += QByteArray(1024 * 1024 + 1 - body.size() - 3, 'x') + "\"}}";
        QCOMPARE(body.size(), 1024 * 1024 + 1);

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_server->port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server->token());
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QVERIFY(m_sink->events.isEmpty());
    }

    void otherPathsAndMethodsAreNotFound()
    {
        QVERIFY(startServer());
        const HttpReply get = roundTrip("GET /v1/events HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("Allow"), QByteArray("POST"));
        QVERIFY(!get.json().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(roundTrip(postRequest(eventBody(), m_server->token(), "/v1/event")).status, 404);
        QCOMPARE(roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n").status, 404);
        QVERIFY(m_sink->events.isEmpty());
    }

    void aSinkFailureIsReportedAs503()
    {
        QVERIFY(startServer());
        m_sink->mode = FakeSink::Mode::Fail;
        const HttpReply reply = roundTrip(postRequest(eventBody(), m_server->token()));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("The database is read-only."));
    }

    void theTokenIsGeneratedOnceAndKept()
    {
        QCOMPARE(m_secrets->size(), 0);
        QString error;
        const QByteArray token = IntakeToken::current(*m_secrets, &error);
        QVERIFY2(!token.isEmpty(), qUtf8Printable(error));
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(QByteArray::fromBase64Encoding(token, QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors));
        QCOMPARE(m_secrets->read(IntakeToken::secretKey()).value, token);
        QCOMPARE(IntakeToken::current(*m_secrets, &error), token);
        QCOMPARE(m_secrets->size(), 1);

        QVERIFY(startServer());
        QCOMPARE(m_server->token(), token);
    }

    void aRegeneratedTokenReplacesTheOldOne()
    {
        QVERIFY(startServer());
        const QByteArray old = m_server->token();
        QCOMPARE(roundTrip(postRequest(eventBody(), old)).status, 202);

        QString error;
        QVERIFY2(m_server->regenerateToken(&error), qUtf8Printable(error));
        const QByteArray fresh = m_server->token();
        QVERIFY(fresh != old);
        QCOMPARE(m_secrets->read(IntakeToken::secretKey()).value, fresh);
        QCOMPARE(roundTrip(postRequest(eventBody(), old)).status, 401);
        QCOMPARE(roundTrip(postRequest(eventBody(), fresh)).status, 202);
        QCOMPARE(m_sink->events.size(), 2);
    }

    void aLockedKeychainKeepsTheEndpointClosed()
    {
        m_secrets->setLocked(true);
        IntakeOptions options;
        options.port = 0;
        QString error;
        QVERIFY(!m_server->start(options, &error));
        QVERIFY(!m_server->isListening());
        QVERIFY2(error.contains(QStringLiteral("keychain is locked")), qUtf8Printable(error));
        QVERIFY(m_server->token().isEmpty());
    }

    void onlyLoopbackAddressesAreAllowedByDefault_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowNonLoopback");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false << false;
        QTest::newRow(":: (any)") << QStringLiteral("::") << false << false;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << false << true;
        QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << false << true;
        QTest::newRow("::1") << QStringLiteral("::1") << false << true;
        QTest::newRow("10.0.0.1 allowed") << QStringLiteral("10.0.0.1") << true << true;
        QTest::newRow("0.0.0.0 allowed") << QStringLiteral("0.0.0.0") << true << true;
        QTest::newRow("no address") << QString() << true << false;
    }

    void onlyLoopbackAddressesAreAllowedByDefault()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowNonLoopback);
        QFETCH(bool, allowed);
        QCOMPARE(IntakeServer::addressAllowed(QHostAddress(address), allowNonLoopback), allowed);
    }

    void aNonLoopbackAddressIsRefusedBeforeBinding()
    {
        // The policy is checked before anything is bound: nothing listens on 0.0.0.0 here.
        IntakeOptions options;
        options.address = QHostAddress(QHostAddress::AnyIPv4);
        options.port = 0;
        QString error;
        QVERIFY(!m_server->start(options, &error));
        QVERIFY(!m_server->isListening());
        QVERIFY2(error.contains(QStringLiteral("0.0.0.0")), qUtf8Printable(error));
        QVERIFY2(error.contains(QStringLiteral("loopback")), qUtf8Printable(error));
    }

    void aBusyPortIsReported()
    {
        QVERIFY(startServer());
        FakeSink otherSink;
        IntakeServer other(otherSink, *m_secrets);
        IntakeOptions options;
        options.port = m_server->port();
        QString error;
        QVERIFY(!other.start(options, &error));
        QVERIFY(!other.isListening());
        QVERIFY2(error.contains(QString::number(options.port)), qUtf8Printable(error));
    }

    void aFloodOfBadTokensDoesNotBlockGoodEvents()
    {
        QVERIFY(startServer());
        constexpr int kConnections = 4;
        constexpr int kRounds = 25;
        // Per round and connection, pipelined: five bad requests around one good one.
        const QList<int> expected{401, 401, 202, 401, 401, 401};
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < kConnections; ++i) {
            clients.push_back(std::make_unique<RawClient>(m_server->port()));
            QVERIFY(clients.back()->waitConnected());
        }
        const QByteArray bad =
            postRequest(eventBody(), "wrong-token-wrong-token-wrong-token-wrong-t");
        int badAnswered = 0;
        for (int round = 0; round < kRounds; ++round) {
            for (auto &client : clients) {
                QByteArray batch;
                for (int status : expected)
                    batch += status == 202 ? postRequest(eventBody(), m_server->token()) : bad;
                client->send(batch);
            }
            for (auto &client : clients) {
                for (int status : expected) {
                    HttpReply reply;
                    QVERIFY(client->read(&reply));
                    QCOMPARE(reply.status, status);
                    badAnswered += status == 401;
                }
            }
        }
        QCOMPARE(badAnswered, 500);
        QCOMPARE(m_sink->events.size(), kConnections * kRounds);
        QSet<QString> ids;
        for (const Event &event : std::as_const(m_sink->events))
            ids.insert(event.id);
        QCOMPARE(ids.size(), kConnections * kRounds);
        // Nothing piled up: the same connections, still open.
        QCOMPARE(m_server->connectionCount(), kConnections);
    }
};

QTEST_GUILESS_MAIN(tst_IntakeServer)
#include "tst_intakeserver.moc"
