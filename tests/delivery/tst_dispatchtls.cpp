#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"
#include "TestCertificate.h"

#include "secrets/MemorySecretStore.h"

#include <QFile>

using namespace relais;
using namespace relais::test;

// The TLS policies against a loopback HTTPS server with a self-signed
// certificate made for the test.
class tst_DispatchTls final : public QObject
{
    Q_OBJECT

private:
    TestCertificate m_cert;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<DeliveryEngine> m_engine;

    // Sends one event to a webhook set up by `adjust`; returns the delivery's detail once final.
    std::optional<DeliveryDetail> deliverWith(const std::function<void(Webhook &)> &adjust)
    {
        Webhook w = webhookFor(m_server->url());
        w.retrySchedule = {0};
        adjust(w);
        if (!insertWebhook(*m_db, w))
            return std::nullopt;
        const auto result =
            submitAndWait(m_engine->sink(), eventOf(QStringLiteral("order.created")));
        if (!result || !result->accepted)
            return std::nullopt;
        const QString id = deliveriesOf(*m_db, w.id).value(0).delivery.id;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            const DeliveryState s = stateOf(*m_db, id);
            if (s == DeliveryState::Succeeded || s == DeliveryState::Exhausted)
                break;
            QTest::qWait(20);
        }
        return detailOf(*m_db, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        m_cert = TestCertificate::make();
        QVERIFY2(m_cert.isValid(), qPrintable(m_cert.error));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        discardTestDatabase(m_dir);
        m_db = openDatabase(m_dir);
        QVERIFY(m_db);
        m_server = std::make_unique<ScriptedHttpServer>();
        m_server->useTls(m_cert.certificate, m_cert.key);
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

    void aSelfSignedCertificateIsRefusedWithAClearError()
    {
        const auto d = deliverWith([](Webhook &) {});
        QVERIFY(d);
        QCOMPARE(d->summary.delivery.state, DeliveryState::Exhausted);
        QCOMPARE(d->attempts.size(), 1);
        QCOMPARE(d->attempts.first().attempt.responseStatus, 0);
        QVERIFY2(d->attempts.first().attempt.error.contains(
                     QStringLiteral("TLS: certificate is self-signed")),
                 qPrintable(d->attempts.first().attempt.error));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void verificationCanBeTurnedOff()
    {
        const auto d = deliverWith([](Webhook &w) { w.verifyTls = false; });
        QVERIFY(d);
        QCOMPARE(d->summary.delivery.state, DeliveryState::Succeeded);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void thePinnedCertificateIsTrusted()
    {
        const QString pin = m_cert.sha256Hex();
        const auto d = deliverWith([pin](Webhook &w) { w.pinnedCertSha256 = pin; });
        QVERIFY(d);
        QCOMPARE(d->summary.delivery.state, DeliveryState::Succeeded);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void anotherPinIsRefused()
    {
        const QString other = QString::fromLatin1(
            QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256).toHex());
        const auto d = deliverWith([other](Webhook &w) { w.pinnedCertSha256 = other; });
        QVERIFY(d);
        QCOMPARE(d->summary.delivery.state, DeliveryState::Exhausted);
        QVERIFY2(d->attempts.first().attempt.error.contains(QStringLiteral("pinned")),
                 qPrintable(d->attempts.first().attempt.error));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DispatchTls)
#include "tst_dispatchtls.moc"
