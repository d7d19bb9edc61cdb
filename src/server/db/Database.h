#pragma once

#include "core/Result.h"

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

    // url: "sqlite:PATH" or "postgresql://user:password@host:port/dbname".
    static Result<std::unique_ptr<Database>> open(const QString &url, const QString &connectionName);

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    QSqlDatabase &handle() { return m_db; }

    // A prepared query on this connection.
    QSqlQuery query(const QString &sql);
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

private:
    Database() = default;

    QSqlDatabase m_db;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

} // namespace dpdesk::server
