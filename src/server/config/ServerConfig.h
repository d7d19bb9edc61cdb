#pragma once

#include "core/Result.h"
#include "server/documents/LenderProfile.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace dpdesk::server {

// How dpdesk-server is configured: command-line options first, then
// environment variables (DPDESK_LISTEN, DPDESK_DATABASE, DPDESK_TLS_CERT,
// DPDESK_TLS_KEY, DPDESK_LOG_LEVEL, DPDESK_SECRET_KEY_FILE, DPDESK_LENDER_NAME,
// DPDESK_ANNUAL_RATE, DPDESK_MAIL_OUTBOX), then defaults.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString database = QStringLiteral("sqlite:dpdesk-server.db"); // or postgresql://user:pass@host:port/db
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool allowInsecureRemote = false; // plain HTTP on a non-loopback address
    QString logLevel = QStringLiteral("info"); // debug, info, warning
    bool demo = false;
    QString publicBaseUrl; // how customers reach the service (links in invitations)
    QString secretKeyFile; // server key for hashing codes/tokens; created beside the SQLite file when empty
    qint64 maxBodyBytes = 1024 * 1024;
    bool sqliteSyncNormal = false; // --sqlite-sync normal: faster, may lose the last commits on power loss
    int idleTimeoutMs = 30'000; // a connection that sends nothing this long is closed
    int customerLoginsPerIpPerMinute = 120; // raised by the benchmark only
    int passwordIterations = 600'000; // PBKDF2-SHA256, OWASP 2023; lowered only by tests
    LenderProfile lender; // the name and demo rate on the documents (--lender-name, --annual-rate)
    // Where e-mail to customers (I6) is written as .eml files. Empty: beside
    // the SQLite file ("<file>.outbox"), or "dpdesk-outbox" with PostgreSQL.
    QString mailOutbox;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    // mailOutbox, or its default.
    QString mailOutboxFolder() const;

    // Parses arguments (without argv[0]) and the given environment.
    static Result<ServerConfig> fromArguments(const QStringList &arguments, const QStringList &environment);
    // Checks combinations that parse but must not run (plain HTTP on a public address).
    Status validate() const;
    static QString usage();
};

} // namespace dpdesk::server
