#pragma once

#include "client/net/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace dpdesk::client {

class PushSocket;
class SyncEngine;

// Listens to the portal service's push notices (GET /api/v1/push as a
// WebSocket; protocol in src/server/push/PushHub.h): connects, sends
// {"type":"auth","accessToken":...}, and on "hello" and every "changed"
// asks the SyncEngine to pull. When the socket is down it reconnects with a
// doubling delay (capped) and meanwhile polls (SyncEngine::pull on a timer).
// While connected it pings; no pong (or message) within the keep-alive
// timeout counts as a lost connection (a sleeping laptop, a changed network).
//
// A refused token ({"type":"error","code":"auth.invalid_token"}) stops the
// reconnecting: authenticationRequired tells the session, and reconnectNow()
// after the refresh connects again with the fresh token.
class PushClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Offline, // not started (or stopped)
        Reconnecting, // started, not (yet) connected: polling meanwhile
        Connected // authenticated; notices arrive
    };
    Q_ENUM(State)

    // Makes a new socket for every connection attempt (so that nothing from
    // an old connection arrives late). Default: WebSocketPushSocket.
    using SocketFactory = std::function<PushSocket *()>;

    PushClient(SyncEngine *engine, QUrl serverUrl, ApiClient::TokenProvider accessToken,
               SocketFactory socketFactory = {}, QObject *parent = nullptr);
    ~PushClient() override;

    // <server>/api/v1/push with ws:// for http:// and wss:// for https://.
    static QUrl pushUrl(const QUrl &serverUrl);

    // Timing (tests shorten it). Reconnect: first and largest delay (1 s, 60 s).
    void setReconnectDelays(int firstMSecs, int maxMSecs);
    // Polling while not connected (30 s); 0 switches polling off.
    void setPollInterval(int msecs);
    // Time for connect + hello (10 s).
    void setHelloTimeout(int msecs) { m_helloTimeout = msecs; }
    // Ping interval while connected (45 s; 0: off) and time for the pong (10 s).
    void setKeepAlive(int intervalMSecs, int timeoutMSecs);

    State state() const { return m_state; }
    int nextReconnectDelay() const { return m_reconnectDelay; }
    bool isReconnectScheduled() const { return m_reconnectTimer.isActive(); }
    bool isPolling() const { return m_pollTimer.isActive(); }
    int noticesReceived() const { return m_notices; }

    void start();
    void stop();
    // Connects again now with the current access token (after a refresh),
    // unless connected; resets the reconnect delay.
    void reconnectNow();

signals:
    void stateChanged(dpdesk::client::PushClient::State state);
    // A "hello" or "changed" notice with the server's cursor.
    void noticeReceived(qint64 cursor);
    void authenticationRequired(const QString &rejectedToken);

private:
    void connectSocket();
    void dropSocket();
    void lost(const char *why);
    void scheduleReconnect();
    void onConnected();
    void onText(const QString &message);
    void setState(State state);
    void updatePolling();

    SyncEngine *m_engine;
    QUrl m_url;
    ApiClient::TokenProvider m_accessToken;
    SocketFactory m_socketFactory;
    QPointer<PushSocket> m_socket;
    QString m_tokenSent;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_waitingForToken = false;
    int m_firstReconnectDelay = 1'000;
    int m_maxReconnectDelay = 60'000;
    int m_reconnectDelay = 1'000;
    int m_pollInterval = 30'000;
    int m_helloTimeout = 10'000;
    int m_keepAliveInterval = 45'000;
    int m_keepAliveTimeout = 10'000;
    int m_notices = 0;
    QTimer m_reconnectTimer;
    QTimer m_pollTimer;
    QTimer m_helloTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
};

} // namespace dpdesk::client
