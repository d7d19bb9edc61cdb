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

// For a client that is still sending: answer, then read and discard what it
// sends for a short while before closing. Closing with unread data would
// reset the connection and the client would never see the answer.
void refuseWhileDraining(QTcpSocket *socket, const QByteArray &statusLine, const QByteArray &code,
                         const QByteArray &message)
{
    const QByteArray body = R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})";
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    auto *quiet = new QTimer(socket);
    quiet->setSingleShot(true);
    quiet->setInterval(300);
    QObject::connect(quiet, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    QObject::connect(socket, &QTcpSocket::readyRead, quiet, [socket, quiet] {
        socket->readAll();
        quiet->start();
    });
    quiet->start();
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
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
    idle->setObjectName(QString::fromLatin1(kIdleTimerName));
    idle->setSingleShot(true);
    idle->setInterval(limits.idleTimeoutMs);
    QObject::connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();

    // The framework may read the socket dry in its own readyRead handler, so
    // count what arrived since the last response: this slot runs before the
    // framework's (connected first), a second one after it (connected on the
    // first read) notes what the framework left unread.
    struct Counter
    {
        qint64 sinceResponse = 0;
        qint64 leftUnread = 0;
        bool afterConnected = false;
    };
    auto counter = std::make_shared<Counter>();
    const qint64 maxBytes = limits.maxRequestBytes;
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, idle, maxBytes, counter] {
        idle->start();
        if (!counter->afterConnected) {
            counter->afterConnected = true;
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket, counter] { counter->leftUnread = socket->bytesAvailable(); });
        }
        counter->sinceResponse += socket->bytesAvailable() - counter->leftUnread;
        counter->leftUnread = socket->bytesAvailable();
        if (counter->sinceResponse <= maxBytes)
            return;
        qCInfo(lcServerHttp) << "request larger than" << maxBytes << "bytes refused";
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        socket->readAll();
        refuseWhileDraining(socket, "413 Payload Too Large", "body_too_large", "The request is too large.");
    });
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [counter] { counter->sinceResponse = 0; });
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
