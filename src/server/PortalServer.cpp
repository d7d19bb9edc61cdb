#include "server/PortalServer.h"

#include "core/crypto/Digest.h"
#include "core/invitation/SecretHasher.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApplicationsApi.h"
#include "server/api/AuthApi.h"
#include "server/api/ChangesApi.h"
#include "server/api/ContractApi.h"
#include "server/api/CustomerApi.h"
#include "server/api/CustomerLoginApi.h"
#include "server/api/DocumentsApi.h"
#include "server/api/InvitationsApi.h"
#include "server/api/UsersApi.h"
#include "server/auth/AccountService.h"
#include "server/auth/TokenService.h"
#include "server/config/SecretKey.h"
#include "server/config/TlsConfig.h"
#include "server/customer/CustomerFlow.h"
#include "server/customer/CustomerLogin.h"
#include "server/customer/CustomerSessions.h"
#include "server/customer/FolderMailer.h"
#include "server/customer/SandboxIdentificationProvider.h"
#include "server/customer/SandboxIdinProvider.h"
#include "server/customer/ServiceDocumentSource.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/demo/DemoSeeder.h"
#include "server/documents/DocumentService.h"
#include "server/http/GuardedTcpServer.h"
#include "server/http/HttpServerAdapter.h"
#include "server/push/PushHub.h"
#include "server/store/ApplicationStore.h"
#include "server/store/AuditLog.h"
#include "server/store/ChangeLog.h"
#include "server/store/DocumentStore.h"
#include "server/web/CustomerPages.h"
#include "server/web/SandboxPages.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

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
    auto db = Database::open(
        m_config.database, QStringLiteral("portal-") + QUuid::createUuid().toString(QUuid::Id128),
        m_config.sqliteSyncNormal ? Database::SqliteSync::Normal : Database::SqliteSync::Full);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    auto version = migrate(*m_db);
    if (!version)
        return version.error();
    qCInfo(lcServerDb) << "database schema at version" << version.value();

    QString keyFile = m_config.secretKeyFile;
    if (keyFile.isEmpty()) {
        if (m_db->isPostgres())
            return Error{
                "config.secret_key",
                QStringLiteral("With PostgreSQL, give --secret-key-file (shared by every instance)."),
                "secret-key-file"};
        keyFile = m_config.database.mid(7) + QStringLiteral(".key");
    }
    auto key = loadOrCreateSecretKey(keyFile);
    if (!key)
        return key.error();
    m_secretKey = key.value();
    m_tokens = std::make_unique<TokenService>(*m_db, m_clock);
    m_accounts = std::make_unique<AccountService>(*m_db, m_clock, *m_tokens, m_config.passwordIterations);
    m_applications = std::make_unique<ApplicationStore>(*m_db);
    m_changes = std::make_unique<ChangeLog>(*m_db);
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_hasher = std::make_unique<SecretHasher>(m_secretKey);
    m_documentStore = std::make_unique<DocumentStore>(*m_db);
    m_documents =
        std::make_unique<DocumentService>(*m_db, *m_documentStore, *m_audit, m_config.lender, m_clock);
    if (auto backfilled = m_documents->backfill(); !backfilled)
        return backfilled.error();
    else if (backfilled.value() > 0)
        qCInfo(lcServerDb) << "document versions made for" << backfilled.value() << "applications";
    m_deps.reset(new ApiDeps{*m_db, m_clock, m_config, *m_tokens, *m_applications, *m_changes, *m_audit,
                             *m_hasher, *m_documents, [this](const WriteEffects &fx) {
                                 for (const auto &c : fx.changes)
                                     emit changesCommitted(c.officeId, c.seq);
                             }});
    // The customer's flow (issue 6), with the sandbox bank and identification
    // app, and e-mail to the outbox folder (SMTP is not built yet).
    m_customerSessions = std::make_unique<CustomerSessions>(*m_db, m_clock);
    m_customerLogin = std::make_unique<CustomerLogin>(*m_deps, *m_customerSessions);
    m_idin = std::make_unique<SandboxIdinProvider>(*m_db, m_clock, [this] { return customerBaseUrl(); });
    m_identification =
        std::make_unique<SandboxIdentificationProvider>(*m_db, m_clock, [this] { return customerBaseUrl(); });
    m_mailer = std::make_unique<FolderMailer>(m_config.mailOutboxFolder(),
                                              QStringLiteral("noreply@dpdesk.invalid"), m_clock);
    m_documentSource = std::make_unique<ServiceDocumentSource>(*m_db, *m_documents);
    m_customerFlow =
        std::make_unique<CustomerFlow>(*m_deps, *m_idin, *m_identification, *m_mailer, *m_documentSource);

    registerRoutes();

    ConnectionLimits limits;
    limits.maxRequestBytes = m_config.maxBodyBytes + 16 * 1024;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    if (m_config.tlsEnabled()) {
        auto tls = loadTlsConfiguration(m_config.tlsCertificateFile, m_config.tlsKeyFile);
        if (!tls)
            return tls.error();
        m_tcp = new GuardedSslServer(limits, tls.value(), this);
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
    m_push = new PushHub(
        *m_http, *m_tokens, [this](qint64 officeId) { return currentCursor(officeId); }, this);
    connect(this, &PortalServer::changesCommitted, m_push, &PushHub::notify);
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

qint64 PortalServer::currentCursor(qint64 officeId)
{
    QSqlQuery q = m_db->query(QStringLiteral("SELECT change_seq FROM offices WHERE id = ?"));
    q.addBindValue(officeId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
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

QString PortalServer::customerBaseUrl() const
{
    return m_config.publicBaseUrl.isEmpty() ? baseUrl() : m_config.publicBaseUrl;
}

HttpResponse PortalServer::handle(HttpRequest &request)
{
    HttpResponse response = m_router.dispatch(request);
    m_db->finishPrepared();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    qCDebug(lcServerHttp) << request.method << request.path << response.status;
    return response;
}

Result<QString> PortalServer::seedDemo()
{
    DemoSeeder seeder(*m_db, *m_accounts, *m_applications, *m_changes, *m_audit, *m_hasher, m_clock);
    auto users = seeder.seed();
    if (!users)
        return users.error();
    if (auto documents = m_documents->backfill(); !documents) // the demo's applications (D1)
        return documents.error();
    if (users->isEmpty())
        return QStringLiteral("Demo office already present; its passwords were shown when it was created.\n");
    return DemoSeeder::describe(users.value());
}

void PortalServer::registerRoutes()
{
    // The push endpoint is a WebSocket (PushHub); a plain request learns how to connect.
    m_router.add("GET", QStringLiteral("/api/v1/push"), [](HttpRequest &) {
        HttpResponse r = HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                             QStringLiteral("Connect to this address with a WebSocket."));
        r.setHeader("Upgrade", "websocket");
        return r;
    });
    registerAuthApi(m_router, *m_accounts, *m_tokens, m_config);
    registerApplicationsApi(m_router, *m_deps);
    registerInvitationsApi(m_router, *m_deps);
    registerDocumentsApi(m_router, *m_deps);
    registerContractApi(m_router, *m_deps);
    registerChangesApi(m_router, *m_deps);
    registerCustomerLoginApi(m_router, *m_deps, *m_customerLogin);
    registerCustomerApi(m_router, *m_deps, *m_customerSessions, *m_customerFlow);
    registerCustomerIdinApi(m_router, *m_deps, *m_customerSessions, *m_customerFlow);
    registerCustomerIdentificationApi(m_router, *m_deps, *m_customerSessions, *m_customerFlow);
    registerSandboxApi(m_router, *m_deps, *m_idin, *m_identification, *m_customerFlow);
    registerUsersApi(m_router, *m_deps, *m_accounts);
    // The customer's web pages and the sandbox's, on the same service
    // functions; their CSRF tokens use a key of their own, derived from the
    // service's secret key.
    const QByteArray pageKey = Digest::hmacSha256(m_secretKey, "dpdesk web pages: csrf");
    registerCustomerPages(m_router, *m_deps, *m_customerLogin, *m_customerSessions, *m_customerFlow, pageKey);
    registerSandboxPages(m_router, *m_deps, *m_idin, *m_identification, *m_customerFlow, pageKey);
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
