#include "core/Delivery.h"
#include "core/EventPattern.h"
#include "core/HttpRules.h"
#include "core/Webhook.h"

#include <QJsonDocument>
#include <QTest>

using namespace relais;

namespace {

Webhook validWebhook()
{
    Webhook w;
    w.id = QUuid::createUuid();
    w.name = QStringLiteral("Commandes Dokos");
    w.url = QStringLiteral("https://erp.example/hook");
    w.eventPatterns = {QStringLiteral("Sales Order.*")};
    return w;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

class tst_WebhookModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteWebhookIsValid() { QVERIFY(validWebhook().validate().isEmpty()); }

    void eachProblemNamesItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("name") << QStringLiteral("name") << QStringLiteral("name");
        QTest::newRow("url") << QStringLiteral("url") << QStringLiteral("http");
        QTest::newRow("events") << QStringLiteral("events") << QStringLiteral("event");
        QTest::newRow("timeout") << QStringLiteral("timeout") << QStringLiteral("seconds");
        QTest::newRow("template") << QStringLiteral("template") << QStringLiteral("template");
    }
    void eachProblemNamesItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Webhook w = validWebhook();
        if (field == QLatin1String("name"))
            w.name = QStringLiteral("   ");
        else if (field == QLatin1String("url"))
            w.url = QStringLiteral("ftp://example.com/x");
        else if (field == QLatin1String("events"))
            w.eventPatterns.clear();
        else if (field == QLatin1String("timeout"))
            w.timeoutMs = 0;
        else if (field == QLatin1String("template"))
            w.bodyMode = BodyMode::JsonTemplate;
        const FieldErrors errors = w.validate();
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY2(errors.first().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(errors.first().message));
    }

    void urlsAreCheckedLikeAUserWouldExpect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://erp.example/hook?x=1") << true;
        QTest::newRow("http port") << QStringLiteral("http://127.0.0.1:8080/in") << true;
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9000/") << true;
        QTest::newRow("placeholder") << QStringLiteral("https://h.example/{{ doc.name }}") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme") << QStringLiteral("erp.example/hook") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://erp.example/") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("CRLF") << QStringLiteral("https://a.example/\r\nX: y") << false;
        QTest::newRow("space") << QStringLiteral("https://a.example/a b") << false;
    }
    void urlsAreCheckedLikeAUserWouldExpect()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(HttpRules::urlProblem(url).isEmpty(), ok);
    }

    void headerInjectionIsRefused()
    {
        Webhook w = validWebhook();
        w.headers = {{QStringLiteral("X-Api-Key"), QStringLiteral("abc\r\nEvil: 1"), false}};
        QCOMPARE(fieldsOf(w.validate()), QStringList{QStringLiteral("headers")});
        w.headers = {{QStringLiteral("X-Api-Key"), QString::fromUtf16(u"abc\0def", 7), false}};
        QCOMPARE(fieldsOf(w.validate()), QStringList{QStringLiteral("headers")});
        w.headers = {{QStringLiteral("Bad Name"), QStringLiteral("v"), false}};
        QCOMPARE(fieldsOf(w.validate()), QStringList{QStringLiteral("headers")});
    }

    void reservedHeadersCannotBeSet()
    {
        for (const char *name : {"Host", "content-length", "Transfer-Encoding", "CONNECTION"}) {
            Webhook w = validWebhook();
            w.headers = {{QString::fromLatin1(name), QStringLiteral("x"), false}};
            const FieldErrors errors = w.validate();
            QVERIFY2(!errors.isEmpty(), name);
            QVERIFY(errors.first().message.contains(QStringLiteral("set by Relais")));
        }
        Webhook w = validWebhook();
        w.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer x"), true}};
        QVERIFY(w.validate().isEmpty());
    }

    void eventPatternsMatchExactlyOrByTrailingWildcard()
    {
        QVERIFY(EventPattern::matches(QStringLiteral("*"), QStringLiteral("insert_row")));
        QVERIFY(EventPattern::matches(QStringLiteral("Sales Order.*"),
                                      QStringLiteral("Sales Order.on_update")));
        QVERIFY(!EventPattern::matches(QStringLiteral("Sales Order.*"),
                                       QStringLiteral("Quotation.on_update")));
        QVERIFY(EventPattern::matches(QStringLiteral("insert_row"), QStringLiteral("insert_row")));
        QVERIFY(!EventPattern::matches(QStringLiteral("insert_row"), QStringLiteral("insert_rows")));
        QVERIFY(EventPattern::matchesAny({QStringLiteral("a"), QStringLiteral("row.*")},
                                         QStringLiteral("row.deleted")));
        QVERIFY(!EventPattern::problem(QStringLiteral("a*b")).isEmpty());
        QVERIFY(!EventPattern::problem(QStringLiteral(" ")).isEmpty());
    }

    void jsonRoundTripKeepsEveryFieldButSecretValues()
    {
        Webhook w = validWebhook();
        w.description = QStringLiteral("Envoie les commandes « validées »");
        w.method = HttpMethod::Put;
        w.enabled = false;
        w.resourceFilter = QStringLiteral("Sales Order");
        w.condition = QStringLiteral("doc.total > 40000");
        w.headers = {{QStringLiteral("X-Team"), QStringLiteral("ventes"), false},
                     {QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t"), true}};
        w.bodyMode = BodyMode::Form;
        w.formFields = {{QStringLiteral("id"), QStringLiteral("doc.name")}};
        w.signing = SigningScheme::Hmac;
        w.hmac.algorithm = HmacOptions::Algorithm::Sha512;
        w.hmac.encoding = HmacOptions::Encoding::Base64;
        w.hmac.prefix = QStringLiteral("sha512=");
        w.hmac.content = HmacOptions::Content::IdTimestampBody;
        w.secrets = {{QStringLiteral("webhook/x/signing/1"),
                      QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC)}};
        w.timeoutMs = 5000;
        w.retrySchedule = {1, 2, 3};
        w.createdAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        w.updatedAt = w.createdAt;

        const QJsonObject json = w.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("s3cr3t"));

        FieldErrors errors;
        Webhook back = Webhook::fromJson(json, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.headers.at(1).value, QString());
        back.headers[1].value = QStringLiteral("Bearer s3cr3t");
        QCOMPARE(back, w);
    }

    void unknownEnumKeysAreReported()
    {
        FieldErrors errors;
        Webhook::fromJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                      {QStringLiteral("signing"), QStringLiteral("md5")}},
                          &errors);
        QCOMPARE(fieldsOf(errors), (QStringList{QStringLiteral("method"), QStringLiteral("signing")}));
    }

    void contentTypeFollowsTheBodyMode()
    {
        Webhook w = validWebhook();
        QCOMPARE(w.effectiveContentType(), QStringLiteral("application/json"));
        w.bodyMode = BodyMode::Form;
        QCOMPARE(w.effectiveContentType(), QStringLiteral("application/x-www-form-urlencoded"));
        w.contentType = QStringLiteral("text/csv");
        QCOMPARE(w.effectiveContentType(), QStringLiteral("text/csv"));
    }

    void deliveryStatesHaveStableKeys()
    {
        DeliveryState s{};
        QVERIFY(deliveryStateFromKey(QStringLiteral("exhausted"), &s));
        QCOMPARE(s, DeliveryState::Exhausted);
        QCOMPARE(deliveryStateKey(DeliveryState::SecretUnavailable),
                 QStringLiteral("secret-unavailable"));
        QVERIFY(!deliveryStateFromKey(QStringLiteral("nope"), &s));
    }
};

QTEST_GUILESS_MAIN(tst_WebhookModel)
#include "tst_webhookmodel.moc"
