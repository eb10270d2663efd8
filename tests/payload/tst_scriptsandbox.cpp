#include "PayloadTestSupport.h"

#include <QElapsedTimer>

using namespace relais;
using namespace relais::test;

// What scripts can and cannot reach, and the limits they run under.
class tst_ScriptSandbox final : public QObject
{
    Q_OBJECT

private:
    PayloadEngine m_engine;
    const Event m_order = sample(u"Sales Order.on_update"_s);

    QString text(PayloadEngine &engine, const QString &templ, PayloadError *error = nullptr)
    {
        return QString::fromUtf8(render(engine, webhook(BodyMode::Raw, templ), m_order, error));
    }

private Q_SLOTS:
    void nothingBeyondEcmaScriptIsReachable_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"Qt", "XMLHttpRequest", "require", "print", "console", "gc",
                                 "Promise", "Atomics", "SharedArrayBuffer", "process", "fetch",
                                 "setTimeout", "importScripts", "qsTr", "Worker", "WebSocket"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void nothingBeyondEcmaScriptIsReachable()
    {
        QFETCH(QString, name);
        // Also through the global object, which a script can always reach.
        QCOMPARE(text(m_engine, u"{{ typeof "_s + name +
                                    u" }}/{{ typeof Function('return this')()."_s + name +
                                    u" }}"_s),
                 u"undefined/undefined"_s);
    }

    void modulesCannotBeImported()
    {
        PayloadError error;
        QCOMPARE(text(m_engine, u"{{ import('file:///etc/passwd') }}"_s, &error), QString());
        QCOMPARE(error.kind, PayloadError::Kind::Syntax);

        Webhook w = webhook();
        w.condition = u"import('qrc:/relais/payload/prelude.js')"_s;
        const MatchResult r = m_engine.match(w, m_order);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PayloadError::Kind::Syntax);
    }

    void helpersWork()
    {
        PayloadError error;
        const QString out =
            text(m_engine,
                 u"{{ json({a: [1, 'b']}) }}|{{ json(undefined) }}|{{ json({a: 1}, 1) }}|"
                 "{{ isoDate(1649929622.589) }}|{{ isoDate(1649929622589) }}|"
                 "{{ isoDate('2024-05-02T10:15:00Z') }}|{{ isoDate(new Date(0)) }}|"
                 "{{ base64('Crème 🥐') }}|{{ base64('a') }}|{{ base64('') }}|"
                 "{{ urlencode(\"a b&c/é!'()*~\") }}"_s,
                 &error);
        QCOMPARE(out, u"{\"a\":[1,\"b\"]}|null|{\n \"a\": 1\n}|"
                      "2022-04-14T09:47:02.589Z|2022-04-14T09:47:02.589Z|"
                      "2024-05-02T10:15:00.000Z|1970-01-01T00:00:00.000Z|"
                      "Q3LDqG1lIPCfpZA=|YQ==||"
                      "a%20b%26c%2F%C3%A9%21%27%28%29%2A~"_s);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.toString()));
    }

    void isoDateRefusesWhatIsNotADate()
    {
        PayloadError error;
        QCOMPARE(text(m_engine, u"{{ isoDate('not a date') }}"_s, &error), QString());
        QCOMPARE(error.kind, PayloadError::Kind::Runtime);
        QVERIFY2(error.message.contains(u"isoDate"_s), qPrintable(error.message));
    }

    void helpersCannotBeReplaced()
    {
        QCOMPARE(
            text(m_engine, u"{{ (json = null, isoDate = 1, typeof json + typeof isoDate) }}"_s),
            u"functionfunction"_s);
        QCOMPARE(text(m_engine, u"{{ json([1]) }}"_s), u"[1]"_s);
    }

    void runawayLoopsAreStoppedEveryTime()
    {
        PayloadEngine engine;
        engine.setTimeLimit(std::chrono::milliseconds(30));
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            PayloadError error;
            QCOMPARE(
                text(engine, u"{{ (() => { var n = 0; while (true) { n++; } })() }}"_s, &error),
                QString());
            QCOMPARE(error.kind, PayloadError::Kind::Timeout);
            QVERIFY2(timer.elapsed() >= 25 && timer.elapsed() < 1000,
                     qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(text(engine, u"{{ doc.name }}"_s), u"SAL-ORD-2024-00042"_s);
        }
    }

    void exceptionsCannotSwallowTheInterruption()
    {
        PayloadError error;
        QCOMPARE(text(m_engine,
                      u"{{ (() => { for (;;) { try { for (;;) {} } catch (e) {} } })() }}"_s,
                      &error),
                 QString());
        QCOMPARE(error.kind, PayloadError::Kind::Timeout);
        QCOMPARE(text(m_engine, u"{{ doc.total }}"_s), u"45000"_s);
    }

    void nativeStringBuildersAreBounded()
    {
        PayloadEngine engine;
        engine.setOutputLimit(1 << 20);
        QElapsedTimer timer;
        timer.start();
        for (const QString &expression :
             {u"'ab'.repeat(1e9)"_s, u"''.padStart(1e9)"_s, u"'x'.padEnd(2e9, 'y')"_s,
              u"new Array(1e9).join('-')"_s}) {
            PayloadError error;
            QCOMPARE(text(engine, u"{{ "_s + expression + u" }}"_s, &error), QString());
            QCOMPARE(error.kind, PayloadError::Kind::TooLarge);
        }
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(text(engine, u"{{ 'ab'.repeat(3) }}{{ [1, 2].join('+') }}"_s), u"ababab1+2"_s);
    }

    void scriptsOfDifferentWebhooksDoNotShareDeclarations()
    {
        const QString first = QString::fromUtf8(
            render(m_engine,
                   webhook(BodyMode::Transform,
                           u"var secret = 'A';\nfunction transform(e) { return typeof secret; }"_s),
                   m_order));
        QCOMPARE(first, u"string"_s);
        const QString second = QString::fromUtf8(render(
            m_engine,
            webhook(BodyMode::Transform, u"function transform(e) { return typeof secret; }"_s),
            m_order));
        QCOMPARE(second, u"undefined"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ScriptSandbox)
#include "tst_scriptsandbox.moc"
