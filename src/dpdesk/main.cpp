// dpdesk: the desktop client. All logic lives in the core, client and gui libraries.
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/credentials/KeychainCredentialStore.h"
#include "core/otp/Base32.h"
#include "gui/window/DeskController.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

// The server address: the administrator's policy (a system-wide setting
// "policy/server", which also fixes it), then the command line, then the
// user's last choice.
struct ServerChoice
{
    QUrl url;
    bool locked = false;
};

ServerChoice chooseServer(const QString &commandLine)
{
    QSettings system(QSettings::SystemScope, QApplication::organizationName(),
                     QApplication::applicationName());
    const QString policy = system.value(QStringLiteral("policy/server")).toString();
    if (!policy.isEmpty())
        return {QUrl(policy), true};
    if (!commandLine.isEmpty())
        return {QUrl(commandLine), false};
    const QString last = QSettings().value(QStringLiteral("login/lastServer")).toString();
    return {QUrl(last.isEmpty() ? QStringLiteral("https://portal.example.nl") : last), false};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DP Desk"));
    QApplication::setOrganizationName(QStringLiteral("DP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DPDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dpdesk.svg")));
    QApplication::setQuitOnLastWindowClosed(true);

    // Dutch or English, after the system's language (translations/*.ts, built in).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dpdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator; // Qt's own texts (network errors, standard dialogs)
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DP Desk, the back office for credit intermediaries"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Portal service URL."),
                                    QStringLiteral("url"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot of the main window to FILE once the first sync is done, and quit."),
        QStringLiteral("file"));
    QCommandLineOption memoryCredentialsOption(
        QStringLiteral("no-keychain"),
        QStringLiteral("Keep the login in memory only (not in the system keychain)."));
    parser.addOption(serverOption);
    parser.addOption(screenshotOption);
    parser.addOption(memoryCredentialsOption);
    parser.process(app);

    // The system keychain keeps the refresh token between runs; without one
    // (a headless demo) the login lasts as long as the app.
    std::unique_ptr<dpdesk::client::CredentialStore> credentials;
    if (parser.isSet(memoryCredentialsOption))
        credentials = std::make_unique<dpdesk::client::InMemoryCredentialStore>();
    else
        credentials = std::make_unique<dpdesk::client::KeychainCredentialStore>();

    const ServerChoice server = chooseServer(parser.value(serverOption));
    QNetworkAccessManager network;
    dpdesk::gui::MainWindow window;
    dpdesk::gui::DeskController::Options options;
    options.serverUrl = server.url;
    options.serverLocked = server.locked;
    dpdesk::gui::DeskController desk(&network, credentials.get(), dpdesk::Clock::system(), options, &window);
    window.show();

    // Demo mode (scripts/run-demo.sh): log in as the demo user printed by
    // `dpdesk-server --demo`; the secrets come through the environment only.
    const QString demoUser = qEnvironmentVariable("DPDESK_DEMO_USER");
    const auto decoded = dpdesk::Base32::decode(qEnvironmentVariable("DPDESK_DEMO_TOTP_SECRET"));
    const QByteArray demoSecret = decoded ? *decoded : QByteArray();
    if (!demoUser.isEmpty() && !demoSecret.isEmpty())
        desk.loginWithSecret(demoUser, qEnvironmentVariable("DPDESK_DEMO_PASSWORD"), demoSecret);
    else
        desk.start();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            QTimer::singleShot(800, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(desk.workspace(), &dpdesk::client::Workspace::lastSyncedAtChanged, &window, shoot,
                         Qt::SingleShotConnection);
        QTimer::singleShot(20'000, &window, shoot); // whatever the state, after 20 s
    }
    return app.exec();
}
