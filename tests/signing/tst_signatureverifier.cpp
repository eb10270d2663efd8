#include "signing/SignatureVerifier.h"
#include "signing/Signer.h"
#include "signing/SigningPrimitives.h"

#include <QTest>

using namespace relais;
using Problem = Verification::Problem;

namespace {

const QByteArray kMessageId = "msg_2Z1Sd6rMYkxXwUEvXq1d9jRfO3A";
const qint64 kTimestamp = 1700000000;

QByteArray body()
{
    return QStringLiteral("{\"client\":\"Zoë\",\n\"total\":\"12 €\"}\n").toUtf8();
}

HmacOptions idTimestampHmac()
{
    HmacOptions o;
    o.headerName = QStringLiteral("X-Relais-Signature");
    o.algorithm = HmacOptions::Algorithm::Sha512;
    o.encoding = HmacOptions::Encoding::Base64;
    o.prefix = QStringLiteral("sha512=");
    o.content = HmacOptions::Content::IdTimestampBody;
    return o;
}

HeaderList signedHeaders(SigningScheme scheme, const HmacOptions &options,
                         const QList<QByteArray> &secrets, const QByteArray &signedBody = body())
{
    HeaderList headers;
    QString error;
    if (!Signer::sign(scheme, options, secrets, {kMessageId, kTimestamp, signedBody}, &headers,
                      &error))
        qWarning("sign failed: %s", qPrintable(error));
    return headers;
}

void setHeader(HeaderList *headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &[n, v] : *headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            v = value;
    }
}

HeaderList without(HeaderList headers, const QByteArray &name)
{
    headers.removeIf(
        [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    return headers;
}

} // namespace

class TestSignatureVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySchemeVerifiesItsOwnSignature_data();
    void everySchemeVerifiesItsOwnSignature();
    void unknownSecretIsReportedAsWrongSecret_data() { everySchemeVerifiesItsOwnSignature_data(); }
    void unknownSecretIsReportedAsWrongSecret();
    void changedBodyIsInvalid_data() { everySchemeVerifiesItsOwnSignature_data(); }
    void changedBodyIsInvalid();
    void standardWebhooksVectorVerifies();
    void rotationSignaturesEachVerifyWithTheirOwnSecret_data();
    void rotationSignaturesEachVerifyWithTheirOwnSecret();
    void staleTimestampIsRejectedWithTheReason_data();
    void staleTimestampIsRejectedWithTheReason();
    void missingHeaderIsNamed();
    void malformedHeadersAreReported_data();
    void malformedHeadersAreReported();
    void headerNamesMatchWhateverTheirCase();
    void secretThatIsNotStandardWebhooksIsUnusable();
    void constantTimeEqualsComparesEveryByte();
};

void TestSignatureVerifier::everySchemeVerifiesItsOwnSignature_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<HmacOptions>("options");

    QTest::newRow("standard-webhooks") << SigningScheme::StandardWebhooks << HmacOptions();
    QTest::newRow("github") << SigningScheme::GitHub << HmacOptions();
    QTest::newRow("frappe") << SigningScheme::Frappe << HmacOptions();
    QTest::newRow("stripe") << SigningScheme::Stripe << HmacOptions();
    QTest::newRow("seatable") << SigningScheme::SeaTable << HmacOptions();
    QTest::newRow("decsys") << SigningScheme::Decsys << HmacOptions();
    QTest::newRow("hmac default") << SigningScheme::Hmac << HmacOptions();
    QTest::newRow("hmac sha512 id.timestamp.body") << SigningScheme::Hmac << idTimestampHmac();
}

void TestSignatureVerifier::everySchemeVerifiesItsOwnSignature()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);

    const QByteArray secret = Signer::generateSecret(scheme);
    const HeaderList headers = signedHeaders(scheme, options, {secret});
    QVERIFY(!headers.isEmpty());
    const Verification v =
        SignatureVerifier::verify(scheme, options, secret, headers, body(), kTimestamp + 10);
    QVERIFY2(v.valid, qPrintable(v.reason));
    QCOMPARE(v.problem, Problem::None);
    QVERIFY(v.reason.isEmpty());
}

void TestSignatureVerifier::unknownSecretIsReportedAsWrongSecret()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);

    const HeaderList headers = signedHeaders(scheme, options, {Signer::generateSecret(scheme)});
    const Verification v = SignatureVerifier::verify(
        scheme, options, Signer::generateSecret(scheme), headers, body(), kTimestamp);
    QVERIFY(!v.valid);
    QCOMPARE(v.problem, Problem::Mismatch);
    QVERIFY2(v.reason.contains(QLatin1String("wrong secret")), qPrintable(v.reason));
}

