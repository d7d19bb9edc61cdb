#pragma once

#include "client/cache/ApplicationRow.h"
#include "client/cache/OutboxEntry.h"
#include "client/cache/PreparedChange.h"
#include "core/Result.h"
#include "core/domain/Application.h"
#include "core/wire/ChangeRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace dpdesk::client {

// The desktop's local SQLite cache (WAL): the applications as last received
// from the changes feed, the feed cursor, and the outbox of local changes not
// yet acknowledged by the server. Every write is one transaction; the outbox
// is committed with synchronous=FULL. Not thread-safe: use it from one thread.
//
// Each application is stored twice in the same transaction: as JSON (the
// full record, read by id for the detail pane) and as a compact list row
// (ApplicationRow.h) that the main window loads for every application at
// start-up without decoding JSON.
class LocalCache
{
public:
    // Writes inside a transaction of the cache (the local effect of enqueue).
    class Writer
    {
    public:
        // Writes the record. A server record (not provisional) also replaces
        // a provisional one with the same reference (Provisional.h).
        Status upsertApplication(const Application &application);
        // Writes the record only when the cache has none with this id or an
        // older version (an answer must not undo a newer feed record).
        Status upsertApplicationIfNewer(const Application &application);
        Status removeApplication(const QString &id);
        // Reads inside the transaction.
        std::optional<Application> application(const QString &id) const;

    private:
        friend class LocalCache;
        explicit Writer(LocalCache &cache)
            : m_cache(cache)
        { }
        LocalCache &m_cache;
    };
    using LocalEffect = std::function<Status(Writer &)>;

    // Fault injection (tests): called before every write statement and every
    // commit with a running index (0, 1, 2, ... since the hook was set); when
    // it returns true that write fails and its transaction is rolled back.
    using FaultHook = std::function<bool(int writeIndex)>;

    explicit LocalCache(QString filePath);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // Opens (creating when needed) the database file and its tables.
    Status open();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }

    void setFaultHook(FaultHook hook);

    // Writes one page of the changes feed and the new cursor in one
    // transaction. Application upserts replace the stored record, deletes
    // remove it; invitation entries travel inside their application and are
    // skipped here. rawData, when it has one entry per change, holds each
    // record's JSON as received (rawChangeData): stored as it is instead of
    // encoding the decoded record again. It must be the JSON the records
    // were decoded from.
    Status applyPage(const QList<ChangeRecord> &changes, qint64 nextCursor,
                     const QList<QByteArray> &rawData = {});
    // The same with the changes prepared beforehand (prepareChanges, which
    // the sync runs on its decoding thread).
    Status applyPreparedPage(const QList<PreparedChange> &changes, qint64 nextCursor);
    qint64 cursor() const; // 0 when nothing was fetched yet

    // Writes records outside the feed and the outbox (e.g. one application
    // read again from the server) in one transaction.
    Status write(const LocalEffect &effect);

    std::optional<Application> application(const QString &id) const;
    QList<Application> applications() const; // by created time, newest first
    QStringList applicationIds() const;
    // Whether a record (provisional ones included) has this reference.
    bool hasReference(const QString &reference) const;

    // The list rows of every application, in one query, newest first.
    QList<ApplicationRow> listRows() const;
    // The same, read through a read-only connection of its own to the cache
    // file: callable on any thread (the window reads its list this way
    // while it shows the newest rows). nullopt when the file cannot be read,
    // or when cancelled() says so (asked between batches).
    static std::optional<QList<ApplicationRow>> readListRows(const QString &filePath,
                                                             const std::function<bool()> &cancelled = {});
    // The newest rows (by created time, then id), in that order.
    QList<ApplicationRow> newestListRows(int limit) const;
    // The list rows of these applications (those that exist), in no order.
    QList<ApplicationRow> listRows(const QStringList &ids) const;

    // Adds an entry to the outbox, together with its optional local effect, in
    // one transaction (committed with synchronous=FULL). Returns the entry id.
    Result<qint64> enqueue(const OutboxEntry &entry, const LocalEffect &localEffect = {});
    QList<OutboxEntry> pendingOutbox() const; // state Pending, in id order
    QList<OutboxEntry> outbox() const; // all entries, in id order
    int pendingCount() const;
    // Removes the entry, with the optional local effect of the server's
    // answer in the same transaction.
    Status markSent(qint64 id, const LocalEffect &answerEffect = {});
    Status markConflict(qint64 id, const QString &error);
    // Removes the entry (e.g. when the user discards a conflict), with an
    // optional local effect (undoing what the entry showed) in the same transaction.
    Status remove(qint64 id, const LocalEffect &localEffect = {});
    // Replaces an entry by a new one at the end of the outbox (a conflict
    // retried), with its local effect, in one transaction. Returns the new id.
    Result<qint64> replace(qint64 id, const OutboxEntry &entry, const LocalEffect &localEffect = {});
    std::optional<OutboxEntry> outboxEntry(qint64 id) const;

    // Small values kept with the cache (no secrets): null when not set.
    Status setMetaValue(const QString &key, const QString &value);
    QString metaValue(const QString &key) const;

    // When the changes feed was last read to its end (UTC; invalid: never).
    Status setLastSyncedAt(const QDateTime &when);
    QDateTime lastSyncedAt() const;

    // Forgets the applications and the cursor (the feed must be fetched again
    // from 0). The outbox and the provisional records are kept.
    Status resetForRefetch();

private:
    struct Statements;

    Status createSchema();
    Status prepareStatements();
    Status rebuildListRowsIfStale();
    Status exec(QSqlQuery &query, const char *what); // counted write
    Status transaction(const std::function<Status()> &body, bool fullSync = false);
    // json: the record's JSON when the caller has it (null: encoded here).
    Status putApplication(const Application &application, bool onlyIfNewer = false, QByteArrayView json = {});
    Status putPrepared(const PreparedChange &change, bool onlyIfNewer, bool provisionalMayExist);
    // Whether a provisional record may exist (true when the lookup fails).
    bool provisionalMayExist() const;
    Status putListRow(const QString &id, const QString &createdAt, const QByteArray &listRow);
    Status insertOutbox(const OutboxEntry &entry, qint64 *id);
    Status deleteOutbox(qint64 id);
    Status dropApplication(const QString &id);
    Error sqlError(const char *what, const QString &detail) const;

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
    FaultHook m_faultHook;
    int m_writeIndex = 0;
    // The write statements, prepared once after open and reused.
    std::unique_ptr<Statements> m_statements;
};

} // namespace dpdesk::client
