// A stand-in for `relaisctl serve` in the crash-recovery and fleet tests:
// opens the database given on the command line, starts a delivery engine and
// runs until it is killed, or stops cleanly when its standard input closes.
//   engine_child DB_URL DISPATCHER_ID LEASE_MS

#include "delivery/DeliveryEngine.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

using namespace relais;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: engine_child DB_URL DISPATCHER_ID LEASE_MS\n";
        return 2;
    }
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(args.at(1), &url, &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const auto db = Database::open(url, &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    MemorySecretStore secrets;
    DeliveryEngineOptions options;
    options.dispatcherId = args.at(2);
    options.workerCount = 1;
    options.claimBatchSize = 20;
    options.leaseDuration = std::chrono::milliseconds(args.at(3).toInt());
    options.pollInterval = std::chrono::milliseconds(100);
    options.retryJitter = 0;
    DeliveryEngine engine(*db, secrets, options);
    engine.start();
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        if (::read(0, &c, 1) <= 0) { // the parent closed it: stop as serve does
            input.setEnabled(false);
            engine.stop();
            app.quit();
        }
    });
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}
