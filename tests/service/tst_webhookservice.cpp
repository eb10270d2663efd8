// Saving webhooks with their secrets, and rotating a signing secret.
#include "core/Event.h"
#include "delivery/RequestBuilder.h"
#include "payload/PayloadEngine.h"
#include "secrets/MemorySecretStore.h"
#include "service/WebhookService.h"
#include "signing/SignatureVerifier.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class tst_WebhookService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    PayloadEngine m_engine;

    Webhook standardWebhook()
    {
        Webhook w;
        w.name = QStringLiteral("Rotation %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        w.url = QStringLiteral("https://hooks.example/in");
        w.eventPatterns = {QStringLiteral("*")};
        w.signing = SigningScheme::StandardWebhooks;
        return w;
    }

    // Signs one attempt at `when` and says which secrets verify it.
    QList<bool> verifiedBy(const Webhook &w, const QList<QByteArray> &secrets, qint64 when)
    {
        Event e;
        e.id = Event::newId();
        e.type = QStringLiteral("insert_row");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        RequestBuilder builder(m_engine, m_secrets);
        RequestSnapshot request;
        PayloadError error;
        if (!builder.render(w, e, &request, &error))
            return {};
        RequestBuilder::AttemptProblem problem{};
        QString why;
        if (!builder.prepareAttempt(w, QStringLiteral("msg_rot"), when, &request, &problem, &why))
            return {};
        QList<bool> result;
        for (const QByteArray &secret : secrets) {
            result << SignatureVerifier::verify(SigningScheme::StandardWebhooks, w.hmac, secret,
                                                request.headers, request.body, when)
                          .valid;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_db = Database::openSqliteFile(m_dir.filePath(QStringLiteral("s.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void anUnusableEncryptionKeyIsRefusedAtSave()
    {
        WebhookService service(*m_db, m_secrets);
        Webhook w = standardWebhook();
        w.signing = SigningScheme::None;
        w.encryptFields = {QStringLiteral("data.email")};
        // Looks like a key block, but GnuPG finds no key in it.
        w.encryptionPublicKey = QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
                                               "bm90IGEga2V5\n=AAAA\n"
                                               "-----END PGP PUBLIC KEY BLOCK-----\n");
        QVERIFY(w.validate().isEmpty()); // only GnuPG can tell
        ServiceError error;
        QVERIFY(!service.create(w, std::nullopt, &error));
        QCOMPARE(error.kind, ServiceError::Kind::Validation);
        QVERIFY2(error.message.contains(QStringLiteral("key")), qPrintable(error.message));
        QString dbError;
        QVERIFY(!WebhookRepository(*m_db).find(w.id, &dbError));
    }

    void bothSecretsSignDuringTheOverlapAndOnlyTheNewOneAfter()
    {
        WebhookService service(*m_db, m_secrets);
        Webhook w = standardWebhook();
        const QByteArray oldSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const QByteArray newSecret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
        ServiceError error;
        QVERIFY2(service.create(w, oldSecret, &error), qPrintable(error.message));
        const QString oldKey = w.secrets.first().key;

        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY2(service.rotateSigningSecret(w, newSecret, until, &error),
                 qPrintable(error.message));
        QString dbError;
        const Webhook stored = *WebhookRepository(*m_db).find(w.id, &dbError);
        QCOMPARE(stored.secrets.size(), 2);
        QCOMPARE(stored.secrets.first().key, oldKey);
        QCOMPARE(m_secrets.read(oldKey).value, oldSecret); // still there for the overlap

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(verifiedBy(stored, {oldSecret, newSecret}, now), (QList<bool>{true, true}));
        const qint64 after = until.toSecsSinceEpoch() + 1;
        QCOMPARE(verifiedBy(stored, {oldSecret, newSecret}, after), (QList<bool>{false, true}));
    }

    void aRotationNeedsAFutureOverlapAndASigningScheme()
    {
        WebhookService service(*m_db, m_secrets);
        Webhook w = standardWebhook();
        ServiceError error;
        QVERIFY(service.create(w, QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), &error));
        QVERIFY(!service.rotateSigningSecret(w, "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                                             QDateTime::currentDateTimeUtc().addSecs(-1), &error));
        QCOMPARE(error.kind, ServiceError::Kind::Validation);

        Webhook plain = standardWebhook();
        plain.signing = SigningScheme::None;
        QVERIFY(service.create(plain, std::nullopt, &error));
        QVERIFY(!service.rotateSigningSecret(plain, "x", QDateTime::currentDateTimeUtc().addDays(1),
                                             &error));
    }

    void aLockedKeychainLeavesTheWebhookAsItWas()
    {
        WebhookService service(*m_db, m_secrets);
        Webhook w = standardWebhook();
        ServiceError error;
        QVERIFY(service.create(w, QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), &error));
        const int entries = m_secrets.size();
        m_secrets.setLocked(true);
        QVERIFY(!service.rotateSigningSecret(w, "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                                             QDateTime::currentDateTimeUtc().addDays(1), &error));
        m_secrets.setLocked(false);
        QCOMPARE(error.kind, ServiceError::Kind::Runtime);
        QString dbError;
        QCOMPARE(WebhookRepository(*m_db).find(w.id, &dbError)->secrets.size(), 1);
        QCOMPARE(m_secrets.size(), entries);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookService)
#include "tst_webhookservice.moc"
