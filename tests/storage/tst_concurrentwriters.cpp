#include "storage/Database.h"
#include "storage/WebhookRepository.h"
#include "support/TestBackend.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace relais;

namespace {

constexpr int kPerWriter = 200;

// Inserts kPerWriter webhooks, one transaction each, noting every failure.
void insertMany(const Database &db, const QString &prefix, QStringList *failures)
{
    WebhookRepository repo(db);
    for (int i = 0; i < kPerWriter; ++i) {
        Webhook w;
        w.name = prefix + QString::number(i);
        w.url = QStringLiteral("https://example.org/hook");
        w.eventPatterns = {QStringLiteral("*")};
        QString error;
        if (!repo.insert(w, &error))
            *failures << error;
    }
}

} // namespace

// The GUI, its writer thread and relaisctl share one SQLite file: writers
// wait for each other instead of failing.
class TestConcurrentWriters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoDatabasesWritingAtOnceBothSucceed()
    {
        QTemporaryDir dir;
        const DatabaseUrl url = test::testDatabaseUrl(dir, QStringLiteral("shared.db"));
        // Both create and migrate the file at the same time, too.
        QStringList failuresA;
        QStringList failuresB;
        std::unique_ptr<QThread> a(QThread::create([&] {
            QString openError;
            auto db = Database::open(url, &openError);
            if (!db) {
                failuresA << openError;
                return;
            }
            insertMany(*db, QStringLiteral("A-"), &failuresA);
        }));
        std::unique_ptr<QThread> b(QThread::create([&] {
            QString openError;
            auto db = Database::open(url, &openError);
            if (!db) {
                failuresB << openError;
                return;
            }
            insertMany(*db, QStringLiteral("B-"), &failuresB);
        }));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(failuresA.isEmpty(), qPrintable(failuresA.join(u'\n')));
        QVERIFY2(failuresB.isEmpty(), qPrintable(failuresB.join(u'\n')));
        QString error;
        auto db = Database::open(url, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(WebhookRepository(*db).list(&error).size(), 2 * kPerWriter);
    }

    void twoThreadsSharingOneDatabaseBothSucceed()
    {
        QTemporaryDir dir;
        const DatabaseUrl url = test::testDatabaseUrl(dir, QStringLiteral("shared.db"));
        QString error;
        auto db = Database::open(url, &error);
        QVERIFY2(db, qPrintable(error));

        QStringList failuresA;
        QStringList failuresB;
        std::unique_ptr<QThread> a(
            QThread::create([&] { insertMany(*db, QStringLiteral("A-"), &failuresA); }));
        std::unique_ptr<QThread> b(
            QThread::create([&] { insertMany(*db, QStringLiteral("B-"), &failuresB); }));
        a->start();
        b->start();
        // The main thread writes too, through its own connection.
        QStringList failuresMain;
        insertMany(*db, QStringLiteral("M-"), &failuresMain);
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(failuresA.isEmpty(), qPrintable(failuresA.join(u'\n')));
        QVERIFY2(failuresB.isEmpty(), qPrintable(failuresB.join(u'\n')));
        QVERIFY2(failuresMain.isEmpty(), qPrintable(failuresMain.join(u'\n')));
        QCOMPARE(WebhookRepository(*db).list(&error).size(), 3 * kPerWriter);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
