#include "support/ServerFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace dpdesk::test {

namespace {
bool runAdmin(const QString &adminUrl, const QString &sql)
{
    const QUrl u(adminUrl);
    const QString name = QStringLiteral("pgadmin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

server::ServerConfig ServerFixture::testConfig()
{
    server::ServerConfig c;
    c.listenAddress = QHostAddress::LocalHost;
    c.listenPort = 0;
    c.passwordIterations = 1000; // fast tests; production uses the OWASP default
    return c;
}

ServerFixture::ServerFixture()
    : ServerFixture(testConfig())
{ }

ServerFixture::ServerFixture(server::ServerConfig config)
{
    if (qEnvironmentVariable("DPDESK_TEST_DB") == QLatin1String("postgres")) {
        m_pgAdminUrl = qEnvironmentVariable("DPDESK_TEST_PG_URL");
        if (m_pgAdminUrl.isEmpty()) {
            m_skipReason =
                QStringLiteral("DPDESK_TEST_PG_URL is not set (run through scripts/with-postgres.sh)");
            return;
        }
        m_pgDatabase = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        if (!runAdmin(m_pgAdminUrl, QStringLiteral("CREATE DATABASE ") + m_pgDatabase)) {
            m_failure = QStringLiteral("cannot create a PostgreSQL test database");
            m_pgDatabase.clear();
            return;
        }
        QUrl u(m_pgAdminUrl);
        u.setPath('/' + m_pgDatabase);
        config.database = u.toString();
    } else {
        config.database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("portal.db"));
    }
    config.secretKeyFile = m_dir.filePath(QStringLiteral("server.key"));
    if (config.mailOutbox.isEmpty())
        config.mailOutbox = m_dir.filePath(QStringLiteral("outbox"));
    m_server = std::make_unique<server::PortalServer>(config, m_clock);
    if (auto s = m_server->start(); !s) {
        m_failure = QStringLiteral("server did not start: ") + s.error().message;
        return;
    }
    m_baseUrl = QUrl(m_server->baseUrl());
}

ServerFixture::~ServerFixture()
{
    m_server.reset();
    if (!m_pgDatabase.isEmpty())
        runAdmin(m_pgAdminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

} // namespace dpdesk::test
