#include "core/Event.h"
#include "core/Webhook.h"
#include "delivery/Preview.h"
#include "delivery/RequestBuilder.h"
#include "payload/PayloadEngine.h"
#include "secrets/MemorySecretStore.h"
#include "signing/SignatureVerifier.h"

#include <QJsonDocument>
#include <QTest>

using namespace relais;

namespace {

QByteArray header(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Event salesOrder(double total)
{
    Event e;
    e.id = QStringLiteral("evt_1");
    e.type = QStringLiteral("Sales Order.on_update");
    e.resource = QStringLiteral("Sales Order");
    e.occurredAt = QDateTime::currentDateTimeUtc();
    e.data = QJsonObject{{QStringLiteral("name"), QStringLiteral("SAL-ORD-0001")},
                         {QStringLiteral("status"), QStringLiteral("Open")},
                         {QStringLiteral("total"), total}};
    return e;
}

} // namespace

class tst_RequestBuilder final : public QObject
{
    Q_OBJECT

private:
    MemorySecretStore m_secrets;
    PayloadEngine m_engine;

    Webhook signedWebhook(SigningScheme scheme, const QByteArray &secret)
    {
        Webhook w;
        w.id = QUuid::createUuid();
        w.name = QStringLiteral("Commandes");
        w.url = QStringLiteral("https://erp.example/orders/{{ doc.name }}?token=t0ps3cret");
        w.eventPatterns = {QStringLiteral("Sales Order.*")};
        w.condition = QStringLiteral("doc.status==\"Open\"");
        w.bodyMode = BodyMode::JsonTemplate;
        w.bodyTemplate =
            QStringLiteral("{ \"id\": \"{{ doc.name }}\", \"total\": {{ doc.total }} }");
        w.headers = {{QStringLiteral("X-Team"), QStringLiteral("ventes"), false},
                     {QStringLiteral("Authorization"), QString(), true}};
        w.signing = scheme;
        const QString key = w.newSigningSecretKey();
        w.secrets = {{key, {}}};
        m_secrets.write(key, secret);
        m_secrets.write(w.secretKeyForHeader(QStringLiteral("Authorization")), "Bearer hunter2");
        return w;
    }

private Q_SLOTS:
    void theStoredSnapshotHoldsNoSecret()
    {
        const Webhook w = signedWebhook(SigningScheme::GitHub, "shh-signing");
        RequestSnapshot snapshot;
        PayloadError error;
        RequestBuilder builder(m_engine, m_secrets);
        QVERIFY(builder.render(w, salesOrder(50000), &snapshot, &error));
        QCOMPARE(snapshot.method, QStringLiteral("POST"));
        QVERIFY(snapshot.url.startsWith(QStringLiteral("https://erp.example/orders/SAL-ORD-0001")));
        QCOMPARE(header(snapshot.headers, "X-Team"), QByteArray("ventes"));
        QCOMPARE(header(snapshot.headers, "Content-Type"), QByteArray("application/json"));
        QVERIFY(header(snapshot.headers, "Authorization").isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(snapshot.body).object().value(QLatin1String("total")).toInt(),
            50000);
        const QByteArray all = QJsonDocument(snapshot.toJson()).toJson() + snapshot.body;
        QVERIFY(!all.contains("hunter2") && !all.contains("shh-signing"));
    }

