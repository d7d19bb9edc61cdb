// dpdesk: the desktop client. All logic lives in the core, client and gui libraries.
#include "client/net/ServerProbe.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DP Desk"));
    QApplication::setOrganizationName(QStringLiteral("DP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DPDESK_VERSION));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dpdesk.svg")));
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
                                    QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot of the main window to FILE and quit."), QStringLiteral("file"));
    parser.addOption(serverOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    QNetworkAccessManager network;
    dpdesk::client::ServerProbe probe(&network, QUrl(parser.value(serverOption)));
    dpdesk::gui::MainWindow window(&probe);
    window.show();
    probe.probe();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&probe, &dpdesk::client::ServerProbe::stateChanged, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
