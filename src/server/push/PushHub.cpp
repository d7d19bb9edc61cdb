#include "server/push/PushHub.h"

#include "core/wire/StrictJson.h"
#include "server/Logging.h"
#include "server/auth/TokenService.h"
#include "server/http/HttpServerAdapter.h"

#include <QWebSocket>

namespace dpdesk::server {

namespace {
const QString kPushPath = QStringLiteral("/api/v1/push");
}

struct PushHub::Client
{
    std::unique_ptr<QWebSocket> socket;
    bool authenticated = false;
    AuthContext auth;
};

PushHub::PushHub(HttpServerAdapter &http, TokenService &tokens, std::function<qint64(qint64)> currentCursor,
                 QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_currentCursor(std::move(currentCursor))
{
    m_http.allowWebSocketUpgrades(kPushPath);
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &PushHub::accept);
    m_ping.setInterval(PingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (const auto &c : std::as_const(m_clients))
            c->socket->ping();
    });
    m_ping.start();
}

PushHub::~PushHub()
{
    for (const auto &c : std::as_const(m_clients))
        c->socket->disconnect(this);
    m_clients.clear();
}

int PushHub::connectedClients() const
{
    int n = 0;
    for (const auto &c : m_clients)
        n += c->authenticated ? 1 : 0;
    return n;
}

void PushHub::accept()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        QWebSocket *raw = socket.get();
        if (raw->requestUrl().path() != kPushPath) {
            raw->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown endpoint"));
            raw->deleteLater();
            socket.release();
            continue;
        }
        auto client = std::make_shared<Client>();
        client->socket = std::move(socket);
        m_clients.insert(raw, client);
        connect(raw, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &m) { onText(raw, m); });
        connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
        QTimer::singleShot(AuthTimeoutMs, this, [this, raw] {
            const auto it = m_clients.constFind(raw);
            if (it != m_clients.cend() && !(*it)->authenticated) {
                raw->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("authenticate first"));
                drop(raw);
            }
        });
    }
}

void PushHub::onText(QWebSocket *socket, const QString &message)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.cend())
        return;
    Client &client = **it;
    if (client.authenticated)
        return; // clients only listen after authenticating
    JsonLimits limits;
    limits.maxBytes = 4096;
    const auto parsed = parseJsonObject(message.toUtf8(), limits);
    const auto auth = parsed && parsed->value("type").toString() == QLatin1String("auth")
        ? m_tokens.authenticate(parsed->value("accessToken").toString())
        : std::nullopt;
    if (!auth) {
        socket->sendTextMessage(QStringLiteral(R"({"type":"error","code":"auth.invalid_token"})"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid token"));
        drop(socket);
        return;
    }
    client.authenticated = true;
    client.auth = *auth;
    socket->sendTextMessage(QString::fromUtf8(
        toCompactJson(QJsonObject{{"type", "hello"}, {"cursor", m_currentCursor(auth->officeId)}})));
    qCDebug(lcServerPush) << "push client joined for office" << auth->officeId;
}

void PushHub::notify(qint64 officeId, qint64 cursor)
{
    const QString notice =
        QString::fromUtf8(toCompactJson(QJsonObject{{"type", "changed"}, {"cursor", cursor}}));
    for (const auto &c : std::as_const(m_clients)) {
        if (c->authenticated && c->auth.officeId == officeId)
            c->socket->sendTextMessage(notice);
    }
}

void PushHub::drop(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    std::shared_ptr<Client> client = *it;
    m_clients.erase(it);
    client->socket.release()->deleteLater();
}

} // namespace dpdesk::server
