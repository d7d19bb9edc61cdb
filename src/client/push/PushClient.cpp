#include "client/push/PushClient.h"

#include "client/Logging.h"
#include "client/push/WebSocketPushSocket.h"
#include "client/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dpdesk::client {

PushClient::PushClient(SyncEngine *engine, QUrl serverUrl, ApiClient::TokenProvider accessToken,
                       SocketFactory socketFactory, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_url(pushUrl(serverUrl))
    , m_accessToken(std::move(accessToken))
    , m_socketFactory(std::move(socketFactory))
{
    if (!m_socketFactory)
        m_socketFactory = [] {
            return new WebSocketPushSocket;
        };
    for (QTimer *timer : {&m_reconnectTimer, &m_helloTimer, &m_pongTimer})
        timer->setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PushClient::connectSocket);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcPush) << "polling";
        m_engine->pull();
    });
    connect(&m_helloTimer, &QTimer::timeout, this, [this] { lost("no hello in time"); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && !m_pongTimer.isActive()) {
            m_socket->ping();
            m_pongTimer.start(m_keepAliveTimeout);
        }
    });
    connect(&m_pongTimer, &QTimer::timeout, this, [this] { lost("no pong in time"); });
}

PushClient::~PushClient()
{
    dropSocket();
}

QUrl PushClient::pushUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/push"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void PushClient::setReconnectDelays(int firstMSecs, int maxMSecs)
{
    m_firstReconnectDelay = std::max(0, firstMSecs);
    m_maxReconnectDelay = std::max(m_firstReconnectDelay, maxMSecs);
    m_reconnectDelay = m_firstReconnectDelay;
}

void PushClient::setPollInterval(int msecs)
{
    m_pollInterval = std::max(0, msecs);
    m_pollTimer.stop();
    updatePolling();
}

void PushClient::setKeepAlive(int intervalMSecs, int timeoutMSecs)
{
    m_keepAliveInterval = std::max(0, intervalMSecs);
    m_keepAliveTimeout = std::max(1, timeoutMSecs);
    if (m_state == State::Connected && m_keepAliveInterval > 0)
        m_pingTimer.start(m_keepAliveInterval);
    else
        m_pingTimer.stop();
}

void PushClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcPush) << "push:" << state;
    updatePolling();
    emit stateChanged(state);
}

void PushClient::updatePolling()
{
    const bool poll = m_state == State::Reconnecting && m_pollInterval > 0;
    if (!poll)
        m_pollTimer.stop();
    else if (!m_pollTimer.isActive())
        m_pollTimer.start(m_pollInterval);
}

void PushClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_reconnectDelay = m_firstReconnectDelay;
    setState(State::Reconnecting);
    connectSocket();
}

void PushClient::stop()
{
    m_running = false;
    m_waitingForToken = false;
    dropSocket();
    m_reconnectTimer.stop();
    setState(State::Offline);
}

void PushClient::reconnectNow()
{
    if (!m_running || m_state == State::Connected)
        return;
    m_waitingForToken = false;
    m_reconnectDelay = m_firstReconnectDelay;
    m_reconnectTimer.stop();
    dropSocket();
    connectSocket();
}

void PushClient::connectSocket()
{
    if (!m_running || m_waitingForToken)
        return;
    dropSocket();
    m_tokenSent = m_accessToken ? m_accessToken() : QString();
    if (m_tokenSent.isEmpty()) {
        // No token yet (a session being resumed): wait for reconnectNow().
        m_waitingForToken = true;
        setState(State::Reconnecting);
        return;
    }
    PushSocket *socket = m_socketFactory();
    socket->setParent(this);
    m_socket = socket;
    connect(socket, &PushSocket::connected, this, &PushClient::onConnected);
    connect(socket, &PushSocket::textMessageReceived, this, &PushClient::onText);
    connect(socket, &PushSocket::pong, this, [this] { m_pongTimer.stop(); });
    connect(socket, &PushSocket::disconnected, this, [this] { lost("disconnected"); });
    m_helloTimer.start(m_helloTimeout);
    qCInfo(lcPush) << "connecting to" << m_url.host() << m_url.port();
    socket->open(m_url);
}

void PushClient::dropSocket()
{
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    if (!m_socket)
        return;
    PushSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();
}

void PushClient::lost(const char *why)
{
    if (!m_socket)
        return;
    qCInfo(lcPush) << "push connection lost:" << why;
    dropSocket();
    if (!m_running)
        return;
    setState(State::Reconnecting);
    scheduleReconnect();
}

void PushClient::scheduleReconnect()
{
    if (m_waitingForToken || m_reconnectTimer.isActive())
        return;
    qCInfo(lcPush) << "reconnecting in" << m_reconnectDelay << "ms";
    m_reconnectTimer.start(m_reconnectDelay);
    m_reconnectDelay = std::min(m_reconnectDelay * 2, m_maxReconnectDelay);
}

void PushClient::onConnected()
{
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "auth"}, {"accessToken", m_tokenSent}})
                              .toJson(QJsonDocument::Compact)));
}

void PushClient::onText(const QString &message)
{
    m_pongTimer.stop(); // any message shows the connection is alive
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello") || type == QLatin1String("changed")) {
        const qint64 cursor = object.value(QLatin1String("cursor")).toInteger();
        if (type == QLatin1String("hello")) {
            m_helloTimer.stop();
            m_reconnectDelay = m_firstReconnectDelay;
            setState(State::Connected);
            if (m_keepAliveInterval > 0)
                m_pingTimer.start(m_keepAliveInterval);
        }
        ++m_notices;
        qCDebug(lcPush) << type << "up to" << cursor;
        emit noticeReceived(cursor);
        m_engine->pull();
        return;
    }
    if (type == QLatin1String("error")) {
        const QString code = object.value(QLatin1String("code")).toString();
        qCInfo(lcPush) << "push refused:" << code;
        dropSocket();
        setState(State::Reconnecting);
        if (code == QLatin1String("auth.invalid_token")) {
            m_waitingForToken = true;
            emit authenticationRequired(m_tokenSent);
        } else {
            scheduleReconnect();
        }
        return;
    }
    qCDebug(lcPush) << "ignoring a push message of type" << type;
}

} // namespace dpdesk::client
