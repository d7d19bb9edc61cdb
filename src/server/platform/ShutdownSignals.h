#pragma once

#include <QObject>

namespace dpdesk::server {

// Turns SIGTERM/SIGINT (Unix) or console close/Ctrl+C (Windows) into a
// queued call of QCoreApplication::quit(), so shutdown happens on the event
// loop: in-flight requests complete, then the database closes cleanly.
// The platform-specific parts live only in ShutdownSignals.cpp.
void installShutdownSignalHandlers();

} // namespace dpdesk::server
