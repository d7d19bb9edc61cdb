#include "server/http/GuardedTcpServer.h"

#include "server/Logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace dpdesk::server {

namespace {
// Answers before (or instead of) the framework and closes the connection.
void refuse(QTcpSocket *socket, const QByteArray &statusLine, const QByteArray &code,
            const QByteArray &message)
{
    const QByteArray body = R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})";
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

void guardConnection(QTcpSocket *socket, const ConnectionLimits &limits, std::shared_ptr<int> openConnections)
{
    ++*openConnections;
    QObject::connect(socket, &QObject::destroyed, [openConnections] { --*openConnections; });
    if (*openConnections > limits.maxConnections) {
        qCWarning(lcServerHttp) << "connection limit reached; refusing a connection";
        refuse(socket, "503 Service Unavailable", "server_busy",
               "The server is busy. Please try again shortly.");
        return;
    }

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(limits.idleTimeoutMs);
    QObject::connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();

    // Connected before the HTTP server connects its own readyRead handler, so
    // this runs first and sees the bytes the framework has buffered so far.
    const qint64 maxBytes = limits.maxRequestBytes;
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, idle, maxBytes] {
        idle->start();
        if (socket->bytesAvailable() <= maxBytes)
            return;
        qCInfo(lcServerHttp) << "request larger than" << maxBytes << "bytes refused";
        socket->readAll();
        refuse(socket, "413 Payload Too Large", "body_too_large", "The request is too large.");
    });
    QObject::connect(socket, &QTcpSocket::bytesWritten, idle, [idle] { idle->start(); });
}

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        guardConnection(socket, m_limits, m_open);
    return socket;
}

GuardedSslServer::GuardedSslServer(ConnectionLimits limits, const QSslConfiguration &tls, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
{
    setSslConfiguration(tls);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        guardConnection(socket, m_limits, m_open);
    return socket;
}

} // namespace dpdesk::server
