#include "storage/Database.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {

Webhook minimal(const QString &name)
{
    Webhook w;
    w.name = name;
    w.url = QStringLiteral("https://example.org/hook");
    w.eventPatterns = {QStringLiteral("*")};
    return w;
}

// Every field differs from a default Webhook (checked by the test).
Webhook fullyPopulated()
{
    Webhook w;
    w.id = QUuid::fromString(QStringLiteral("6f1c2b9e-4d1a-4c3e-9b7f-2a8d5e6f7a81"));
    w.name = QStringLiteral("Commandes Dokos — été ✓ 日本");
    w.description = QStringLiteral("Orders for the ERP.\nSecond line, with \"quotes\".");
    QString query;
    while (query.size() < 2048)
        query += QStringLiteral("k%1=v%1-_.~%2F&").arg(query.size());
    w.url = QStringLiteral("https://erp.example.org/api/v1/hook?") + query;
    w.method = HttpMethod::Patch;
    w.enabled = false;
    w.disabledReason = QStringLiteral("The receiver answered 410 Gone.");
    w.eventPatterns = {QStringLiteral("Sales Order.*"), QStringLiteral("respondent.saved")};
    w.resourceFilter = QStringLiteral("Sales Order");
    w.condition = QStringLiteral("doc.status == \"Open\" && doc.grand_total > 1000");
    w.headers = {
        {QStringLiteral("Authorization"), QStringLiteral("Bearer ") + QString(2048, u'x'), false},
        {QStringLiteral("X-Tenant"), QStringLiteral("été ☃"), false},
        {QStringLiteral("X-Api-Key"), QString(), true}};
    w.bodyMode = BodyMode::JsonTemplate;
    w.bodyTemplate = QStringLiteral("{\n  \"id\": \"{{ doc.name }}\",\n  \"note\": \"it's "
                                    "\\\"quoted\\\"\\ttab\",\n  \"emoji\": \"🚀\"\n}\n");
    w.formFields = {{QStringLiteral("name"), QStringLiteral("doc.name")},
                    {QStringLiteral("type"), QStringLiteral("event.type")}};
    w.contentType = QStringLiteral("application/vnd.api+json");
    w.signing = SigningScheme::Hmac;
    w.secrets = {{QStringLiteral("webhook/6f1c/signing/a"),
                  QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::LocalTime)},
                 {QStringLiteral("webhook/6f1c/signing/b"), QDateTime()}};
    w.hmac.headerName = QStringLiteral("X-Hub-Signature-512");
    w.hmac.algorithm = HmacOptions::Algorithm::Sha512;
    w.hmac.encoding = HmacOptions::Encoding::Base64;
    w.hmac.prefix = QStringLiteral("sha512=");
    w.hmac.content = HmacOptions::Content::IdTimestampBody;
    w.timeoutMs = 2500;
    w.retrySchedule = {1, 60, 3600};
    w.maxConcurrency = 16;
    w.rateLimitPerSecond = 25;
    w.verifyTls = false;
    w.pinnedCertSha256 = QString(64, u'a');
    w.followRedirects = true;
    w.autoDisableAfterFailures = 7;
    w.needsSecret = true;
    w.createdAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::LocalTime);
    w.updatedAt = w.createdAt;
    return w;
}

// Names the fields that differ, so a failure says what did not survive.
QString differences(const Webhook &a, const Webhook &b)
{
    const QJsonObject ja = a.toJson();
    const QJsonObject jb = b.toJson();
    QStringList keys;
    for (auto it = ja.begin(); it != ja.end(); ++it) {
        if (it.value() != jb.value(it.key()))
            keys << it.key();
    }
    if (keys.isEmpty() && !(a == b))
        keys << QStringLiteral("(a field toJson() does not show, such as a secret header value)");
    return keys.join(QLatin1String(", "));
}

#define COMPARE_WEBHOOKS(actual, expected)                                                         \
    QVERIFY2((actual) == (expected), qPrintable(differences((actual), (expected))))

} // namespace

