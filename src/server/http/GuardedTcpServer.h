#pragma once

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <memory>

namespace dpdesk::server {

// Limits QtHttpServer 6.4 does not have, applied per connection before the
// framework parses anything: a cap on buffered request bytes (answers 413 and
// closes), an idle timeout, and a cap on open connections.
struct ConnectionLimits
{
    qint64 maxRequestBytes = 1024 * 1024 + 16 * 1024; // body limit + headers
    int idleTimeoutMs = 30'000;
    int maxConnections = 512;
};

// The guard's idle timer on a socket; stopped when the socket is upgraded to
// a WebSocket, which has its own keep-alive.
inline constexpr char kIdleTimerName[] = "dpdesk.idle";

void guardConnection(QTcpSocket *socket, const ConnectionLimits &limits,
                     std::shared_ptr<int> openConnections);

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionLimits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(ConnectionLimits limits, const QSslConfiguration &tls, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionLimits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

} // namespace dpdesk::server
