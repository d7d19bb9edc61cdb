#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

#include <QObject>

#include <memory>

class QTcpServer;

namespace dpdesk::server {

class Database;
class HttpServerAdapter;

// The portal service: opens and migrates the database, registers the API
// routes and serves them. Tests run it in-process on a loopback port.
class PortalServer : public QObject
{
    Q_OBJECT

public:
    explicit PortalServer(ServerConfig config, const Clock &clock = Clock::system(),
                          QObject *parent = nullptr);
    ~PortalServer() override;

    Status start();
    // Stops accepting connections and closes the database. Requests are handled
    // synchronously, so none is half-done when this runs from the event loop.
    void stop();

    quint16 port() const;
    QString baseUrl() const;
    Database &database() { return *m_db; }
    const Router &router() const { return m_router; }

private:
    void registerRoutes();
    HttpResponse handle(HttpRequest &request);

    ServerConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    Router m_router;
    HttpServerAdapter *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
};

} // namespace dpdesk::server