void TestSignatureVerifier::changedBodyIsInvalid()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);

    const QByteArray secret = Signer::generateSecret(scheme);
    const HeaderList headers = signedHeaders(scheme, options, {secret});
    QByteArray changed = body();
    changed.replace("12", "13");
    const Verification v =
        SignatureVerifier::verify(scheme, options, secret, headers, changed, kTimestamp);
    QVERIFY(!v.valid);
    QCOMPARE(v.problem, Problem::Mismatch);
    // A trailing newline is part of the body too.
    QVERIFY(
        !SignatureVerifier::verify(scheme, options, secret, headers, body().chopped(1), kTimestamp)
             .valid);
}

void TestSignatureVerifier::standardWebhooksVectorVerifies()
{
    const HeaderList headers = {
        {"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
        {"webhook-timestamp", "1614265330"},
        {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}};
    const Verification v = SignatureVerifier::verify(
        SigningScheme::StandardWebhooks, {}, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", headers,
        R"({"test": 2432232314})", 1614265330);
    QVERIFY2(v.valid, qPrintable(v.reason));
}

void TestSignatureVerifier::rotationSignaturesEachVerifyWithTheirOwnSecret_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("separator");

    QTest::newRow("standard-webhooks")
        << SigningScheme::StandardWebhooks << QByteArray("webhook-signature") << QByteArray("v1,");
    QTest::newRow("stripe") << SigningScheme::Stripe << QByteArray("Stripe-Signature")
                            << QByteArray("v1=");
}

void TestSignatureVerifier::rotationSignaturesEachVerifyWithTheirOwnSecret()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, separator);

    const QByteArray oldSecret = Signer::generateSecret(scheme);
    const QByteArray newSecret = Signer::generateSecret(scheme);
    const HeaderList headers = signedHeaders(scheme, {}, {oldSecret, newSecret});
    QCOMPARE(headers.constLast().first, header);
    QCOMPARE(headers.constLast().second.count(separator), 2);

    for (const QByteArray &secret : {oldSecret, newSecret}) {
        const Verification v =
            SignatureVerifier::verify(scheme, {}, secret, headers, body(), kTimestamp);
        QVERIFY2(v.valid, qPrintable(v.reason));
    }
    const Verification stranger = SignatureVerifier::verify(
        scheme, {}, Signer::generateSecret(scheme), headers, body(), kTimestamp);
    QCOMPARE(stranger.problem, Problem::Mismatch);
    QVERIFY2(stranger.reason.contains(QLatin1String("wrong secret")), qPrintable(stranger.reason));
}

void TestSignatureVerifier::staleTimestampIsRejectedWithTheReason_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<HmacOptions>("options");

    QTest::newRow("standard-webhooks") << SigningScheme::StandardWebhooks << HmacOptions();
    QTest::newRow("stripe") << SigningScheme::Stripe << HmacOptions();
    QTest::newRow("hmac id.timestamp.body") << SigningScheme::Hmac << idTimestampHmac();
}

void TestSignatureVerifier::staleTimestampIsRejectedWithTheReason()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(HmacOptions, options);

    const QByteArray secret = Signer::generateSecret(scheme);
    const HeaderList headers = signedHeaders(scheme, options, {secret});
    auto verifyAt = [&](qint64 now) {
        return SignatureVerifier::verify(scheme, options, secret, headers, body(), now, 300);
    };

    QVERIFY(verifyAt(kTimestamp + 300).valid);
    QVERIFY(verifyAt(kTimestamp - 300).valid);

    const Verification late = verifyAt(kTimestamp + 301);
    QVERIFY(!late.valid);
    QCOMPARE(late.problem, Problem::StaleTimestamp);
    QVERIFY2(late.reason.contains(QLatin1String("stale")) &&
                 late.reason.contains(QLatin1String("301 seconds ago")) &&
                 late.reason.contains(QLatin1String("300 seconds")),
             qPrintable(late.reason));

    const Verification early = verifyAt(kTimestamp - 3600);
    QCOMPARE(early.problem, Problem::StaleTimestamp);
    QVERIFY2(early.reason.contains(QLatin1String("3600 seconds in the future")),
             qPrintable(early.reason));
}

