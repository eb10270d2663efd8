// relais: the desktop window.
#include "app/Translations.h"
#include "delivery/DeliveryEngine.h"
#include "delivery/InboxServer.h"
#include "gui/AppSettings.h"
#include "gui/IntakeController.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/SettingsController.h"
#include "secrets/KeychainSecretStore.h"
#include "service/DatabaseLogin.h"
#include "storage/Database.h"
#include "storage/DatabaseListener.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStatusBar>
#include <QTextStream>

using namespace relais;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(relais)
};

enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
}

struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          Tr::tr("Database to open: sqlite:///path/file.db or "
                                 "postgresql://user@host:port/db (default: RELAIS_DB, else "
                                 "relais.db in your data folder)."),
                          Tr::tr("URL")};
    QCommandLineOption version{QStringLiteral("version"), Tr::tr("Print the version and exit.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Tr::tr("Print this help and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Tr::tr("Relais, a desktop console for outgoing webhooks."));
        parser.addOptions({db, version, help});
    }
};

// --version and --help answer on the terminal, without a display.
int answerOnTerminal(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(QString());
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    if (parser.isSet(options.version))
        out << QStringLiteral("relais %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
    else
        out << parser.helpText();
    return ExitOk;
}

// The installed theme icon, else the copies built into the program.
QIcon windowIcon()
{
    QIcon bundled;
    for (const int size : {16, 32, 48, 64, 128, 256})
        bundled.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.relais.Relais.png").arg(size));
    return QIcon::fromTheme(QStringLiteral("org.relais.Relais"), bundled);
}

bool wantsTerminalAnswer(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    // Qt's own options (-platform, -style) are unknown here; they do not matter.
    parser.parse(arguments);
    return parser.isSet(options.version) || parser.isSet(options.help);
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsTerminalAnswer(argc, argv))
        return answerOnTerminal(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(windowIcon());
    const AppSettings settings = AppSettings::load();
    Translations::install(settings.language);

    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << Tr::tr("relais: %1").arg(parser.errorText()) << Qt::endl
                            << Tr::tr("Try “relais --help”.") << Qt::endl;
        return ExitUsage;
    }

    const QString title = Tr::tr("Relais cannot start");
    DatabaseUrl url;
    QString error;
    // --db, then RELAIS_DB, then Settings, then the default file.
    QString chosen = parser.value(options.db);
    if (chosen.isEmpty() && qEnvironmentVariableIsEmpty("RELAIS_DB"))
        chosen = settings.databaseUrl;
    if (!DatabaseUrl::resolve(chosen, &url, &error)) {
        // The reason already names the accepted forms.
        MessageBoxes::critical(nullptr, title, Tr::tr("The database location is not valid."),
                               error);
        return ExitUsage;
    }
    KeychainSecretStore secrets;
    const std::unique_ptr<Database> db = DatabaseLogin::open(url, secrets, &error);
    if (!db) {
        MessageBoxes::critical(
            nullptr, title, Tr::tr("Relais could not open its database %1.").arg(url.toString()),
            Tr::tr("%1\n\nCheck that the file or server is reachable and that you may write to "
                   "it, or choose another database with --db or RELAIS_DB.")
                .arg(error));
        return ExitFailure;
    }

    // One engine for the window: it stores what the window submits and, while
    // its dispatcher runs, sends every due delivery of the database.
    DeliveryEngineOptions engineOptions;
    engineOptions.retentionDays = settings.retentionDays;
    DeliveryEngine engine(*db, secrets, engineOptions);
    IntakeController intake(engine.sink(), secrets);
    SettingsController settingsController(engine, intake, secrets);
    // Problems (a port in use) show in the status bar; they do not stop Relais.
    settingsController.apply(settings);
    // The built-in inbox listens on a free port of 127.0.0.1.
    InboxServer inbox(*db, secrets);
    QString inboxError;
    inbox.start(InboxOptions{}, &inboxError);
    MainWindow window(*db, secrets, engine);
    window.setIntakeStatus(intake.statusText());
    window.setInbox(&inbox);
    // On PostgreSQL the window hears other programs' changes as they commit.
    DatabaseListener listener(*db, DatabaseListener::Changes | DatabaseListener::Webhooks);
    if (DatabaseListener::isSupported(*db)) {
        QString listenError;
        if (listener.start(&listenError))
            window.followNotifications(&listener);
        else
            qWarning().noquote() << "Not listening for changes; the log polls:" << listenError;
    }
    if (!inboxError.isEmpty())
        window.statusBar()->showMessage(
            Tr::tr("The built-in inbox could not start: %1").arg(inboxError));
    QObject::connect(&intake, &IntakeController::statusChanged, &window,
                     &MainWindow::setIntakeStatus);
    QObject::connect(&window, &MainWindow::settingsRequested, &settingsController,
                     [&] { settingsController.openDialog(&window); });
    QObject::connect(&window, &MainWindow::dispatcherToggled, &settingsController,
                     &SettingsController::dispatcherToggled);
    QObject::connect(&settingsController, &SettingsController::dispatcherChanged, &window,
                     &MainWindow::dispatcherChanged);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &engine, [&engine] {
        // Lets the requests in flight finish and hands the rest back.
        engine.stop();
    });
    window.show();
    return QApplication::exec();
}
