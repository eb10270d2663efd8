// The network policy: the decision on given addresses (no connection is
// ever opened to anything but loopback), then end to end through the
// transport and the engine against a server on 127.0.0.1.
#include "EngineTestSupport.h"
#include "ScriptedHttpServer.h"

#include "delivery/NetworkTransport.h"
#include "secrets/MemorySecretStore.h"

using namespace relais;
using namespace relais::test;

namespace {

QString refusalOf(const NetworkPolicy &policy, const QString &address,
                  const QString &host = QString())
{
    return policy.refusal(host, QHostAddress(address));
}

NetworkPolicy allowing(const QStringList &entries)
{
    NetworkPolicy policy;
    QString error;
    if (!NetworkPolicy::allowList(entries, &policy, &error))
        qWarning() << error;
    return policy;
}

} // namespace

class tst_NetworkPolicy final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;

    TransportResponse sendThrough(NetworkTransport &transport, const QUrl &url,
                                  bool followRedirects = false)
    {
        TransportRequest request;
        request.method = "POST";
        request.url = url;
        request.body = R"({"hello":"world"})";
        request.headers = {{"Content-Type", "application/json"}};
        request.timeoutMs = 10000;
        request.followRedirects = followRedirects;
        std::optional<TransportResponse> response;
        transport.send(request, [&response](const TransportResponse &r) { response = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 15000);
        }();
        return response.value_or(TransportResponse{});
    }

    QString localhostUrl(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://localhost:%1%2").arg(m_server->serverPort()).arg(path);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server->stop();
        m_server.reset();
    }

    void publicOnlyRefusesEveryNonPublicAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("kind");
        QTest::newRow("loopback") << "127.0.0.1"
                                  << "loopback";
        QTest::newRow("loopback range") << "127.8.9.10"
                                        << "loopback";
        QTest::newRow("private 10/8") << "10.0.0.1"
                                      << "private";
        QTest::newRow("private 172.16/12") << "172.16.5.4"
                                           << "private";
        QTest::newRow("private 192.168/16") << "192.168.1.1"
                                            << "private";
        QTest::newRow("cloud metadata") << "169.254.169.254"
                                        << "link-local";
        QTest::newRow("carrier-grade NAT") << "100.64.1.1"
                                           << "shared (carrier-grade NAT)";
        QTest::newRow("unspecified") << "0.0.0.0"
                                     << "unspecified";
        QTest::newRow("multicast") << "239.1.2.3"
                                   << "multicast";
        QTest::newRow("IPv6 loopback") << "::1"
                                       << "loopback";
        QTest::newRow("IPv6 link-local") << "fe80::1"
                                         << "link-local";
        QTest::newRow("IPv6 unique local") << "fd12:3456::1"
                                           << "private";
        QTest::newRow("IPv4-mapped loopback") << "::ffff:127.0.0.1"
                                              << "loopback";
        QTest::newRow("NAT64 metadata") << "64:ff9b::a9fe:a9fe"
                                        << "link-local";
    }
    void publicOnlyRefusesEveryNonPublicAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, kind);
        const QString refusal = refusalOf(NetworkPolicy::publicOnly(), address);
        QVERIFY2(refusal.contains(kind), qPrintable(refusal));
        QVERIFY(refusal.contains(QHostAddress(address).toString()));
        QVERIFY(refusalOf(NetworkPolicy::any(), address).isEmpty());
    }

    void publicOnlyAllowsPublicAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << "93.184.216.34";
        QTest::newRow("next to 172.16/12") << "172.32.0.1";
        QTest::newRow("next to 100.64/10") << "100.128.0.1";
        QTest::newRow("IPv6") << "2606:4700::1111";
    }
    void publicOnlyAllowsPublicAddresses()
    {
        QFETCH(QString, address);
        QCOMPARE(refusalOf(NetworkPolicy::publicOnly(), address), QString());
    }

    void theRefusalNamesTheHostAndTheAddressItResolvedTo()
    {
        const QString refusal = refusalOf(NetworkPolicy::publicOnly(), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("rebind.example.org"));
        QVERIFY2(refusal.contains(QStringLiteral("rebind.example.org (resolved to 127.0.0.1)")),
                 qPrintable(refusal));
    }

    void anAllowListTakesHostsWildcardsAddressesAndRanges()
    {
        const NetworkPolicy policy =
            allowing({QStringLiteral("10.2.0.0/16"), QStringLiteral("hooks.example.org"),
                      QStringLiteral("*.corp.example"), QStringLiteral("2001:db8::5")});
        QCOMPARE(policy.mode(), NetworkPolicy::Mode::AllowList);
        QVERIFY(refusalOf(policy, QStringLiteral("10.2.3.4")).isEmpty());
        QVERIFY(refusalOf(policy, QStringLiteral("2001:db8::5")).isEmpty());
        QVERIFY(
            refusalOf(policy, QStringLiteral("93.184.216.34"), QStringLiteral("hooks.example.org"))
                .isEmpty());
        QVERIFY(
            refusalOf(policy, QStringLiteral("93.184.216.34"), QStringLiteral("HOOKS.example.org"))
                .isEmpty());
        QVERIFY(refusalOf(policy, QStringLiteral("10.9.9.9"), QStringLiteral("erp.corp.example"))
                    .isEmpty());

        const QString outside = refusalOf(policy, QStringLiteral("10.3.0.1"));
        QVERIFY2(outside.contains(QStringLiteral("not on the allow-list")), qPrintable(outside));
        QVERIFY(!refusalOf(policy, QStringLiteral("93.184.216.34"), QStringLiteral("example.org"))
                     .isEmpty());
        QVERIFY(!refusalOf(policy, QStringLiteral("93.184.216.34"), QStringLiteral("corp.example"))
                     .isEmpty());
        QVERIFY(!refusalOf(policy, QStringLiteral("2001:db8::6")).isEmpty());
    }

    void aBadAllowListEntryIsRefusedWithItsName()
    {
        NetworkPolicy policy;
        QString error;
        QVERIFY(!NetworkPolicy::allowList({QStringLiteral("10.0.0.0/99")}, &policy, &error));
        QVERIFY2(error.contains(QStringLiteral("10.0.0.0/99")), qPrintable(error));
        QVERIFY(!NetworkPolicy::allowList({QStringLiteral("not a host!")}, &policy, &error));
        QVERIFY2(error.contains(QStringLiteral("not a host!")), qPrintable(error));
    }

    void publicOnlyRefusesALoopbackTargetWithoutConnecting()
    {
        NetworkTransport transport(NetworkPolicy::publicOnly());
        const TransportResponse r = sendThrough(transport, QUrl(m_server->url()));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.contains(QStringLiteral("loopback")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void publicOnlyRefusesANameThatResolvesToLoopback()
    {
        NetworkTransport transport(NetworkPolicy::publicOnly());
        const TransportResponse r = sendThrough(transport, QUrl(localhostUrl()));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.contains(QStringLiteral("localhost (resolved to")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("loopback")), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void anAllowedNameIsSentToTheCheckedAddressWithItsHostHeader()
    {
        NetworkTransport transport(allowing({QStringLiteral("127.0.0.0/8")}));
        const TransportResponse r = sendThrough(transport, QUrl(localhostUrl()));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest got = m_server->requests().first();
        QCOMPARE(got.header("Host"),
                 QStringLiteral("localhost:%1").arg(m_server->serverPort()).toUtf8());
        QCOMPARE(got.body, QByteArray(R"({"hello":"world"})"));
    }

    void eachRedirectTargetIsCheckedToo()
    {
        // The first hop (localhost) is allowed by name; its redirect to the
        // bare address is not on the list and must not be followed.
        ScriptedReply redirect = ScriptedReply::status_(302, "Found");
        redirect.headers = {{"Location", m_server->url(QStringLiteral("/elsewhere")).toUtf8()}};
        m_server->answerInTurn({redirect, ScriptedReply{}});
        NetworkTransport transport(allowing({QStringLiteral("localhost")}));
        const TransportResponse refused = sendThrough(transport, QUrl(localhostUrl()), true);
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.error.contains(QStringLiteral("not on the allow-list")),
                 qPrintable(refused.error));
        QCOMPARE(m_server->requestCount(), 1);

        // A relative redirect stays on the allowed name and is followed.
        ScriptedReply relative = ScriptedReply::status_(307, "Temporary Redirect");
        relative.headers = {{"Location", "/final"}};
        m_server->answerWith([relative](const ReceivedRequest &r, int) {
            return r.path == "/final" ? ScriptedReply{} : relative;
        });
        NetworkTransport second(allowing({QStringLiteral("localhost")}));
        const TransportResponse followed = sendThrough(second, QUrl(localhostUrl()), true);
        QCOMPARE(followed.status, 200);
        QCOMPARE(m_server->requestCount(), 3);
        const ReceivedRequest last = m_server->requests().last();
        QCOMPARE(last.path, QByteArray("/final"));
        QCOMPARE(last.method, QByteArray("POST"));
        QCOMPARE(last.header("Host"),
                 QStringLiteral("localhost:%1").arg(m_server->serverPort()).toUtf8());
    }

    void theEngineRecordsTheRefusalOnTheAttempt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openDatabase(dir);
        QVERIFY(db);
        MemorySecretStore secrets;
        Webhook w = webhookFor(localhostUrl());
        w.retrySchedule = {0};
        QVERIFY(insertWebhook(*db, w));
        DeliveryEngineOptions options = fastOptions();
        options.networkPolicy = NetworkPolicy::publicOnly();
        DeliveryEngine engine(*db, secrets, options);
        engine.start();
        const auto result = submitAndWait(engine.sink(), eventOf(QStringLiteral("order.created")));
        QVERIFY(result && result->accepted);
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(!(id = deliveriesOf(*db, w.id).value(0).delivery.id).isEmpty(),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*db, id), DeliveryState::Exhausted, 15000);
        const auto detail = detailOf(*db, id);
        QVERIFY(detail);
        QCOMPARE(detail->attempts.size(), 1);
        const QString error = detail->attempts.first().attempt.error;
        QVERIFY2(error.contains(QStringLiteral("Refused by the network policy")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("localhost")), qPrintable(error));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aPolicyChangedWhileRunningAppliesToTheNextRequest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openDatabase(dir);
        QVERIFY(db);
        MemorySecretStore secrets;
        Webhook w = webhookFor(m_server->url());
        w.retrySchedule = {0};
        QVERIFY(insertWebhook(*db, w));
        DeliveryEngine engine(*db, secrets, fastOptions());
        engine.start();
        QVERIFY(submitAndWait(engine.sink(), eventOf(QStringLiteral("order.created"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 15000);

        engine.setNetworkPolicy(NetworkPolicy::publicOnly());
        QVERIFY(submitAndWait(engine.sink(), eventOf(QStringLiteral("order.created"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<DeliverySummary> rows = deliveriesOf(*db, w.id);
                return rows.size() == 2 &&
                       std::all_of(rows.cbegin(), rows.cend(), [](const DeliverySummary &s) {
                           return s.delivery.state == DeliveryState::Succeeded ||
                                  s.delivery.state == DeliveryState::Exhausted;
                       });
            }(),
            15000);
        QCOMPARE(m_server->requestCount(), 1);

        engine.setNetworkPolicy(NetworkPolicy::any());
        QVERIFY(submitAndWait(engine.sink(), eventOf(QStringLiteral("order.created"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, 15000);
    }
};

QTEST_GUILESS_MAIN(tst_NetworkPolicy)
#include "tst_networkpolicy.moc"
