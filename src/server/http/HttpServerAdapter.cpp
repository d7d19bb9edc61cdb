#include "server/http/HttpServerAdapter.h"

#include "server/http/GuardedTcpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
#include <QHttpHeaders>
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace dpdesk::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

HttpServerAdapter::HttpServerAdapter(Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
{ }

bool HttpServerAdapter::attach(QTcpServer *server)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return bind(server);
#else
    bind(server);
    return server->isListening();
#endif
}

HttpResponse HttpServerAdapter::process(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        r.headers.append({headers.nameAt(i).toByteArray(), headers.valueAt(i).toByteArray()});
#else
    r.headers = request.headers();
#endif
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return m_dispatch(r);
}

void HttpServerAdapter::write(QHttpServerResponder &responder, const HttpResponse &response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &h : response.headers)
        headers.append(h.first, h.second);
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request after a handler claimed it
    // (returned true) without answering it.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && m_webSocketPaths.contains(request.url().path())) {
        if (auto *idle = socket->findChild<QTimer *>(QString::fromLatin1(kIdleTimerName)))
            idle->deleteLater();
        return true;
    }
    const HttpResponse response = process(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, response);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Not found.")));
}
#else
bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    write(responder, process(request));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    write(responder, HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Not found.")));
}
#endif

void HttpServerAdapter::allowWebSocketUpgrades(const QString &path)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    addWebSocketUpgradeVerifier(this, [path](const QHttpServerRequest &request) {
        return request.url().path() == path ? QHttpServerWebSocketUpgradeResponse::accept()
                                            : QHttpServerWebSocketUpgradeResponse::deny();
    });
#else
    m_webSocketPaths.append(path);
#endif
}

} // namespace dpdesk::server
