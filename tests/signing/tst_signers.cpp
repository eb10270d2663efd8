#include "signing/Signer.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace relais;

namespace {

// What a scheme signs, spelled out here independently of the signer.
enum class Signed
{
    Body,
    IdTimestampBody,
    TimestampBody
};

const QByteArray kMessageId = "msg_2Z1Sd6rMYkxXwUEvXq1d9jRfO3A";
const qint64 kTimestamp = 1700000000;

// Unicode, CR LF and a trailing newline: bytes a careless signer would mangle.
QByteArray awkwardBody()
{
    return QStringLiteral("{\"name\":\"Zoë — café ☕ 日本\",\n\"note\":\"line one\r\nline two\"}\n")
        .toUtf8();
}

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[n, value] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HeaderList signOrFail(SigningScheme scheme, const QList<QByteArray> &secrets,
                      const SigningInput &input, const HmacOptions &options = {})
{
    HeaderList out;
    QString error;
    if (!Signer::sign(scheme, options, secrets, input, &out, &error))
        qWarning("sign failed: %s", qPrintable(error));
    return out;
}

} // namespace

class TestSigners final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardWebhooksVectors_data();
    void standardWebhooksVectors();
    void gitHubVector();
    void stripeVector();
    void convoyStyleCustomHmacVector();
    void everySchemeAgreesWithOpenssl_data();
    void everySchemeAgreesWithOpenssl();
    void standardWebhooksSignsWithEverySecretNewestFirst();
    void stripeCarriesOneSignaturePerSecret();
    void singleSignatureSchemesUseTheNewestSecret();
    void noneAddsNoHeaders();
    void unusableInputIsRefusedWithAReason_data();
    void unusableInputIsRefusedWithAReason();
    void generatedSecretsHaveTheSchemeFormat_data();
    void generatedSecretsHaveTheSchemeFormat();

private:
    // HMAC by the openssl command-line tool, an implementation independent of Qt's.
    static QByteArray opensslHmac(const QString &digest, const QByteArray &key,
                                  const QByteArray &content, QString *error);
};

void TestSigners::standardWebhooksVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("spec example") << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                                  << QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJek")
                                  << qint64(1614265330) << QByteArray(R"({"test": 2432232314})")
                                  << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    QTest::newRow("user payload") << QByteArray("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD")
                                  << QByteArray("msg_27UH4WbU6Z5A5EzD8u03UvzRbpk")
                                  << qint64(1649367553)
                                  << QByteArray(
                                         R"({"email":"test@example.com","username":"test_user"})")
                                  << QByteArray("v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=");
}

void TestSigners::standardWebhooksVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, id);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);

    const HeaderList headers =
        signOrFail(SigningScheme::StandardWebhooks, {secret}, {id, timestamp, body});
    QCOMPARE(headers.size(), 3);
    QCOMPARE(header(headers, "webhook-id"), id);
    QCOMPARE(header(headers, "webhook-timestamp"), QByteArray::number(timestamp));
    QCOMPARE(header(headers, "webhook-signature"), signature);
}

void TestSigners::gitHubVector()
{
    const HeaderList headers = signOrFail(SigningScheme::GitHub, {"It's a Secret to Everybody"},
                                          {kMessageId, kTimestamp, "Hello, World!"});
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArray("X-Hub-Signature-256"));
    QCOMPARE(headers.first().second,
             QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
}

void TestSigners::stripeVector()
{
    const HeaderList headers =
        signOrFail(SigningScheme::Stripe, {"whsec_test_secret"},
                   {kMessageId, 1492774577, R"({"id":"evt_test_webhook","object":"event"})"});
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArray("Stripe-Signature"));
    QCOMPARE(headers.first().second,
             QByteArray("t=1492774577,"
                        "v1=88a022085c6bdb887b02cb26ff76dd681234d9675c0f22844059f55552a8883a"));
}

