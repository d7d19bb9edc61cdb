#pragma once

#include "server/auth/AuthContext.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace dpdesk::server {

class HttpServerAdapter;
class TokenService;

// The push endpoint (GET /api/v1/push, WebSocket). A client connects, sends
// {"type":"auth","accessToken":"..."} within 5 s, and gets
// {"type":"hello","cursor":N}; from then on, within milliseconds of each
// commit that changes its office, {"type":"changed","cursor":N}, on which it
// pulls the changes feed. Notices carry no data, so nothing leaks through
// them; clients fall back to polling when the socket is down.
class PushHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int AuthTimeoutMs = 5000;
    static constexpr int PingIntervalMs = 30'000;

    PushHub(HttpServerAdapter &http, TokenService &tokens,
            std::function<qint64(qint64 officeId)> currentCursor, QObject *parent = nullptr);
    ~PushHub() override;

    void notify(qint64 officeId, qint64 cursor);
    int connectedClients() const;

private:
    struct Client;
    void accept();
    void onText(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);

    HttpServerAdapter &m_http;
    TokenService &m_tokens;
    std::function<qint64(qint64)> m_currentCursor;
    QHash<QWebSocket *, std::shared_ptr<Client>> m_clients;
    QTimer m_ping;
};

} // namespace dpdesk::server
