#pragma once

#include "server/http/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QStringList>
#include <QtGlobal>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace dpdesk::server {

// The one place that knows which QtHttpServer version we build against.
// Qt 6.4: handleRequest(request, QTcpSocket*), makeResponder(), listen().
// Qt 6.5+: handleRequest(request, QHttpServerResponder&) and, from 6.8,
// bind(QTcpServer*) returning bool and QHttpHeaders on the responder.
// Everything above this class sees plain HttpRequest / HttpResponse values,
// handled synchronously on the server thread (no QFuture routes, so a client
// that disconnects early cannot crash the server).
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatch = std::function<HttpResponse(HttpRequest &)>;

    explicit HttpServerAdapter(Dispatch dispatch, QObject *parent = nullptr);

    // Starts serving on an already listening TCP (or SSL) server.
    bool attach(QTcpServer *server);

    // Lets WebSocket upgrades through on this path (newWebSocketConnection).
    // Qt 6.4-6.7 hand over every upgrade once the signal is connected; the
    // receiver checks the path. Qt 6.8+ needs an explicit verifier.
    void allowWebSocketUpgrades(const QString &path);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    HttpResponse process(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const HttpResponse &response);

    Dispatch m_dispatch;
    QStringList m_webSocketPaths;
};

} // namespace dpdesk::server