void TestSigners::convoyStyleCustomHmacVector()
{
    HmacOptions convoy;
    convoy.headerName = QStringLiteral("X-Convoy-Signature");
    const HeaderList headers = signOrFail(
        SigningScheme::Hmac, {"convoy-webhook-secret"},
        {kMessageId, kTimestamp, R"({"event":"charge.success","amount":1000,"currency":"NGN"})"},
        convoy);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().first, QByteArray("X-Convoy-Signature"));
    QCOMPARE(headers.first().second,
             QByteArray("244449b7f48cbc2709060c9dcdc2b3aa47a78f540430579015c579fb12defbb4"));
}

QByteArray TestSigners::opensslHmac(const QString &digest, const QByteArray &key,
                                    const QByteArray &content, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command-line tool is not installed; it checks the "
                                "signers independently (install it: make deps)");
        return {};
    }
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("dgst"), QLatin1Char('-') + digest, QStringLiteral("-mac"),
                   QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                   QStringLiteral("hexkey:") + QString::fromLatin1(key.toHex()),
                   QStringLiteral("-binary")});
    process.write(content);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") +
                 QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
        return {};
    }
    return process.readAllStandardOutput();
}

void TestSigners::everySchemeAgreesWithOpenssl_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<HmacOptions>("options");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("base64");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<Signed>("content");

    const QByteArray stripePrefix = "t=" + QByteArray::number(kTimestamp) + ",v1=";
    const QString sha256 = QStringLiteral("sha256");
    QTest::newRow("standard-webhooks")
        << SigningScheme::StandardWebhooks << HmacOptions() << QByteArray("webhook-signature")
        << sha256 << true << QByteArray("v1,") << Signed::IdTimestampBody;
    QTest::newRow("github") << SigningScheme::GitHub << HmacOptions()
                            << QByteArray("X-Hub-Signature-256") << sha256 << false
                            << QByteArray("sha256=") << Signed::Body;
    QTest::newRow("frappe") << SigningScheme::Frappe << HmacOptions()
                            << QByteArray("X-Frappe-Webhook-Signature") << sha256 << true
                            << QByteArray() << Signed::Body;
    QTest::newRow("stripe") << SigningScheme::Stripe << HmacOptions()
                            << QByteArray("Stripe-Signature") << sha256 << false << stripePrefix
                            << Signed::TimestampBody;
    QTest::newRow("seatable") << SigningScheme::SeaTable << HmacOptions()
                              << QByteArray("X-SeaTable-Signature") << sha256 << false
                              << QByteArray("sha256=") << Signed::Body;
    QTest::newRow("decsys") << SigningScheme::Decsys << HmacOptions()
                            << QByteArray("X-Decsys-Signature") << sha256 << true << QByteArray()
                            << Signed::Body;
    QTest::newRow("hmac sha256 hex body")
        << SigningScheme::Hmac << HmacOptions() << QByteArray("X-Signature") << sha256 << false
        << QByteArray() << Signed::Body;

    HmacOptions sha512;
    sha512.headerName = QStringLiteral("X-Relais-Signature");
    sha512.algorithm = HmacOptions::Algorithm::Sha512;
    sha512.encoding = HmacOptions::Encoding::Base64;
    sha512.prefix = QStringLiteral("sha512=");
    sha512.content = HmacOptions::Content::IdTimestampBody;
    QTest::newRow("hmac sha512 base64 prefixed id.timestamp.body")
        << SigningScheme::Hmac << sha512 << QByteArray("X-Relais-Signature")
        << QStringLiteral("sha512") << true << QByteArray("sha512=") << Signed::IdTimestampBody;
}

