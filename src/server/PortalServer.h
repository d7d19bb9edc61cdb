#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

#include <QObject>

#include <memory>

class QTcpServer;

namespace dpdesk {
class SecretHasher;
}

namespace dpdesk::server {

class AccountService;
class ApplicationStore;
class CustomerFlow;
class CustomerLogin;
class CustomerSessions;
class DocumentSource;
class Mailer;
class SandboxIdentificationProvider;
class SandboxIdinProvider;
class AuditLog;
class ChangeLog;
class PushHub;
struct ApiDeps;
class Database;
class DocumentService;
class DocumentStore;
class HttpServerAdapter;
class TokenService;

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
    // Seeds the demo office (idempotent); returns the text to print once.
    Result<QString> seedDemo();
    // Stops accepting connections and closes the database. Requests are handled
    // synchronously, so none is half-done when this runs from the event loop.
    void stop();

    quint16 port() const;
    QString baseUrl() const;
    Database &database() { return *m_db; }
    const Router &router() const { return m_router; }
    AccountService &accounts() { return *m_accounts; }
    TokenService &tokens() { return *m_tokens; }
    ApplicationStore &applications() { return *m_applications; }
    PushHub &push() { return *m_push; }
    DocumentService &documents() { return *m_documents; }
    // The customer's flow: the service functions the web pages call, and the
    // session lookup they use (CustomerSessions::authenticate).
    CustomerFlow &customerFlow() { return *m_customerFlow; }
    CustomerLogin &customerLogin() { return *m_customerLogin; }
    CustomerSessions &customerSessions() { return *m_customerSessions; }
    // The folder the confirmation mails (I6) are written to.
    QString mailOutbox() const { return m_config.mailOutboxFolder(); }

signals:
    // A write committed changes for an office, up to seq (push notices).
    void changesCommitted(qint64 officeId, qint64 seq);

public:
    const ServerConfig &config() const { return m_config; }

private:
    void registerRoutes();
    qint64 currentCursor(qint64 officeId);
    // The address customers reach the service at (links to the sandbox bank and app).
    QString customerBaseUrl() const;
    HttpResponse handle(HttpRequest &request);

    ServerConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QByteArray m_secretKey;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ApplicationStore> m_applications;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SecretHasher> m_hasher;
    std::unique_ptr<DocumentStore> m_documentStore;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<ApiDeps> m_deps;
    std::unique_ptr<CustomerSessions> m_customerSessions;
    std::unique_ptr<CustomerLogin> m_customerLogin;
    std::unique_ptr<SandboxIdinProvider> m_idin;
    std::unique_ptr<SandboxIdentificationProvider> m_identification;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<DocumentSource> m_documentSource;
    std::unique_ptr<CustomerFlow> m_customerFlow;
    PushHub *m_push = nullptr;
    Router m_router;
    HttpServerAdapter *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
};

} // namespace dpdesk::server
