#include "GpgTestSupport.h"

#include "core/Webhook.h"
#include "payload/FieldEncryptor.h"
#include "payload/JsonPath.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

// An ngSurvey-like body: a respondent and answers, one of them classified
// "restricted". Spacing and member order are deliberate: they must survive.
const QByteArray kBody = QByteArrayLiteral(
    "{\"respondent\": {\"id\": \"r-17\", \"email\": \"ana@example.org\", \"timeToEnd\": 42},\n"
    " \"answers\": [\n"
    "  {\"answerId\": \"a1\", \"value\": \"Blue\", \"classification\": \"public\"},\n"
    "  {\"answerId\": \"a2\", \"value\": \"Diab\xc3\xa8te de type 2\", "
    "\"classification\": \"restricted\"},\n"
    "  {\"answerId\": \"a3\", \"value\": \"7\", \"classification\": \"internal\"}\n"
    " ],\n"
    " \"querystring\": \"src=mail\"}");

const QString kRestricted = QStringLiteral("answers[?classification==\"restricted\"].value");

bool isArmoredMessage(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.startsWith(QLatin1String("-----BEGIN PGP MESSAGE-----")) &&
           s.trimmed().endsWith(QLatin1String("-----END PGP MESSAGE-----"));
}

} // namespace

class tst_FieldEncryptor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_fakeHome; // stands in for the user's home: must stay empty
    std::unique_ptr<GpgTestHome> m_gpg;
    QString m_publicKey;
    QString m_signOnlyKey;

    QByteArray encrypted(const QStringList &paths)
    {
        FieldEncryptor encryptor;
        QByteArray out;
        QString error;
        const bool ok = encryptor.encrypt(kBody, paths, m_publicKey, &out, &error);
        [&] {
            QVERIFY2(ok, qPrintable(error));
        }();
        return ok ? out : QByteArray();
    }

    QByteArray decrypted(const QJsonValue &v)
    {
        QByteArray plain;
        QString error;
        const bool ok = m_gpg->decrypt(v.toString().toLatin1(), &plain, &error);
        [&] {
            QVERIFY2(ok, qPrintable(error));
        }();
        return plain;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Whatever GPGME does must not reach the user's keyring.
        QVERIFY(m_fakeHome.isValid());
        qputenv("HOME", QFile::encodeName(m_fakeHome.path()));
        qunsetenv("GNUPGHOME");

        m_gpg = std::make_unique<GpgTestHome>();
        QVERIFY(m_gpg->isValid());
        QString error;
        QVERIFY2(m_gpg->generateKey(QStringLiteral("Receiver <receiver@example.org>"),
                                    QStringLiteral("future-default"), QStringLiteral("default"),
                                    &error),
                 qPrintable(error));
        QVERIFY2(m_gpg->generateKey(QStringLiteral("Signer <signer@example.org>"),
                                    QStringLiteral("ed25519"), QStringLiteral("sign"), &error),
                 qPrintable(error));
        m_publicKey = m_gpg->exportPublicKey(QStringLiteral("receiver@example.org"));
        m_signOnlyKey = m_gpg->exportPublicKey(QStringLiteral("signer@example.org"));
        QVERIFY(m_publicKey.startsWith(QLatin1String("-----BEGIN PGP PUBLIC KEY BLOCK-----")));
        QVERIFY(m_signOnlyKey.startsWith(QLatin1String("-----BEGIN PGP PUBLIC KEY BLOCK-----")));
    }

    void cleanupTestCase()
    {
        m_gpg.reset(); // stops its agent
        QVERIFY2(
            QDir(m_fakeHome.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            "something was written to the user's home (~/.gnupg?)");
    }

    void chosenFieldsAreEncryptedAndDecryptToTheOriginal()
    {
        const QByteArray out = encrypted({QStringLiteral("respondent.email"), kRestricted,
                                          QStringLiteral("respondent.timeToEnd")});
        QVERIFY(!out.isEmpty());
        QVERIFY(!out.contains("ana@example.org"));
        QVERIFY(!out.contains("Diab"));

        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const QJsonObject respondent = json.value(QLatin1String("respondent")).toObject();
        const QJsonArray answers = json.value(QLatin1String("answers")).toArray();
        QVERIFY(isArmoredMessage(respondent.value(QLatin1String("email"))));
        QVERIFY(isArmoredMessage(respondent.value(QLatin1String("timeToEnd"))));
        QVERIFY(isArmoredMessage(answers.at(1).toObject().value(QLatin1String("value"))));

        // Strings encrypt as their text, other values as their JSON text.
        QCOMPARE(decrypted(respondent.value(QLatin1String("email"))),
                 QByteArray("ana@example.org"));
        QCOMPARE(decrypted(answers.at(1).toObject().value(QLatin1String("value"))),
                 QByteArray("Diab\xc3\xa8te de type 2"));
        QCOMPARE(decrypted(respondent.value(QLatin1String("timeToEnd"))), QByteArray("42"));

        // Everything else is untouched, byte for byte.
        QVERIFY(out.startsWith("{\"respondent\": {\"id\": \"r-17\", \"email\": \"-----BEGIN PGP"));
        QVERIFY(out.endsWith(" ],\n \"querystring\": \"src=mail\"}"));
        QCOMPARE(respondent.value(QLatin1String("id")).toString(), QStringLiteral("r-17"));
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("Blue"));
        QCOMPARE(answers.at(2).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("7"));
    }

    void theFilterPicksOnlyRestrictedAnswers()
    {
        const QByteArray out = encrypted({kRestricted});
        QCOMPARE(out.count("-----BEGIN PGP MESSAGE-----"), 1);
        const QJsonArray answers =
            QJsonDocument::fromJson(out).object().value(QLatin1String("answers")).toArray();
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("Blue"));
        QVERIFY(isArmoredMessage(answers.at(1).toObject().value(QLatin1String("value"))));
        QCOMPARE(answers.at(2).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("7"));
        QVERIFY(out.contains("ana@example.org"));
    }

    void anObjectEncryptsAsCompactJsonAndItsInnerPathsOnce()
    {
        const QByteArray out =
            encrypted({QStringLiteral("respondent.email"), QStringLiteral("respondent")});
        QCOMPARE(out.count("-----BEGIN PGP MESSAGE-----"), 1);
        const QJsonValue respondent =
            QJsonDocument::fromJson(out).object().value(QLatin1String("respondent"));
        QCOMPARE(decrypted(respondent),
                 QByteArray("{\"id\":\"r-17\",\"email\":\"ana@example.org\",\"timeToEnd\":42}"));
    }

    void aWildcardEncryptsEveryAnswer()
    {
        const QByteArray out = encrypted({QStringLiteral("answers[*].value")});
        QCOMPARE(out.count("-----BEGIN PGP MESSAGE-----"), 3);
        const QJsonArray answers =
            QJsonDocument::fromJson(out).object().value(QLatin1String("answers")).toArray();
        QCOMPARE(decrypted(answers.at(2).toObject().value(QLatin1String("value"))),
                 QByteArray("7"));
    }

    void aPathMatchingNothingLeavesTheBodyUnchanged()
    {
        const QByteArray out =
            encrypted({QStringLiteral("respondent.phone"), QStringLiteral("answers[9].value"),
                       QStringLiteral("answers[?classification==\"secret\"].value"),
                       QStringLiteral("querystring.deeper")});
        QCOMPARE(out, kBody);
    }

    void anUnusableKeyIsAnErrorAndNoBodyIsReturned_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("no encryption key");
        QTest::newRow("garbage") << QStringLiteral(
                                        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n"
                                        "-----END PGP PUBLIC KEY BLOCK-----\n")
                                 << QStringLiteral("encryption key");
        QTest::newRow("sign-only") << QString() << QStringLiteral("no encryption subkey");
    }

    void anUnusableKeyIsAnErrorAndNoBodyIsReturned()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        if (QByteArray(QTest::currentDataTag()) == "sign-only")
            key = m_signOnlyKey;
        FieldEncryptor encryptor;
        QByteArray out = "untouched";
        QString error;
        QVERIFY(!encryptor.encrypt(kBody, {kRestricted}, key, &out, &error));
        QCOMPARE(out, QByteArray("untouched"));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));

        QVERIFY(!FieldEncryptor::inspectKey(key, nullptr, &error));
    }

    void aBodyThatIsNotJsonIsAnError()
    {
        FieldEncryptor encryptor;
        QByteArray out;
        QString error;
        QVERIFY(!encryptor.encrypt("email=ana%40example.org", {QStringLiteral("email")},
                                   m_publicKey, &out, &error));
        QVERIFY2(error.contains(QLatin1String("JSON")), qPrintable(error));
        QVERIFY(out.isEmpty());
    }

    void theKeyIsImportedOnceAndReused()
    {
        FieldEncryptor encryptor;
        for (int i = 0; i < 3; ++i) {
            QByteArray out;
            QString error;
            QVERIFY2(encryptor.encrypt(kBody, {kRestricted}, m_publicKey, &out, &error),
                     qPrintable(error));
            QVERIFY(!out.contains("Diab"));
        }
    }

    void inspectKeyDescribesAUsableKey()
    {
        FieldEncryptor::KeyInfo info;
        QString error;
        QVERIFY2(FieldEncryptor::inspectKey(m_publicKey, &info, &error), qPrintable(error));
        QCOMPARE(info.fingerprint.size(), 40);
        QVERIFY(info.userIds.contains(QStringLiteral("Receiver <receiver@example.org>")));
        QVERIFY(!info.expires.isValid());
    }

    void pathSyntax_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *path, bool valid) {
            QTest::newRow(path) << QString::fromUtf8(path) << valid;
        };
        row("respondent.email", true);
        row("$.respondent.email", true);
        row("answers[0].value", true);
        row("answers[-1].value", true);
        row("answers[*].value", true);
        row("answers[?classification==\"restricted\"].value", true);
        row("answers[?meta.level == 2]", true);
        row("answers[?done==true]", true);
        row("[\"key.with.dots\"].x", true);
        row("Sales Order.name", true);
        row("", false);
        row("$", false);
        row("a..b", false);
        row(".a", false);
        row("a.", false);
        row("a[", false);
        row("a[x]", false);
        row("a]", false);
        row("a.[0]", false);
        row("a[0]b", false);
        row("a[?b=\"x\"]", false);
        row("a[?b==]", false);
        row("a[?==1]", false);
        row("a[?b=={\"c\":1}]", false);
        row("a[\"unclosed]", false);
    }

    void pathSyntax()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(JsonPath::parse(path, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void validationRefusesWhatCannotBeEncrypted()
    {
        const auto fields = [](const Webhook &w) {
            QStringList names;
            for (const FieldError &e : w.validate())
                names << e.field;
            return names;
        };
        Webhook w;
        w.name = QStringLiteral("ngSurvey");
        w.url = QStringLiteral("https://example.org/hook");
        w.eventPatterns = {QStringLiteral("*")};
        QVERIFY(w.validate().isEmpty());

        w.encryptFields = {kRestricted};
        QCOMPARE(fields(w), QStringList{QStringLiteral("encryptionKey")});
        w.encryptionPublicKey = QStringLiteral("ssh-ed25519 AAAA…");
        QCOMPARE(fields(w), QStringList{QStringLiteral("encryptionKey")});
        w.encryptionPublicKey = QStringLiteral(
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\nxx\n-----END PGP PRIVATE KEY BLOCK-----");
        QCOMPARE(fields(w), QStringList{QStringLiteral("encryptionKey")});
        w.encryptionPublicKey = m_publicKey;
        QVERIFY(w.validate().isEmpty());

        w.bodyMode = BodyMode::Form;
        w.formFields = {{QStringLiteral("email"), QStringLiteral("doc.email")}};
        QCOMPARE(fields(w), QStringList{QStringLiteral("encryptFields")});
        w.bodyMode = BodyMode::Raw;
        w.bodyTemplate = QStringLiteral("{{ doc.email }}");
        QCOMPARE(fields(w), QStringList{QStringLiteral("encryptFields")});
    }

    void checkReportsBadPathsAndUnusableKeys()
    {
        Webhook w;
        w.encryptFields = {kRestricted, QStringLiteral("answers[")};
        w.encryptionPublicKey = m_signOnlyKey;
        const FieldErrors errors = FieldEncryptor::check(w);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, QStringLiteral("encryptFields"));
        QCOMPARE(errors.at(1).field, QStringLiteral("encryptionKey"));

        w.encryptFields = {kRestricted};
        w.encryptionPublicKey = m_publicKey;
        QVERIFY(FieldEncryptor::check(w).isEmpty());
    }

    void theSettingsRoundTripThroughJsonAndAreOmittedWhenUnused()
    {
        Webhook w;
        w.name = QStringLiteral("ngSurvey");
        QJsonObject json = w.toJson();
        QVERIFY(!json.contains(QLatin1String("encryptFields")));
        QVERIFY(!json.contains(QLatin1String("encryptionPublicKey")));

        w.encryptFields = {QStringLiteral("respondent.email"), kRestricted};
        w.encryptionPublicKey = m_publicKey;
        json = w.toJson();
        FieldErrors errors;
        const Webhook back = Webhook::fromJson(json, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.encryptFields, w.encryptFields);
        QCOMPARE(back.encryptionPublicKey, m_publicKey);
    }
};

QTEST_GUILESS_MAIN(tst_FieldEncryptor)
#include "tst_fieldencryptor.moc"