// Storing and loading webhooks.
class TestWebhookRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        QString error;
        m_db = Database::open(test::testDatabaseUrl(*m_dir), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_repo.emplace(*m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theFixtureSetsEveryField()
    {
        const QJsonObject full = fullyPopulated().toJson();
        const QJsonObject defaults = Webhook().toJson();
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            QVERIFY2(full.value(it.key()) != it.value(), qPrintable(it.key()));
    }

    void aFullyPopulatedWebhookRoundTrips()
    {
        const Webhook original = fullyPopulated();
        Webhook w = original;
        QString error;
        QVERIFY2(m_repo->insert(w, &error), qPrintable(error));

        QCOMPARE(w.id, original.id); // a given id is kept
        QCOMPARE(w.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(w.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(w.updatedAt, w.createdAt);

        Webhook expected = original;
        expected.createdAt = w.createdAt;
        expected.updatedAt = w.updatedAt;
        COMPARE_WEBHOOKS(w, expected);

        const std::optional<Webhook> loaded = m_repo->find(w.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        COMPARE_WEBHOOKS(*loaded, expected);
        QCOMPARE(loaded->url, original.url);
        QCOMPARE(loaded->headers.at(0).value.size(), 2048 + 7);
        QCOMPARE(loaded->bodyTemplate, original.bodyTemplate);
        QCOMPARE(loaded->secrets.at(0).expiresAt, original.secrets.at(0).expiresAt);

        // Loaded again in another Database object: nothing is cached.
        QString openError;
        auto other = Database::open(m_db->url(), &openError);
        QVERIFY2(other, qPrintable(openError));
        COMPARE_WEBHOOKS(*WebhookRepository(*other).find(w.id, &error), expected);
    }

    void aSecretHeaderValueIsNeverStored()
    {
        Webhook w = minimal(QStringLiteral("secret"));
        w.headers = {{QStringLiteral("X-Api-Key"), QStringLiteral("s3cr3t-value"), true}};
        QString error;
        QVERIFY2(m_repo->insert(w, &error), qPrintable(error));
        QCOMPARE(m_repo->find(w.id, &error)->headers.at(0).value, QString());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT headers FROM webhooks")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("s3cr3t")));
    }

    void insertRefusesAnInvalidWebhook()
    {
        Webhook w = minimal(QString());
        w.url = QStringLiteral("ftp://example.org");
        QString error;
        QVERIFY(!m_repo->insert(w, &error));
        QCOMPARE(error, joinFieldErrors(w.validate()));
        QVERIFY(w.id.isNull());
        QVERIFY(m_repo->list(&error).isEmpty());
    }

    void updateStoresTheChangesAndKeepsCreatedAt()
    {
        Webhook w = minimal(QStringLiteral("Before"));
        QString error;
        QVERIFY2(m_repo->insert(w, &error), qPrintable(error));
        const QDateTime created = w.createdAt;
        QTest::qWait(5);

        Webhook changed = fullyPopulated();
        changed.id = w.id;
        changed.createdAt = QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC); // ignored
        QVERIFY2(m_repo->update(changed, &error), qPrintable(error));
        QCOMPARE(changed.createdAt, created);
        QVERIFY(changed.updatedAt > created);
        QCOMPARE(changed.updatedAt.timeSpec(), Qt::UTC);
        COMPARE_WEBHOOKS(*m_repo->find(w.id, &error), changed);

        Webhook missing = minimal(QStringLiteral("Ghost"));
        missing.id = QUuid::createUuid();
        QVERIFY(!m_repo->update(missing, &error));
        QVERIFY2(error.contains(missing.id.toString(QUuid::WithoutBraces)), qPrintable(error));
    }

    void removeDeletes()
    {
        Webhook a = minimal(QStringLiteral("a"));
        Webhook b = minimal(QStringLiteral("b"));
        QString error;
        QVERIFY(m_repo->insert(a, &error));
        QVERIFY(m_repo->insert(b, &error));
        QVERIFY2(m_repo->remove(a.id, &error), qPrintable(error));
        error.clear();
        QVERIFY(!m_repo->find(a.id, &error));
        QVERIFY2(error.isEmpty(), "not found is not an error");
        QVERIFY(m_repo->find(b.id, &error));
        QVERIFY(!m_repo->remove(a.id, &error));
        QVERIFY(!error.isEmpty());
    }

    void listIsOrderedByNameRegardlessOfCase()
    {
        QString error;
        for (const char *name : {"gamma", "Éclair", "beta", "Alpha"}) {
            Webhook w = minimal(QString::fromUtf8(name));
            QVERIFY2(m_repo->insert(w, &error), qPrintable(error));
        }
        QStringList names;
        for (const Webhook &w : m_repo->list(&error))
            names << w.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                     QStringLiteral("gamma"), QStringLiteral("Éclair")}));
    }

    void findByIdOrName()
    {
        Webhook w = minimal(QStringLiteral("Dokos orders"));
        Webhook other = minimal(QStringLiteral("SeaTable"));
        QString error;
        QVERIFY(m_repo->insert(w, &error));
        QVERIFY(m_repo->insert(other, &error));

        QCOMPARE(m_repo->findByIdOrName(w.id.toString(QUuid::WithoutBraces), &error)->id, w.id);
        QCOMPARE(m_repo->findByIdOrName(w.id.toString(), &error)->id, w.id);
        QCOMPARE(m_repo->findByIdOrName(QStringLiteral("Dokos orders"), &error)->id, w.id);
        QCOMPARE(m_repo->findByIdOrName(QStringLiteral("DOKOS ORDERS"), &error)->id, w.id);
        error.clear();
        QVERIFY(!m_repo->findByIdOrName(QStringLiteral("Decsys"), &error));
        QVERIFY(error.isEmpty());

        // A name that is another webhook's id cannot be resolved safely.
        Webhook confusing = minimal(w.id.toString(QUuid::WithoutBraces));
        QVERIFY2(m_repo->insert(confusing, &error), qPrintable(error));
        QVERIFY(!m_repo->findByIdOrName(w.id.toString(QUuid::WithoutBraces), &error));
        QVERIFY2(error.contains(QStringLiteral("use the id")), qPrintable(error));
    }

    void namesAreUniqueRegardlessOfCase()
    {
        Webhook a = minimal(QStringLiteral("Dokos"));
        Webhook e = minimal(QStringLiteral("Été"));
        QString error;
        QVERIFY(m_repo->insert(a, &error));
        QVERIFY(m_repo->insert(e, &error));

        Webhook dup = minimal(QStringLiteral("DOKOS"));
        QVERIFY(!m_repo->insert(dup, &error));
        QCOMPARE(error, QStringLiteral("A webhook named “DOKOS” already exists."));
        QVERIFY(dup.id.isNull());

        Webhook accented = minimal(QStringLiteral("ÉTÉ"));
        QVERIFY(!m_repo->insert(accented, &error));
        QCOMPARE(error, QStringLiteral("A webhook named “ÉTÉ” already exists."));

        Webhook renamed = a;
        renamed.name = QStringLiteral("été");
        QVERIFY(!m_repo->update(renamed, &error));
        QCOMPARE(error, QStringLiteral("A webhook named “été” already exists."));

        QVERIFY(m_repo->nameTaken(QStringLiteral(" dokos "), QUuid()));
        QVERIFY(!m_repo->nameTaken(QStringLiteral("dokos"), a.id));
        QVERIFY(!m_repo->nameTaken(QStringLiteral("Decsys"), QUuid()));
        QCOMPARE(m_repo->list(&error).size(), 2);
    }

    void insertAllIsAllOrNothing()
    {
        QList<Webhook> batch = {minimal(QStringLiteral("one")), minimal(QStringLiteral("two")),
                                minimal(QStringLiteral("three"))};
        batch[1].url.clear();
        QString error;
        QVERIFY(!m_repo->insertAll(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("Webhook 2 (“two”)")), qPrintable(error));
        QVERIFY(m_repo->list(&error).isEmpty());
        QVERIFY(batch[0].id.isNull());

        batch[1].url = QStringLiteral("https://example.org/two");
        batch[2].name = QStringLiteral("ONE");
        QVERIFY(!m_repo->insertAll(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
        QVERIFY(m_repo->list(&error).isEmpty());

        Webhook existing = minimal(QStringLiteral("three"));
        QVERIFY(m_repo->insert(existing, &error));
        batch[2].name = QStringLiteral("Three");
        QVERIFY(!m_repo->insertAll(batch, &error));
        QVERIFY2(error.contains(QStringLiteral("“Three” already exists")), qPrintable(error));
        QCOMPARE(m_repo->list(&error).size(), 1);

        batch[2].name = QStringLiteral("four");
        QVERIFY2(m_repo->insertAll(batch, &error), qPrintable(error));
        QCOMPARE(m_repo->list(&error).size(), 4);
        for (const Webhook &w : std::as_const(batch)) {
            QVERIFY(!w.id.isNull());
            COMPARE_WEBHOOKS(*m_repo->find(w.id, &error), w);
        }
    }

    void setEnabledRecordsAndClearsTheReason()
    {
        Webhook w = minimal(QStringLiteral("flaky"));
        QString error;
        QVERIFY(m_repo->insert(w, &error));
        QTest::qWait(5);
        QVERIFY2(
            m_repo->setEnabled(w.id, false, QStringLiteral("Failed 20 times in a row."), &error),
            qPrintable(error));
        std::optional<Webhook> loaded = m_repo->find(w.id, &error);
        QVERIFY(!loaded->enabled);
        QCOMPARE(loaded->disabledReason, QStringLiteral("Failed 20 times in a row."));
        QVERIFY(loaded->updatedAt > w.updatedAt);
        QCOMPARE(loaded->createdAt, w.createdAt);

        QVERIFY(m_repo->setEnabled(w.id, true, QStringLiteral("ignored"), &error));
        loaded = m_repo->find(w.id, &error);
        QVERIFY(loaded->enabled);
        QVERIFY(loaded->disabledReason.isEmpty());

        QVERIFY(!m_repo->setEnabled(QUuid::createUuid(), false, QString(), &error));
        QVERIFY(!error.isEmpty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<WebhookRepository> m_repo;
};

QTEST_GUILESS_MAIN(TestWebhookRepository)
#include "tst_webhookrepository.moc"
