#pragma once

#include "core/time/Clock.h"
#include "server/PortalServer.h"

#include <QTemporaryDir>

#include <memory>

#include "support/TestHttp.h"

namespace dpdesk::test {

// Starts the real portal service in-process on a loopback port with a fresh
// database: SQLite in a temporary folder, or, when DPDESK_TEST_DB=postgres,
// a new database on the throwaway PostgreSQL of scripts/with-postgres.sh
// (DPDESK_TEST_PG_URL), dropped again afterwards.
class ServerFixture
{
public:
    ServerFixture();
    explicit ServerFixture(server::ServerConfig config);
    ~ServerFixture();

    // Empty when the server runs; otherwise why not (the test should QSKIP or fail).
    QString skipReason() const { return m_skipReason; }
    QString failure() const { return m_failure; }

    server::PortalServer &server() { return *m_server; }
    ManualClock &clock() { return m_clock; }
    QUrl baseUrl() const { return m_baseUrl; }
    std::unique_ptr<TestHttp> http() const { return std::make_unique<TestHttp>(m_baseUrl); }
    bool isPostgres() const { return !m_pgDatabase.isEmpty(); }

    static server::ServerConfig testConfig();

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<server::PortalServer> m_server;
    QUrl m_baseUrl;
    QString m_skipReason;
    QString m_failure;
    QString m_pgDatabase;
    QString m_pgAdminUrl;
};

} // namespace dpdesk::test

// In a test function: start a fixture or skip/fail with the reason.
#define DPDESK_START_SERVER(fixture)                                                                         \
    do {                                                                                                     \
        if (!(fixture).skipReason().isEmpty())                                                               \
            QSKIP(qPrintable((fixture).skipReason()));                                                       \
        QVERIFY2((fixture).failure().isEmpty(), qPrintable((fixture).failure()));                            \
    } while (false)
