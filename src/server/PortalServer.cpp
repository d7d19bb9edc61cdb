#include "server/PortalServer.h"

#include "server/Logging.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/http/GuardedTcpServer.h"
#include "server/http/HttpServerAdapter.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUuid>

namespace dpdesk::server {

PortalServer::PortalServer(ServerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{ }

PortalServer::~PortalServer()
{
    stop();
}

Status PortalServer::start()
{
    if (auto s = m_config.validate(); !s)
        return s;
    auto db = Database::open(m_config.database,
                             QStringLiteral("portal-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    auto version = migrate(*m_db);
    if (!version)
        return version.error();
    qCInfo(lcServerDb) << "database schema at version" << version.value();

    registerRoutes();

    ConnectionLimits limits;
    limits.maxRequestBytes = m_config.maxBodyBytes + 16 * 1024;
    if (m_config.tlsEnabled()) {
        QFile certFile(m_config.tlsCertificateFile);
        QFile keyFile(m_config.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error{"config.tls", QStringLiteral("Cannot read the TLS certificate or key file."),
                         "tls-cert"};
        const auto certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem) : key;
        if (certs.isEmpty() || (key.isNull() && ecKey.isNull()))
            return Error{"config.tls", QStringLiteral("The TLS certificate or key is not valid PEM."),
                         "tls-cert"};
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(certs);
        tls.setPrivateKey(key.isNull() ? ecKey : key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_tcp = new GuardedSslServer(limits, tls, this);
    } else {
        m_tcp = new GuardedTcpServer(limits, this);
    }
    if (!m_tcp->listen(m_config.listenAddress, m_config.listenPort))
        return Error{"server.listen",
                     QStringLiteral("Cannot listen on %1:%2: %3")
                         .arg(m_config.listenAddress.toString())
                         .arg(m_config.listenPort)
                         .arg(m_tcp->errorString()),
                     "listen"};
    m_http = new HttpServerAdapter([this](HttpRequest &r) { return handle(r); }, this);
    if (!m_http->attach(m_tcp))
        return Error{"server.listen", QStringLiteral("Cannot attach the HTTP server."), "listen"};
    qCInfo(lcServer) << "listening on" << baseUrl();
    return Status::success();
}

void PortalServer::stop()
{
    if (m_tcp)
        m_tcp->close();
    if (m_db)
        m_db->close();
}

quint16 PortalServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString PortalServer::baseUrl() const
{
    const QString host = m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? '[' + m_config.listenAddress.toString() + ']'
        : m_config.listenAddress.toString();
    return QStringLiteral("%1://%2:%3").arg(m_config.tlsEnabled() ? "https" : "http", host).arg(port());
}

HttpResponse PortalServer::handle(HttpRequest &request)
{
    HttpResponse response = m_router.dispatch(request);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    qCDebug(lcServerHttp) << request.method << request.path << response.status;
    return response;
}

void PortalServer::registerRoutes()
{
    m_router.add("GET", QStringLiteral("/api/v1/health"), [this](HttpRequest &) {
        if (!m_db->ping())
            return HttpResponse::error(503, QStringLiteral("db.unavailable"),
                                       QStringLiteral("The database cannot be reached."));
        return HttpResponse::json(200,
                                  QJsonObject{{"status", "ok"},
                                              {"database", m_db->isPostgres() ? "postgresql" : "sqlite"},
                                              {"time", m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
    });
}

} // namespace dpdesk::server