void TestSignatureVerifier::missingHeaderIsNamed()
{
    const QByteArray swSecret = Signer::generateSecret(SigningScheme::StandardWebhooks);
    const HeaderList sw = signedHeaders(SigningScheme::StandardWebhooks, {}, {swSecret});
    for (const QByteArray name : {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
        const Verification v = SignatureVerifier::verify(
            SigningScheme::StandardWebhooks, {}, swSecret, without(sw, name), body(), kTimestamp);
        QCOMPARE(v.problem, Problem::MissingHeader);
        QVERIFY2(v.reason.contains(QString::fromLatin1(name)), qPrintable(v.reason));
    }

    const Verification github =
        SignatureVerifier::verify(SigningScheme::GitHub, {}, "secret", {}, body(), kTimestamp);
    QCOMPARE(github.problem, Problem::MissingHeader);
    QVERIFY2(github.reason.contains(QLatin1String("X-Hub-Signature-256")),
             qPrintable(github.reason));

    const HeaderList custom = signedHeaders(SigningScheme::Hmac, idTimestampHmac(), {"secret"});
    const Verification noId =
        SignatureVerifier::verify(SigningScheme::Hmac, idTimestampHmac(), "secret",
                                  without(custom, "webhook-id"), body(), kTimestamp);
    QCOMPARE(noId.problem, Problem::MissingHeader);
}

void TestSignatureVerifier::malformedHeadersAreReported_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("standard-webhooks: only an unknown version")
        << SigningScheme::StandardWebhooks << QByteArray("webhook-signature")
        << QByteArray("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    QTest::newRow("standard-webhooks: signature not base64")
        << SigningScheme::StandardWebhooks << QByteArray("webhook-signature")
        << QByteArray("v1,***");
    QTest::newRow("standard-webhooks: timestamp not a number")
        << SigningScheme::StandardWebhooks << QByteArray("webhook-timestamp")
        << QByteArray("yesterday");
    QTest::newRow("github: other algorithm")
        << SigningScheme::GitHub << QByteArray("X-Hub-Signature-256")
        << QByteArray("sha1=0123456789abcdef");
    QTest::newRow("github: not hex")
        << SigningScheme::GitHub << QByteArray("X-Hub-Signature-256") << QByteArray("sha256=zz");
    QTest::newRow("stripe: no timestamp")
        << SigningScheme::Stripe << QByteArray("Stripe-Signature")
        << QByteArray("v1=88a022085c6bdb887b02cb26ff76dd681234d9675c0f22844059f55552a8883a");
    QTest::newRow("stripe: no v1") << SigningScheme::Stripe << QByteArray("Stripe-Signature")
                                   << QByteArray("t=1700000000,v0=abcd");
    QTest::newRow("frappe: not base64")
        << SigningScheme::Frappe << QByteArray("X-Frappe-Webhook-Signature")
        << QByteArray("not base64!");
}

void TestSignatureVerifier::malformedHeadersAreReported()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);

    const QByteArray secret = Signer::generateSecret(scheme);
    HeaderList headers = signedHeaders(scheme, {}, {secret});
    setHeader(&headers, header, value);
    const Verification v =
        SignatureVerifier::verify(scheme, {}, secret, headers, body(), kTimestamp);
    QVERIFY(!v.valid);
    QCOMPARE(v.problem, Problem::MalformedHeader);
    QVERIFY(!v.reason.isEmpty());
}

void TestSignatureVerifier::headerNamesMatchWhateverTheirCase()
{
    HeaderList headers = signedHeaders(SigningScheme::GitHub, {}, {"secret"});
    headers.first().first = headers.first().first.toLower();
    QVERIFY(
        SignatureVerifier::verify(SigningScheme::GitHub, {}, "secret", headers, body(), kTimestamp)
            .valid);
}

void TestSignatureVerifier::secretThatIsNotStandardWebhooksIsUnusable()
{
    const HeaderList headers =
        signedHeaders(SigningScheme::StandardWebhooks, {},
                      {Signer::generateSecret(SigningScheme::StandardWebhooks)});
    const Verification v = SignatureVerifier::verify(SigningScheme::StandardWebhooks, {},
                                                     "whsec_%%%", headers, body(), kTimestamp);
    QCOMPARE(v.problem, Problem::UnusableSecret);
    QVERIFY2(v.reason.contains(QLatin1String("not a Standard Webhooks secret")),
             qPrintable(v.reason));
}

void TestSignatureVerifier::constantTimeEqualsComparesEveryByte()
{
    QVERIFY(signing::constantTimeEquals("", ""));
    QVERIFY(signing::constantTimeEquals("abcdef", "abcdef"));
    QVERIFY(!signing::constantTimeEquals("abcdef", "Abcdef"));
    QVERIFY(!signing::constantTimeEquals("abcdef", "abcdeF"));
    QVERIFY(!signing::constantTimeEquals("abcdef", "abcde"));
    QVERIFY(!signing::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