void TestSigners::everySchemeAgreesWithOpenssl()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);
    QFETCH(QByteArray, headerName);
    QFETCH(QString, digest);
    QFETCH(bool, base64);
    QFETCH(QByteArray, prefix);
    QFETCH(Signed, content);

    const QByteArray body = awkwardBody();
    QList<QByteArray> secrets = {Signer::generateSecret(scheme), Signer::generateSecret(scheme)};
    if (scheme != SigningScheme::StandardWebhooks) // raw UTF-8 secrets, as a user may type them
        secrets.append(QStringLiteral("clé secrète ✓ %1")
                           .arg(QRandomGenerator::global()->generate())
                           .toUtf8());

    for (const QByteArray &secret : std::as_const(secrets)) {
        const QByteArray key = scheme == SigningScheme::StandardWebhooks
                                   ? QByteArray::fromBase64(secret.sliced(6))
                                   : secret;
        QByteArray signedBytes = body;
        if (content == Signed::IdTimestampBody)
            signedBytes = kMessageId + '.' + QByteArray::number(kTimestamp) + '.' + body;
        else if (content == Signed::TimestampBody)
            signedBytes = QByteArray::number(kTimestamp) + '.' + body;

        QString error;
        const QByteArray mac = opensslHmac(digest, key, signedBytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(mac.size(), digest == QLatin1String("sha512") ? 64 : 32);

        HeaderList headers;
        QVERIFY2(Signer::sign(scheme, options, {secret}, {kMessageId, kTimestamp, body}, &headers,
                              &error),
                 qPrintable(error));
        QCOMPARE(header(headers, headerName), prefix + (base64 ? mac.toBase64() : mac.toHex()));
        if (content == Signed::IdTimestampBody) {
            QCOMPARE(header(headers, "webhook-id"), kMessageId);
            QCOMPARE(header(headers, "webhook-timestamp"), QByteArray::number(kTimestamp));
        }
    }
}

void TestSigners::standardWebhooksSignsWithEverySecretNewestFirst()
{
    const QByteArray oldSecret = Signer::generateSecret(SigningScheme::StandardWebhooks);
    const QByteArray newSecret = Signer::generateSecret(SigningScheme::StandardWebhooks);
    const SigningInput input{kMessageId, kTimestamp, awkwardBody()};
    auto signatureWith = [&](const QList<QByteArray> &secrets) {
        return header(signOrFail(SigningScheme::StandardWebhooks, secrets, input),
                      "webhook-signature");
    };

    const QByteArrayList both = signatureWith({oldSecret, newSecret}).split(' ');
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0), signatureWith({newSecret}));
    QCOMPARE(both.at(1), signatureWith({oldSecret}));
    QVERIFY(both.at(0) != both.at(1));
}

void TestSigners::stripeCarriesOneSignaturePerSecret()
{
    const SigningInput input{kMessageId, kTimestamp, awkwardBody()};
    const QByteArray value = header(
        signOrFail(SigningScheme::Stripe, {"whsec_old", "whsec_new"}, input), "Stripe-Signature");
    const QByteArray newOnly =
        header(signOrFail(SigningScheme::Stripe, {"whsec_new"}, input), "Stripe-Signature");
    const QByteArray oldOnly =
        header(signOrFail(SigningScheme::Stripe, {"whsec_old"}, input), "Stripe-Signature");
    QCOMPARE(value, newOnly + ',' + oldOnly.sliced(oldOnly.indexOf(",v1=") + 1));
    QCOMPARE(value.count("v1="), 2);
}

void TestSigners::singleSignatureSchemesUseTheNewestSecret()
{
    const SigningInput input{kMessageId, kTimestamp, awkwardBody()};
    for (SigningScheme scheme :
         {SigningScheme::GitHub, SigningScheme::Frappe, SigningScheme::SeaTable,
          SigningScheme::Decsys, SigningScheme::Hmac}) {
        const HeaderList rotating = signOrFail(scheme, {"old secret", "new secret"}, input);
        QCOMPARE(rotating.size(), 1);
        QCOMPARE(rotating, signOrFail(scheme, {"new secret"}, input));
        QVERIFY(rotating != signOrFail(scheme, {"old secret"}, input));
    }
}

void TestSigners::noneAddsNoHeaders()
{
    HeaderList headers = {{"Content-Type", "application/json"}};
    QString error;
    QVERIFY(Signer::sign(SigningScheme::None, {}, {}, {kMessageId, kTimestamp, "{}"}, &headers,
                         &error));
    QCOMPARE(headers.size(), 1);
}

