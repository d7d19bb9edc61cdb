#pragma once

#include "client/push/PushSocket.h"

#include <QWebSocket>

namespace dpdesk::client {

// PushSocket over QWebSocket (ws:// or wss://). TLS certificate errors are
// never ignored: the handshake fails and the socket reports disconnected.
class WebSocketPushSocket final : public PushSocket
{
    Q_OBJECT

public:
    explicit WebSocketPushSocket(QObject *parent = nullptr);

    void open(const QUrl &url) override;
    void sendTextMessage(const QString &message) override;
    void close() override;
    void ping() override;

private:
    QWebSocket m_socket;
    bool m_opening = false;
};

} // namespace dpdesk::client
