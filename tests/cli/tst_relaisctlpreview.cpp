// relaisctl events and preview, end to end through the real binary.
#include "RelaisctlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_RelaisctlPreview final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelaisctlRunner m_ctl;

    static QStringList args(const char *first, std::initializer_list<QString> rest = {})
    {
        QStringList all = QString::fromLatin1(first).split(u' ');
        for (const QString &r : rest)
            all << r;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ctl.dbPath = m_dir.filePath(QStringLiteral("preview.db"));
        const RelaisctlRun r = m_ctl.run(args(
            "webhook add",
            {QStringLiteral("--name"), QStringLiteral("Grosses commandes"), QStringLiteral("--url"),
             QStringLiteral("https://erp.example/orders/{{ doc.name }}"), QStringLiteral("--event"),
             QStringLiteral("Sales Order.*"), QStringLiteral("--condition"),
             QStringLiteral("doc.total > 40000"), QStringLiteral("--body-mode"),
             QStringLiteral("json-template"), QStringLiteral("--template-file"),
             QFINDTESTDATA("data/frappe-template.json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void theCatalogListsEverySeedSystem()
    {
        const RelaisctlRun r = m_ctl.run(args("events list --json"));
        QCOMPARE(r.code, 0);
        QStringList systems;
        QStringList types;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            systems << v.toObject().value(QLatin1String("system")).toString();
            types << v.toObject().value(QLatin1String("type")).toString();
        }
        for (const char *s : {"ngSurvey", "Dokos / Frappe", "Decsys", "SeaTable"})
            QVERIFY2(systems.contains(QString::fromUtf8(s)), s);
        for (const char *t : {"respondent.saved", "Sales Order.on_submit", "Quotation.on_cancel",
                              "insert_row", "modify_row", "delete_row"})
            QVERIFY2(types.contains(QString::fromUtf8(t)), t);
    }

    void aSampleIsPrintedAsJson()
    {
        const RelaisctlRun r = m_ctl.run(args("events sample modify_row"));
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("update"));
        QCOMPARE(
            o.value(QLatin1String("data")).toObject().value(QLatin1String("op_type")).toString(),
            QStringLiteral("modify_row"));
        QCOMPARE(m_ctl.run(args("events sample no.such.type")).code, 2);
    }

    void previewRendersTheFrappeTemplateForTheSample()
    {
        const RelaisctlRun r = m_ctl.run(
            args("preview", {QStringLiteral("Grosses commandes"), QStringLiteral("--event"),
                             QStringLiteral("Sales Order.on_submit"), QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("matched")).toBool(), true);
        const QJsonObject request = o.value(QLatin1String("request")).toObject();
        QVERIFY(request.value(QLatin1String("url"))
                    .toString()
                    .startsWith(QStringLiteral("https://erp.example/orders/SAL-ORD-")));
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(QLatin1String("body")).toString().toUtf8())
                .object();
        QVERIFY(body.value(QLatin1String("id")).toString().startsWith(QStringLiteral("SAL-ORD-")));
    }

    void aConditionThatDoesNotHoldIsADecisionNotAnError()
    {
        const RelaisctlRun r = m_ctl.run(
            args("preview", {QStringLiteral("Grosses commandes"), QStringLiteral("--event"),
                             QStringLiteral("Sales Order.on_update"), QStringLiteral("--data"),
                             QStringLiteral("{\"name\": \"SO-1\", \"total\": 10}")}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Matches: no")), qPrintable(r.out));
    }

    void aFailingConditionExitsOneWithTheError()
    {
        QVERIFY(m_ctl
                    .run(args("webhook edit",
                              {QStringLiteral("Grosses commandes"), QStringLiteral("--condition"),
                               QStringLiteral("doc.customer.name.length > 2")}))
                    .code == 0);
        const RelaisctlRun r = m_ctl.run(
            args("preview", {QStringLiteral("Grosses commandes"), QStringLiteral("--data"),
                             QStringLiteral("{\"total\": 1}")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("condition")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("TypeError")) ||
                     r.err.contains(QStringLiteral("undefined")),
                 qPrintable(r.err));
    }

    void userDefinedTypesAreStoredAndUsable()
    {
        RelaisctlRun r = m_ctl.run(args(
            "events add invoice.paid",
            {QStringLiteral("--group"), QStringLiteral("Facturation"), QStringLiteral("--sample"),
             QStringLiteral("{\"name\": \"FAC-7\", \"total\": 90000, \"status\": \"Paid\"}")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_ctl.run(args("events list --json"));
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("invoice.paid")) {
                found = true;
                QCOMPARE(o.value(QLatin1String("system")).toString(),
                         QStringLiteral("Facturation"));
                QCOMPARE(o.value(QLatin1String("custom")).toBool(), true);
            }
        }
        QVERIFY(found);
        r = m_ctl.run(args("events sample invoice.paid"));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("total")).toInt(),
            90000);

        r = m_ctl.run(args("webhook add",
                           {QStringLiteral("--name"), QStringLiteral("Factures"),
                            QStringLiteral("--url"), QStringLiteral("https://compta.example/in"),
                            QStringLiteral("--event"), QStringLiteral("invoice.*")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_ctl.run(args("preview Factures --json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("matched")).toBool(), true);
        QVERIFY(o.value(QLatin1String("request"))
                    .toObject()
                    .value(QLatin1String("body"))
                    .toString()
                    .contains(QStringLiteral("FAC-7")));

        QCOMPARE(m_ctl.run(args("events add", {QStringLiteral("bad*type")})).code, 2);
        QCOMPARE(m_ctl.run(args("events remove invoice.paid")).code, 0);
        QCOMPARE(m_ctl.run(args("events sample invoice.paid")).code, 2);
        QCOMPARE(m_ctl.run(args("events remove invoice.paid")).code, 2);
    }

    void badDataIsAUsageError()
    {
        const RelaisctlRun r =
            m_ctl.run(args("preview", {QStringLiteral("Grosses commandes"),
                                       QStringLiteral("--data"), QStringLiteral("{not json")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlPreview)
#include "tst_relaisctlpreview.moc"