void TestSigners::unusableInputIsRefusedWithAReason_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<HmacOptions>("options");
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<QByteArray>("messageId");
    QTest::addColumn<QString>("reason");

    const QList<QByteArray> good = {"a secret"};
    QTest::newRow("no secret") << SigningScheme::GitHub << HmacOptions() << QList<QByteArray>()
                               << kMessageId << QStringLiteral("no active signing secret");
    QTest::newRow("empty secret") << SigningScheme::Stripe << HmacOptions() << QList<QByteArray>{""}
                                  << kMessageId << QStringLiteral("empty");
    QTest::newRow("not base64 after whsec_") << SigningScheme::StandardWebhooks << HmacOptions()
                                             << QList<QByteArray>{"whsec_not*base64!"} << kMessageId
                                             << QStringLiteral("not a Standard Webhooks secret");
    QTest::newRow("plain text secret for standard webhooks")
        << SigningScheme::StandardWebhooks << HmacOptions() << QList<QByteArray>{"my password"}
        << kMessageId << QStringLiteral("not a Standard Webhooks secret");
    QTest::newRow("standard webhooks without message id")
        << SigningScheme::StandardWebhooks << HmacOptions()
        << QList<QByteArray>{Signer::generateSecret(SigningScheme::StandardWebhooks)}
        << QByteArray() << QStringLiteral("message id");

    HmacOptions badName;
    badName.headerName = QStringLiteral("X Signature");
    QTest::newRow("custom header name with a space")
        << SigningScheme::Hmac << badName << good << kMessageId << QStringLiteral("X Signature");
    HmacOptions badPrefix;
    badPrefix.prefix = QStringLiteral("sha256=\r\nX-Injected: 1\r\n");
    QTest::newRow("custom prefix with a line break")
        << SigningScheme::Hmac << badPrefix << good << kMessageId << QStringLiteral("line breaks");
}

void TestSigners::unusableInputIsRefusedWithAReason()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QByteArray, messageId);
    QFETCH(QString, reason);

    const HeaderList before = {{"Content-Type", "application/json"}};
    HeaderList headers = before;
    QString error;
    QVERIFY(
        !Signer::sign(scheme, options, secrets, {messageId, kTimestamp, "{}"}, &headers, &error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(headers, before);
}

void TestSigners::generatedSecretsHaveTheSchemeFormat_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QString>("pattern");

    const QString hex64 = QStringLiteral("^[0-9a-f]{64}$");
    QTest::newRow("standard-webhooks")
        << SigningScheme::StandardWebhooks << QStringLiteral("^whsec_[A-Za-z0-9+/]{32}$");
    QTest::newRow("github") << SigningScheme::GitHub << hex64;
    QTest::newRow("frappe") << SigningScheme::Frappe << hex64;
    QTest::newRow("stripe") << SigningScheme::Stripe << hex64;
    QTest::newRow("seatable") << SigningScheme::SeaTable << hex64;
    QTest::newRow("decsys") << SigningScheme::Decsys << hex64;
    QTest::newRow("hmac") << SigningScheme::Hmac << hex64;
    QTest::newRow("none") << SigningScheme::None << QStringLiteral("^$");
}

void TestSigners::generatedSecretsHaveTheSchemeFormat()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QString, pattern);

    const QByteArray first = Signer::generateSecret(scheme);
    const QByteArray second = Signer::generateSecret(scheme);
    const QRegularExpression format(pattern);
    QVERIFY2(format.match(QString::fromLatin1(first)).hasMatch(), first.constData());
    QVERIFY2(format.match(QString::fromLatin1(second)).hasMatch(), second.constData());
    if (scheme == SigningScheme::None)
        return;
    QVERIFY(first != second);
    if (scheme == SigningScheme::StandardWebhooks)
        QCOMPARE(QByteArray::fromBase64(first.sliced(6)).size(), 24);

    HeaderList headers;
    QString error;
    QVERIFY2(Signer::sign(scheme, {}, {first}, {kMessageId, kTimestamp, "{}"}, &headers, &error),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSigners)
#include "tst_signers.moc"
