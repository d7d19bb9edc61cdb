#pragma once

#include "core/time/Clock.h"
#include "server/api/WriteTransaction.h"

namespace dpdesk {
class SecretHasher;
}

namespace dpdesk::server {

class ApplicationStore;
class AuditLog;
class ChangeLog;
class Database;
class DocumentService;
class TokenService;
struct ServerConfig;

// What the API handlers share; owned by PortalServer.
struct ApiDeps
{
    Database &db;
    const Clock &clock;
    const ServerConfig &config;
    TokenService &tokens;
    ApplicationStore &applications;
    ChangeLog &changes;
    AuditLog &audit;
    SecretHasher &hasher;
    DocumentService &documents;
    CommitListener onCommit;
};

} // namespace dpdesk::server
