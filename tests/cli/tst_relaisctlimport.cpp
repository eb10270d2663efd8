// relaisctl webhook import --from frappe, end to end through the real binary.
#include "RelaisctlRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_RelaisctlImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    RelaisctlRunner m_ctl;

    static QString frappeExport() { return QFINDTESTDATA("../service/data/frappe-webhooks.json"); }

    QJsonArray listJson() const
    {
        const RelaisctlRun r = m_ctl.run(
            {QStringLiteral("webhook"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    RelaisctlRun import(const QStringList &extra) const
    {
        return m_ctl.run(QStringList{QStringLiteral("webhook"), QStringLiteral("import")} + extra);
    }

private Q_SLOTS:
    void init()
    {
        m_ctl.dbPath = m_dir.filePath(QStringLiteral("import-%1.db").arg(++m_dbCounter));
    }

    void importFromFrappePrintsEachWebhookWithItsReport()
    {
        QVERIFY(!frappeExport().isEmpty());
        const RelaisctlRun r =
            import({QStringLiteral("--from"), QStringLiteral("frappe"), frappeExport()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Imported 3 webhook(s).\n")), qPrintable(r.out));
        for (const char *name : {"Commandes validées vers Odoo", "Devis vers CRM",
                                 "Lignes de commande vers logistique"})
            QVERIFY2(r.out.contains(QStringLiteral("“%1” (").arg(QString::fromUtf8(name))),
                     qPrintable(r.out));
        // The loop is reported under its own webhook, after the other two.
        const qsizetype loopWebhook =
            r.out.indexOf(QStringLiteral("“Lignes de commande vers logistique” ("));
        const qsizetype loopNote = r.out.indexOf(QStringLiteral("  - Template: Jinja loops"));
        QVERIFY2(loopNote > loopWebhook, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("“Commandes validées vers Odoo” is disabled until "
                                               "you give its secret")),
                 qPrintable(r.out));

        const QJsonArray all = listJson();
        QCOMPARE(all.size(), 3);
        QStringList events;
        for (const QJsonValue &v : all)
            events << v.toObject().value(QLatin1String("events")).toArray().first().toString();
        events.sort();
        QCOMPARE(events, (QStringList{QStringLiteral("Quotation.after_insert"),
                                      QStringLiteral("Sales Order.on_submit"),
                                      QStringLiteral("Sales Order.on_update_after_submit")}));
    }

    void jsonOutputGivesIdNameAndReport()
    {
        const RelaisctlRun r = import({QStringLiteral("--from"), QStringLiteral("frappe"),
                                       QStringLiteral("--json"), frappeExport()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray printed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(printed.size(), 3);
        const QJsonArray stored = listJson();
        for (qsizetype i = 0; i < printed.size(); ++i) {
            const QJsonObject o = printed.at(i).toObject();
            const bool listed =
                std::any_of(stored.cbegin(), stored.cend(), [&o](const QJsonValue &s) {
                    return s.toObject().value(QLatin1String("id")) == o.value(QLatin1String("id"));
                });
            QVERIFY2(listed, qPrintable(o.value(QLatin1String("id")).toString()));
        }
        QCOMPARE(printed.at(1).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Devis vers CRM"));
        QCOMPARE(printed.at(1).toObject().value(QLatin1String("report")).toArray().size(), 0);
        QCOMPARE(printed.at(0).toObject().value(QLatin1String("needsSecret")).toBool(), true);
        const QJsonArray loopReport =
            printed.at(2).toObject().value(QLatin1String("report")).toArray();
        QVERIFY(std::any_of(loopReport.cbegin(), loopReport.cend(), [](const QJsonValue &v) {
            return v.toString().contains(QStringLiteral("{% for %}"));
        }));
    }

    void aBadFrappeFileExitsTwoAndWritesNothing()
    {
        QFile source(frappeExport());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonArray docs = QJsonDocument::fromJson(source.readAll()).array();
        QJsonObject noUrl = docs.at(1).toObject();
        noUrl.remove(QStringLiteral("request_url"));
        docs.replace(1, noUrl);
        QFile bad(m_dir.filePath(QStringLiteral("no-url.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(docs).toJson());
        bad.close();

        RelaisctlRun r =
            import({QStringLiteral("--from"), QStringLiteral("frappe"), bad.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Document 2 (“Devis vers CRM”)")) &&
                     r.err.contains(QStringLiteral("request_url is missing")),
                 qPrintable(r.err));
        QCOMPARE(listJson().size(), 0);

        r = import({QStringLiteral("--from"), QStringLiteral("xml"), frappeExport()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“xml”")), qPrintable(r.err));
        // Without --from the file is read as a Relais export, as before.
        r = import({frappeExport()});
        QCOMPARE(r.code, 2);
        QCOMPARE(listJson().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RelaisctlImport)
#include "tst_relaisctlimport.moc"
