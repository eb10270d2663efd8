#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "../payload/GpgTestSupport.h"

#include "secrets/MemorySecretStore.h"
#include "signing/SignatureVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace relais;
using namespace relais::test;

namespace {

const QByteArray kSecret = QByteArrayLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QString kRestricted = QStringLiteral("data.answers[?classification==\"restricted\"].value");

// What ngSurvey posts when a respondent is saved: one answer is restricted.
Event surveyResponse()
{
    const QJsonObject respondent{{QStringLiteral("id"), QStringLiteral("r-17")},
                                 {QStringLiteral("surveyId"), QStringLiteral("s-3")}};
    const QJsonArray answers{
        QJsonObject{{QStringLiteral("answerId"), QStringLiteral("a1")},
                    {QStringLiteral("value"), QStringLiteral("Blue")},
                    {QStringLiteral("classification"), QStringLiteral("public")}},
        QJsonObject{{QStringLiteral("answerId"), QStringLiteral("a2")},
                    {QStringLiteral("value"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189")},
                    {QStringLiteral("classification"), QStringLiteral("restricted")}}};
    return eventOf(QStringLiteral("respondent.saved"),
                   QJsonObject{{QStringLiteral("respondent"), respondent},
                               {QStringLiteral("answers"), answers}});
}

} // namespace

class tst_FieldEncryption final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GpgTestHome> m_gpg;
    QString m_publicKey;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<DeliveryEngine> m_engine;

    Webhook encryptingWebhook(const QString &publicKey)
    {
        Webhook w = webhookFor(m_server->url(), QStringLiteral("ngSurvey"));
        w.id = QUuid::createUuid();
        w.signing = SigningScheme::StandardWebhooks;
        const QString key = w.newSigningSecretKey();
        w.secrets = {{key, {}}};
        [&] {
            QVERIFY(m_secrets.write(key, kSecret).ok());
        }();
        // Deliveries belong to a stored webhook.
        [&] {
            QVERIFY(insertWebhook(*m_db, w));
        }();
        w.encryptFields = {kRestricted};
        w.encryptionPublicKey = publicKey;
        return w;
    }

    TestResult sendTest(const Webhook &w)
    {
        std::optional<TestResult> result;
        m_engine->sendTest(w, surveyResponse(), [&result](const TestResult &r) { result = r; });
        QElapsedTimer waited;
        waited.start();
        while (!result && waited.elapsed() < 60000)
            QTest::qWait(10);
        return result.value_or(TestResult{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gpg = std::make_unique<GpgTestHome>();
        QVERIFY(m_gpg->isValid());
        QString error;
        QVERIFY2(m_gpg->generateKey(QStringLiteral("Receiver <receiver@example.org>"),
                                    QStringLiteral("future-default"), QStringLiteral("default"),
                                    &error),
                 qPrintable(error));
        m_publicKey = m_gpg->exportPublicKey(QStringLiteral("receiver@example.org"));
        QVERIFY(m_publicKey.startsWith(QLatin1String("-----BEGIN PGP PUBLIC KEY BLOCK-----")));
    }

    void cleanupTestCase() { m_gpg.reset(); }

    void init()
    {
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
        m_engine = std::make_unique<DeliveryEngine>(*m_db, m_secrets, fastOptions());
        m_engine->start();
    }

    void cleanup()
    {
        m_engine.reset();
        m_server->stop();
        m_server.reset();
        m_db.reset();
    }

    void theReceiverGetsCiphertextThatDecryptsAndASignatureOverIt()
    {
        const Webhook w = encryptingWebhook(m_publicKey);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const TestResult result = sendTest(w);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest sent = m_server->requests().first();

        // The restricted answer travels encrypted, and only it.
        QVERIFY(!sent.body.contains("FR76"));
        QVERIFY(sent.body.contains("\"Blue\""));
        const QJsonArray answers = QJsonDocument::fromJson(sent.body)
                                       .object()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("answers"))
                                       .toArray();
        const QString cipher = answers.at(1).toObject().value(QLatin1String("value")).toString();
        QVERIFY(cipher.startsWith(QLatin1String("-----BEGIN PGP MESSAGE-----")));
        QByteArray plain;
        QString error;
        QVERIFY2(m_gpg->decrypt(cipher.toLatin1(), &plain, &error), qPrintable(error));
        QCOMPARE(plain, QByteArray("FR76 3000 6000 0112 3456 7890 189"));

        // The signature covers the bytes received, ciphertext included.
        const Verification v = SignatureVerifier::verify(SigningScheme::StandardWebhooks, w.hmac,
                                                         kSecret, sent.headers, sent.body, before);
        QVERIFY2(v.valid, qPrintable(v.reason));

        // What Relais keeps (the snapshot and the attempt) holds no clear value.
        const auto detail = detailOf(*m_db, result.deliveryId);
        QVERIFY(detail);
        QCOMPARE(detail->attempts.size(), 1);
        QCOMPARE(detail->attempts.first().attempt.request.body, sent.body);
    }

    void aKeyGnuPGCannotUseFailsTheDeliveryInsteadOfSendingItInClear()
    {
        const Webhook w = encryptingWebhook(
            QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n"
                           "-----END PGP PUBLIC KEY BLOCK-----\n"));
        const TestResult result = sendTest(w);
        QVERIFY(!result.sent);
        QVERIFY2(result.error.contains(QLatin1String("encrypted")), qPrintable(result.error));
        QVERIFY(!result.deliveryId.isEmpty());

        QVERIFY(m_engine->flush(std::chrono::milliseconds(10000)));
        const auto detail = detailOf(*m_db, result.deliveryId);
        QVERIFY(detail);
        QCOMPARE(detail->summary.delivery.state, DeliveryState::Failed);
        QCOMPARE(detail->summary.delivery.lastError, result.error);
        QVERIFY(detail->attempts.isEmpty());
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aLiveDeliveryOfAStoredWebhookIsEncrypted()
    {
        Webhook w = webhookFor(m_server->url(), QStringLiteral("ngSurvey live"));
        w.encryptFields = {kRestricted};
        w.encryptionPublicKey = m_publicKey;
        QVERIFY(insertWebhook(*m_db, w));
        const auto submitted = submitAndWait(m_engine->sink(), surveyResponse());
        QVERIFY(submitted && submitted->accepted);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 30000);
        const QByteArray body = m_server->requests().first().body;
        QVERIFY(!body.contains("FR76"));
        QVERIFY(body.contains("BEGIN PGP MESSAGE"));
    }
};

QTEST_GUILESS_MAIN(tst_FieldEncryption)
#include "tst_fieldencryption.moc"
