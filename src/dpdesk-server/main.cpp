// dpdesk-server: the portal service. All logic lives in the server library.
#include "server/PortalServer.h"
#include "server/config/ServerConfig.h"
#include "server/platform/ShutdownSignals.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The documents are rendered with Qt's text and PDF classes, which need a
    // QGuiApplication (fonts). A server has no display: use the offscreen
    // platform unless one is set.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dpdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPDESK_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(dpdesk::server::ServerConfig::usage()), stdout);
        return 0;
    }
    auto config = dpdesk::server::ServerConfig::fromArguments(
        args, QProcessEnvironment::systemEnvironment().toStringList());
    if (!config) {
        std::fprintf(stderr, "dpdesk-server: %s\n\n%s", qPrintable(config.error().message),
                     qPrintable(dpdesk::server::ServerConfig::usage()));
        return 2;
    }
    if (config->logLevel == QLatin1String("debug"))
        QLoggingCategory::setFilterRules(QStringLiteral("dpdesk.*.debug=true"));
    else if (config->logLevel == QLatin1String("warning"))
        QLoggingCategory::setFilterRules(QStringLiteral("dpdesk.*.info=false"));

    dpdesk::server::PortalServer server(config.value());
    if (auto started = server.start(); !started) {
        std::fprintf(stderr, "dpdesk-server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    if (config->demo) {
        auto demo = server.seedDemo();
        if (!demo) {
            std::fprintf(stderr, "dpdesk-server: demo data: %s\n", qPrintable(demo.error().message));
            return 1;
        }
        std::fputs(qPrintable(demo.value()), stdout);
    }
    dpdesk::server::installShutdownSignalHandlers();
    std::printf("dpdesk-server %s listening on %s\n", DPDESK_VERSION, qPrintable(server.baseUrl()));
    std::fflush(stdout);
    const int rc = app.exec();
    server.stop();
    return rc;
}
