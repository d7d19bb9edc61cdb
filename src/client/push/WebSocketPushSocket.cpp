#include "client/push/WebSocketPushSocket.h"

#include "client/Logging.h"

namespace dpdesk::client {

WebSocketPushSocket::WebSocketPushSocket(QObject *parent)
    : PushSocket(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_opening = false;
        emit connected();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_opening = false;
        emit disconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &PushSocket::textMessageReceived);
    connect(&m_socket, &QWebSocket::pong, this, [this] { emit pong(); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto errorSignal = &QWebSocket::errorOccurred;
#else
    const auto errorSignal = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error); // renamed in 6.5
#endif
    connect(&m_socket, errorSignal, this, [this](QAbstractSocket::SocketError error) {
        qCInfo(lcPush) << "push socket error:" << error;
        // A failed connection attempt does not always end with disconnected().
        if (m_opening && m_socket.state() == QAbstractSocket::UnconnectedState) {
            m_opening = false;
            emit disconnected();
        }
    });
#ifndef QT_NO_SSL
    connect(&m_socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcPush) << "push certificate problem:" << error.error();
    });
#endif
}

void WebSocketPushSocket::open(const QUrl &url)
{
    m_opening = true;
    m_socket.open(url);
}

void WebSocketPushSocket::sendTextMessage(const QString &message)
{
    m_socket.sendTextMessage(message);
}

void WebSocketPushSocket::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_opening = false;
        return;
    }
    m_socket.abort();
}

} // namespace dpdesk::client

namespace dpdesk::client {

void WebSocketPushSocket::ping()
{
    m_socket.ping();
}

} // namespace dpdesk::client
