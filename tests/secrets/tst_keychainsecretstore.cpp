// The real keychain: runs inside a private D-Bus session with an unlocked
// gnome-keyring (tools/keyring-run.sh). The failure path runs this same
// binary as a child process pointed at a session bus that does not exist.
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace relais;

namespace {
constexpr char kProbeVariable[] = "RELAIS_KEYCHAIN_PROBE";

QString uniqueKey()
{
    return QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

class tst_KeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheRealKeychain()
    {
        KeychainSecretStore store(QStringLiteral("Relais-tests"));
        const QString key = uniqueKey();
        const QByteArray secret = "whsec_" + QByteArray(2048, 'k') + "\xc3\xa9";

        QVERIFY2(store.write(key, secret).ok(), qPrintable(store.write(key, secret).error));
        const SecretStore::Result read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value, secret);

        QVERIFY(store.write(key, "rotated").ok());
        QCOMPARE(store.read(key).value, QByteArray("rotated"));

        QVERIFY(store.remove(key).ok());
        const SecretStore::Result gone = store.read(key);
        QCOMPARE(gone.status, SecretStore::Status::NotFound);
        QVERIFY(store.remove(key).ok()); // removing twice is fine
    }

    void missingKeychainIsReportedWithWhatToDo()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/relais-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), int(SecretStore::Status::Unavailable));
        QVERIFY2(out.contains(QStringLiteral("keychain is not available")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("GNOME Keyring")), qPrintable(out));
    }

    void memoryStoreCanBeLocked()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("a"), "1").ok());
        store.setLocked(true);
        QCOMPARE(store.read(QStringLiteral("a")).status, SecretStore::Status::Unavailable);
        QVERIFY(!store.read(QStringLiteral("a")).error.isEmpty());
        store.setLocked(false);
        QCOMPARE(store.read(QStringLiteral("a")).value, QByteArray("1"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kProbeVariable)) {
        KeychainSecretStore store(QStringLiteral("Relais-tests"));
        const SecretStore::Result r = store.write(uniqueKey(), "never stored");
        QTextStream(stdout) << r.error << Qt::endl;
        return int(r.status);
    }
    tst_KeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
