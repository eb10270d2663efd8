// The built-in inbox receives what the real delivery engine sends, checks
// the signature of every scheme Relais signs with, and answers as scripted.
#include "EngineTestSupport.h"
#include "IntakeTestSupport.h"

#include "delivery/InboxServer.h"
#include "delivery/InboxVerdict.h"
#include "secrets/MemorySecretStore.h"
#include "signing/Signer.h"
#include "storage/InboxRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using namespace relais::test;

Q_DECLARE_METATYPE(relais::SigningScheme)

class tst_Inbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<InboxServer> m_inbox;
    std::unique_ptr<DeliveryEngine> m_engine;

    // A webhook aimed at the inbox `name`, signing with `secret` under `scheme`.
    Webhook aimedAt(const QString &name, SigningScheme scheme, const QByteArray &secret)
    {
        Webhook w = webhookFor(m_inbox->urlFor(name), QStringLiteral("Inbox ") + name);
        w.id = QUuid::createUuid();
        w.signing = scheme;
        if (scheme != SigningScheme::None) {
            const QString key = w.newSigningSecretKey();
            w.secrets = {{key, {}}};
            [&] {
                QVERIFY(m_secrets.write(key, secret).ok());
            }();
        }
        return w;
    }

    QString deliverOne(const Webhook &w)
    {
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        if (!result || !result->accepted)
            return {};
        const QList<DeliverySummary> rows = deliveriesOf(*m_db, w.id);
        return rows.isEmpty() ? QString() : rows.first().delivery.id;
    }

    QList<InboxRequest> received(const QString &name)
    {
        QString error;
        return InboxRepository(*m_db).requests(name, 0, &error);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        QString error;
        QVERIFY2(InboxRepository(*m_db).ensure(QStringLiteral("demo"), &error), qPrintable(error));
        m_inbox = std::make_unique<InboxServer>(*m_db, m_secrets);
        QVERIFY2(m_inbox->start(InboxOptions{}, &error), qPrintable(error));
        QVERIFY(m_inbox->port() != 0);
    }

    void cleanup()
    {
        m_engine.reset();
        m_inbox->stop();
        QVERIFY(!m_inbox->isListening());
        m_inbox.reset();
        m_db.reset();
    }

    void everySchemeRelaisSignsWithIsValid_data()
    {
        QTest::addColumn<SigningScheme>("scheme");
        QTest::newRow("standard-webhooks") << SigningScheme::StandardWebhooks;
        QTest::newRow("github") << SigningScheme::GitHub;
        QTest::newRow("frappe") << SigningScheme::Frappe;
        QTest::newRow("stripe") << SigningScheme::Stripe;
        QTest::newRow("seatable") << SigningScheme::SeaTable;
        QTest::newRow("decsys") << SigningScheme::Decsys;
        QTest::newRow("custom-hmac") << SigningScheme::Hmac;
    }

    void everySchemeRelaisSignsWithIsValid()
    {
        QFETCH(SigningScheme, scheme);
        Webhook w = aimedAt(QStringLiteral("demo"), scheme, Signer::generateSecret(scheme));
        QVERIFY(insertWebhook(*m_db, w));
        QSignalSpy spy(m_inbox.get(), &InboxServer::requestReceived);
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
        m_engine->start();

        const QString id = deliverOne(w);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("demo"));

        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 1);
        const InboxRequest &r = requests.first();
        QCOMPARE(spy.first().at(1).toLongLong(), r.id);
        QCOMPARE(r.verdict, InboxVerdict::valid());
        QCOMPARE(r.webhookId, w.id);
        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.path, QStringLiteral("/inbox/demo"));
        QCOMPARE(r.answeredStatus, 200);
        QCOMPARE(r.source, QStringLiteral("127.0.0.1"));
        QVERIFY(r.body.contains("order.created"));
        const auto detail = detailOf(*m_db, id);
        QVERIFY(detail);
        QCOMPARE(detail->attempts.last().attempt.request.body, r.body);
    }

    void aWrongSecretIsReportedAsSuch()
    {
        Webhook w = aimedAt(QStringLiteral("demo"), SigningScheme::GitHub, "the-receiver-secret");
        QVERIFY(insertWebhook(*m_db, w));
        // Signed properly, but with another secret than the webhook's.
        const QByteArray body = R"({"type":"order.created"})";
        SigningInput input{"msg_1", QDateTime::currentSecsSinceEpoch(), body};
        HeaderList headers;
        QString error;
        QVERIFY2(Signer::sign(SigningScheme::GitHub, HmacOptions(), {"another-secret"}, input,
                              &headers, &error),
                 qPrintable(error));
        QByteArray request = "POST /inbox/demo HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &[name, value] : std::as_const(headers))
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        intaketest::RawClient client(m_inbox->port());
        QVERIFY(client.waitConnected());
        client.send(request);
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);

        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().verdict, InboxVerdict::wrongSecret());
        QVERIFY(!requests.first().verdictDetail.isEmpty());
        QCOMPARE(requests.first().webhookId, w.id);
        QCOMPARE(requests.first().body, body);
    }

    void aChangedBodyIsToldFromAWrongSecret()
    {
        const QByteArray secret = "the-shared-secret";
        Webhook w = aimedAt(QStringLiteral("demo"), SigningScheme::GitHub, secret);
        QVERIFY(insertWebhook(*m_db, w));
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
        m_engine->start();
        const QString id = deliverOne(w);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        m_engine->stop();

        // The delivery replayed with its genuine signature, but another body.
        const QByteArray sentBody = detailOf(*m_db, id)->attempts.last().attempt.request.body;
        SigningInput input{id.toUtf8(), QDateTime::currentSecsSinceEpoch(), sentBody};
        HeaderList headers;
        QString error;
        QVERIFY(
            Signer::sign(SigningScheme::GitHub, HmacOptions(), {secret}, input, &headers, &error));
        const QByteArray changed = QByteArray(sentBody).replace("order.created", "order.deleted");
        QVERIFY(changed != sentBody);
        QByteArray request =
            "POST /inbox/demo HTTP/1.1\r\nHost: 127.0.0.1\r\nwebhook-id: " + id.toUtf8() + "\r\n";
        for (const auto &[name, value] : std::as_const(headers))
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(changed.size()) + "\r\n\r\n" + changed;
        intaketest::RawClient client(m_inbox->port());
        QVERIFY(client.waitConnected());
        client.send(request);
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));

        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().verdict, InboxVerdict::bodyChanged());
        QCOMPARE(requests.last().verdict, InboxVerdict::valid());
    }

    void anOldSignatureIsAStaleTimestampAndCredentialsAreNotStored()
    {
        const QByteArray secret = Signer::generateSecret(SigningScheme::StandardWebhooks);
        Webhook w = aimedAt(QStringLiteral("demo"), SigningScheme::StandardWebhooks, secret);
        QVERIFY(insertWebhook(*m_db, w));
        const QByteArray body = "{}";
        // Signed ten minutes ago: beyond the five minutes of tolerance.
        SigningInput input{"msg_old", QDateTime::currentSecsSinceEpoch() - 600, body};
        HeaderList headers;
        QString error;
        QVERIFY2(Signer::sign(SigningScheme::StandardWebhooks, HmacOptions(), {secret}, input,
                              &headers, &error),
                 qPrintable(error));
        QByteArray request = "POST /inbox/demo HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Authorization: Bearer hunter2-token\r\n";
        for (const auto &[name, value] : std::as_const(headers))
            request += name + ": " + value + "\r\n";
        request += "Content-Length: 2\r\n\r\n" + body;
        intaketest::RawClient client(m_inbox->port());
        QVERIFY(client.waitConnected());
        client.send(request);
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));

        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().verdict, InboxVerdict::staleTimestamp());
        bool redacted = false;
        for (const auto &[name, value] : requests.first().headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                redacted = !value.contains("hunter2");
        }
        QVERIFY(redacted);
    }

    void anUnsignedRequestHasItsSignatureMissing()
    {
        Webhook w = aimedAt(QStringLiteral("demo"), SigningScheme::StandardWebhooks,
                            Signer::generateSecret(SigningScheme::StandardWebhooks));
        QVERIFY(insertWebhook(*m_db, w));
        intaketest::RawClient client(m_inbox->port());
        QVERIFY(client.waitConnected());
        client.send("PUT /inbox/demo?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                    "\r\n{}");
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));
        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().verdict, InboxVerdict::signatureMissing());
        QCOMPARE(requests.first().method, QStringLiteral("PUT"));
        QCOMPARE(requests.first().path, QStringLiteral("/inbox/demo?x=1"));
    }

    void failingTheFirstTwoTimesTakesThreeAttempts()
    {
        Inbox script;
        script.name = QStringLiteral("demo");
        script.failFirst = 2;
        script.failStatus = 503;
        QString error;
        QVERIFY2(InboxRepository(*m_db).setScript(script, &error), qPrintable(error));
        Webhook w = aimedAt(QStringLiteral("demo"), SigningScheme::None, {});
        w.retrySchedule = {0, 0, 0};
        QVERIFY(insertWebhook(*m_db, w));
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
        m_engine->start();

        const QString id = deliverOne(w);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_db, id), DeliveryState::Succeeded, 30000);
        const auto detail = detailOf(*m_db, id);
        QVERIFY(detail);
        QCOMPARE(detail->attempts.size(), 3);
        QCOMPARE(detail->attempts.at(0).attempt.responseStatus, 503);
        QCOMPARE(detail->attempts.at(1).attempt.responseStatus, 503);
        QCOMPARE(detail->attempts.at(2).attempt.responseStatus, 200);

        const QList<InboxRequest> requests = received(QStringLiteral("demo"));
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.first().answeredStatus, 200);
        QCOMPARE(requests.last().answeredStatus, 503);
        QCOMPARE(requests.first().verdict, InboxVerdict::notSigned());
    }

    void anUnknownInboxIs404()
    {
        intaketest::RawClient client(m_inbox->port());
        QVERIFY(client.waitConnected());
        client.send("POST /inbox/nobody HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                    "\r\n{}");
        intaketest::HttpReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("nobody")));
        QCOMPARE(reply.json().value(QStringLiteral("inbox")).toString(), QStringLiteral("nobody"));
        QVERIFY(received(QStringLiteral("nobody")).isEmpty());
    }

    void theUrlOfAWebhookNamesItsInbox()
    {
        QCOMPARE(InboxServer::inboxOfUrl(QStringLiteral("http://127.0.0.1:9/inbox/demo")),
                 QStringLiteral("demo"));
        QCOMPARE(InboxServer::inboxOfUrl(QStringLiteral("http://localhost/inbox/a-b")),
                 QStringLiteral("a-b"));
        QVERIFY(InboxServer::inboxOfUrl(QStringLiteral("http://example.org/inbox/demo")).isEmpty());
        QVERIFY(InboxServer::inboxOfUrl(QStringLiteral("http://127.0.0.1/hook")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Inbox)
#include "tst_inbox.moc"
