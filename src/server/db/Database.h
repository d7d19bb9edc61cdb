#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace dpdesk::server {

// One database connection of the portal service: SQLite (one file, WAL) by
// default, PostgreSQL when several stateless instances share one database.
// Everything that must be consistent across instances (counters, locks,
// idempotency records, the change sequence) lives in the database.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // How SQLite flushes commits. Full: every acknowledged write survives
    // power loss (the default). Normal: WAL commits survive a crash of the
    // process (SIGKILL) but the last ones may be lost on power loss; about
    // ten times faster on a slow disk.
    enum class SqliteSync { Full, Normal };

    // url: "sqlite:PATH" or "postgresql://user:password@host:port/dbname".
    static Result<std::unique_ptr<Database>> open(const QString &url, const QString &connectionName,
                                                  SqliteSync sync = SqliteSync::Full);

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    QSqlDatabase &handle() { return m_db; }

    // A prepared query on this connection.
    QSqlQuery query(const QString &sql);
    // The same, prepared once per connection and reused (finished and ready
    // for new bind values). For leaf statements on hot paths only: the
    // caller must be done with the result before the same SQL is used again.
    QSqlQuery &prepared(const QString &sql);
    // Runs a statement; on failure returns an Error with code "db.error".
    Status exec(const QString &sql);

    bool begin();
    // A transaction that will write: SQLite takes the write lock up front
    // (BEGIN IMMEDIATE), so two writers never deadlock upgrading a read lock.
    bool beginWrite();
    bool commit();
    void rollback();

    bool ping();
    void close();

    static Error errorFrom(const QSqlQuery &query);
    // True when the query failed on a UNIQUE constraint (SQLite or PostgreSQL).
    static bool isUniqueViolation(const QSqlQuery &query);

    // Resets every cached statement. Called at transaction boundaries and
    // after each request, so no read snapshot stays open between requests
    // (it would hold back WAL checkpoints and hide other instances' writes).
    void finishPrepared();

private:
    Database() = default;

    QSqlDatabase m_db;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_prepared;
    Dialect m_dialect = Dialect::Sqlite;
};

} // namespace dpdesk::server
