#include "server/db/Database.h"

#include "server/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace dpdesk::server {

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const QString &connectionName,
                                                 SqliteSync sync)
{
    std::unique_ptr<Database> d(new Database);
    d->m_connectionName = connectionName;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return Error{"db.config", QStringLiteral("sqlite: needs a file path."), "database"};
        if (path != QLatin1String(":memory:"))
            QDir().mkpath(QFileInfo(path).absolutePath());
        d->m_dialect = Dialect::Sqlite;
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        d->m_db.setDatabaseName(path);
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            return Error{"db.config",
                         QStringLiteral("PostgreSQL URL must look like postgresql://user@host:port/dbname."),
                         "database"};
        d->m_dialect = Dialect::Postgres;
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        d->m_db.setHostName(u.host());
        d->m_db.setPort(u.port(5432));
        d->m_db.setDatabaseName(u.path().mid(1));
        d->m_db.setUserName(u.userName());
        d->m_db.setPassword(u.password());
    }
    if (!d->m_db.open()) {
        const QString why = d->m_db.lastError().text();
        d->close();
        return Error{"db.unavailable", QStringLiteral("Cannot open the database: %1").arg(why), "database"};
    }
    if (d->m_dialect == Dialect::Sqlite) {
        // WAL: readers never block the writer. FULL (default): an
        // acknowledged write survives power loss, not just a process crash.
        const char *syncPragma =
            sync == SqliteSync::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL";
        for (const char *pragma : {"PRAGMA journal_mode=WAL", syncPragma, "PRAGMA foreign_keys=ON",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
            if (auto s = d->exec(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
        // With NORMAL the checkpoint is the only flush: make it rarer (16 MB
        // of WAL instead of 4 MB) so commits stall less often.
        if (sync == SqliteSync::Normal)
            d->exec(QStringLiteral("PRAGMA wal_autocheckpoint=4000"));
    } else {
        d->exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    return d;
}

QSqlQuery Database::query(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        qCWarning(lcServerDb) << "prepare failed:" << q.lastError().text();
    return q;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        it = m_prepared.insert(sql, QSqlQuery(m_db));
        if (!it->prepare(sql))
            qCWarning(lcServerDb) << "prepare failed:" << it->lastError().text();
    } else {
        it->finish();
    }
    return *it;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q);
    return Status::success();
}

bool Database::begin()
{
    finishPrepared();
    return m_db.transaction();
}

void Database::finishPrepared()
{
    // A cached statement keeps its last result open; SQLite will not commit
    // or begin with statements in progress.
    for (auto it = m_prepared.begin(); it != m_prepared.end(); ++it)
        it->finish();
}

bool Database::beginWrite()
{
    finishPrepared();
    if (m_dialect == Dialect::Sqlite)
        return exec(QStringLiteral("BEGIN IMMEDIATE")).ok();
    return m_db.transaction();
}

bool Database::commit()
{
    finishPrepared();
    return m_db.commit();
}

void Database::rollback()
{
    finishPrepared();
    m_db.rollback();
}

bool Database::ping()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_prepared.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isUniqueViolation(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.nativeErrorCode() == QLatin1String("2067") || e.nativeErrorCode() == QLatin1String("1555")
        || e.nativeErrorCode() == QLatin1String("23505")
        || e.databaseText().contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive);
}

Error Database::errorFrom(const QSqlQuery &query)
{
    // The driver text can contain values; it goes to the debug log only.
    qCDebug(lcServerDb) << "sql error:" << query.lastError().text();
    return Error{QStringLiteral("db.error"), QStringLiteral("A database operation failed."), {}};
}

} // namespace dpdesk::server
