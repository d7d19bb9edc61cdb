#include "server/platform/ShutdownSignals.h"

#include "server/Logging.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace dpdesk::server {

#if defined(Q_OS_UNIX)
namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char one = 1;
    // write() is async-signal-safe; the event loop reads the other end.
    [[maybe_unused]] auto n = ::write(g_signalFds[0], &one, 1);
}
} // namespace

void installShutdownSignalHandlers()
{
    if (g_signalFds[0] != -1)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFds[1], &c, 1);
        qCInfo(lcServer) << "shutdown requested; finishing requests and closing the database";
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}
#elif defined(Q_OS_WIN)
namespace {
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

void installShutdownSignalHandlers()
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void installShutdownSignalHandlers() { }
#endif

} // namespace dpdesk::server