    void eachAttemptIsSignedOverTheExactBody_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("standard-webhooks") << int(SigningScheme::StandardWebhooks);
        QTest::newRow("github") << int(SigningScheme::GitHub);
        QTest::newRow("frappe") << int(SigningScheme::Frappe);
        QTest::newRow("stripe") << int(SigningScheme::Stripe);
        QTest::newRow("seatable") << int(SigningScheme::SeaTable);
        QTest::newRow("decsys") << int(SigningScheme::Decsys);
        QTest::newRow("hmac") << int(SigningScheme::Hmac);
    }
    void eachAttemptIsSignedOverTheExactBody()
    {
        QFETCH(int, scheme);
        const auto s = SigningScheme(scheme);
        const QByteArray secret = s == SigningScheme::StandardWebhooks
                                      ? QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                                      : QByteArray("It's a Secret to Everybody");
        const Webhook w = signedWebhook(s, secret);
        RequestBuilder builder(m_engine, m_secrets);
        RequestSnapshot request;
        PayloadError error;
        QVERIFY(builder.render(w, salesOrder(42), &request, &error));
        RequestBuilder::AttemptProblem problem{};
        QString why;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(
            builder.prepareAttempt(w, QStringLiteral("msg_abc"), now, &request, &problem, &why),
            qPrintable(why));
        QCOMPARE(header(request.headers, "webhook-id"), QByteArray("msg_abc"));
        QCOMPARE(header(request.headers, "Authorization"), QByteArray("Bearer hunter2"));
        QCOMPARE(header(request.headers, "User-Agent"), QByteArray("Relais/" RELAIS_VERSION));
        const Verification v =
            SignatureVerifier::verify(s, w.hmac, secret, request.headers, request.body, now);
        QVERIFY2(v.valid, qPrintable(v.reason));
        QVERIFY(
            !SignatureVerifier::verify(s, w.hmac, secret, request.headers, request.body + ' ', now)
                 .valid);
    }

    void aLockedKeychainHoldsTheAttemptBack()
    {
        const Webhook w = signedWebhook(SigningScheme::GitHub, "k");
        RequestBuilder builder(m_engine, m_secrets);
        RequestSnapshot request;
        PayloadError error;
        QVERIFY(builder.render(w, salesOrder(1), &request, &error));
        const RequestSnapshot before = request;
        m_secrets.setLocked(true);
        RequestBuilder::AttemptProblem problem{};
        QString why;
        QVERIFY(!builder.prepareAttempt(w, QStringLiteral("msg_x"), 1, &request, &problem, &why));
        m_secrets.setLocked(false);
        QCOMPARE(problem, RequestBuilder::AttemptProblem::SecretUnavailable);
        QVERIFY(why.contains(QStringLiteral("locked")));
        QCOMPARE(request, before); // nothing unsigned was prepared
    }

    void previewShowsTheSignatureButRedactsSecrets()
    {
        const Webhook w = signedWebhook(SigningScheme::Frappe, "frappe-secret");
        PreviewResult p = Preview::run(m_engine, m_secrets, w, salesOrder(3));
        QVERIFY(p.match.matched);
        QVERIFY(p.rendered);
        QCOMPARE(header(p.request.headers, "Authorization"), QByteArray("[redacted]"));
        QVERIFY(!header(p.request.headers, "X-Frappe-Webhook-Signature").isEmpty());
        QVERIFY(p.request.url.contains(QStringLiteral("token=%5Bredacted%5D")) ||
                p.request.url.contains(QStringLiteral("token=[redacted]")));
        const QByteArray json = QJsonDocument(p.toJson()).toJson();
        QVERIFY(!json.contains("hunter2") && !json.contains("t0ps3cret") &&
                !json.contains("frappe-secret"));

        Event closed = salesOrder(3);
        closed.data.insert(QStringLiteral("status"), QStringLiteral("Closed"));
        p = Preview::run(m_engine, m_secrets, w, closed);
        QVERIFY(!p.match.matched);
        QCOMPARE(p.match.decidedBy, MatchResult::Stage::Condition);
        QVERIFY(p.rendered); // still shown, so the user sees what it would send
    }

    void aBrokenTemplateIsAnErrorWithItsPosition()
    {
        Webhook w = signedWebhook(SigningScheme::None, "x");
        w.secrets.clear();
        w.bodyTemplate = QStringLiteral("{\n  \"id\": {{ doc.name. }}\n}");
        const PreviewResult p = Preview::run(m_engine, m_secrets, w, salesOrder(3));
        QVERIFY(p.failed());
        QCOMPARE(p.error->line, 2);
        QVERIFY(p.error->column > 0);
    }
};

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
