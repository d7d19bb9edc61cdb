#pragma once

#include <QObject>
#include <QUrl>

namespace dpdesk::client {

// The seam between PushClient and the WebSocket: the app uses
// WebSocketPushSocket (QWebSocket); tests script a fake one.
class PushSocket : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PushSocket() override = default;

    // Opens (or reopens) the connection; connected() or disconnected() follows.
    virtual void open(const QUrl &url) = 0;
    virtual void sendTextMessage(const QString &message) = 0;
    // Closes the connection; disconnected() follows when it was open or opening.
    virtual void close() = 0;
    // Asks the server for a pong (keep-alive); pong() follows when the
    // connection is alive.
    virtual void ping() = 0;

signals:
    void connected();
    void disconnected();
    void textMessageReceived(const QString &message);
    void pong();
};

} // namespace dpdesk::client
