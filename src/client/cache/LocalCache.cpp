#include "client/cache/LocalCache.h"

#include "client/Logging.h"
#include "client/cache/PreparedChange.h"
#include "client/cache/Provisional.h"
#include "core/wire/ApplicationJson.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

namespace dpdesk::client {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("dpdesk.cache.%1").arg(counter.fetchAndAddRelaxed(1));
}

OutboxEntry::State stateFromText(const QString &text)
{
    return text == QLatin1String("conflict") ? OutboxEntry::State::Conflict : OutboxEntry::State::Pending;
}

QList<OutboxEntry> readOutbox(QSqlQuery &query)
{
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.idempotencyKey = query.value(1).toString();
        entry.method = query.value(2).toString().toLatin1();
        entry.path = query.value(3).toString();
        entry.body = query.value(4).toByteArray();
        entry.baseEtag = query.value(5).toString();
        entry.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        entry.state = stateFromText(query.value(7).toString());
        entry.lastError = query.value(8).toString();
        entries << entry;
    }
    return entries;
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Shares the few advisor ids between the rows instead of a copy in each.
void shareAdvisorIds(QList<ApplicationRow> &rows)
{
    QHash<QString, QString> advisors;
    for (ApplicationRow &row : rows) {
        auto advisor = advisors.constFind(row.advisorId);
        if (advisor == advisors.cend())
            advisor = advisors.insert(row.advisorId, row.advisorId);
        row.advisorId = *advisor;
    }
}

// Decodes the rows of a "SELECT id, data FROM application_rows" query, a
// batch at a time: while the pool's threads decode one batch, this thread
// reads the next (decoding is most of the start-up time of a large office).
std::optional<QList<ApplicationRow>> decodeListRows(QSqlQuery &query, qsizetype expected,
                                                    const std::function<bool()> &cancelled)
{
    constexpr qsizetype kBatch = 8192;
    constexpr qsizetype kChunk = 1024;
    struct Batch
    {
        QList<QString> ids;
        QList<QByteArray> blobs;
        QList<ApplicationRow> rows;
        QList<qsizetype> chunks; // the first index of each chunk
    };
    QList<ApplicationRow> rows;
    rows.reserve(expected);
    qsizetype undecoded = 0;
    const auto collect = [&](Batch &batch) {
        for (ApplicationRow &row : batch.rows) {
            if (row.id.isEmpty())
                ++undecoded;
            else
                rows.append(std::move(row));
        }
    };
    std::unique_ptr<Batch> decoding; // the batch the pool is decoding
    QFuture<void> decoded;
    bool more = true;
    while (more) {
        if (cancelled && cancelled()) {
            if (decoding)
                decoded.waitForFinished(); // it writes into the batch
            return std::nullopt;
        }
        auto batch = std::make_unique<Batch>();
        batch->ids.reserve(kBatch);
        batch->blobs.reserve(kBatch);
        while (batch->ids.size() < kBatch && (more = query.next())) {
            batch->ids.append(query.value(0).toString());
            batch->blobs.append(query.value(1).toByteArray());
        }
        if (decoding) {
            decoded.waitForFinished();
            collect(*decoding);
            decoding.reset();
        }
        if (batch->ids.isEmpty())
            break;
        batch->rows.resize(batch->ids.size());
        for (qsizetype start = 0; start < batch->ids.size(); start += kChunk)
            batch->chunks.append(start);
        Batch *b = batch.get();
        ApplicationRow *out = b->rows.data(); // detached here, once
        decoded = QtConcurrent::map(b->chunks, [b, out](qsizetype start) {
            for (qsizetype i = start; i < std::min(start + kChunk, b->ids.size()); ++i) {
                if (auto row = decodeListRow(b->ids.at(i), b->blobs.at(i)))
                    out[i] = std::move(*row);
            }
        });
        decoding = std::move(batch);
    }
    if (decoding) {
        decoded.waitForFinished();
        collect(*decoding);
    }
    if (undecoded > 0)
        qCWarning(lcCache) << "stored list rows do not decode:" << undecoded;
    shareAdvisorIds(rows);
    return rows;
}

constexpr auto kOutboxColumns =
    "SELECT id, idempotency_key, method, path, body, base_etag, created_at, state, last_error FROM outbox ";

} // namespace

// The statements of the hot write path (applyPage), prepared once.
struct LocalCache::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : putApplication(db)
        , putRow(db)
        , dropApplication(db)
        , dropRow(db)
        , setCursor(db)
        , provisionalOfReference(db)
        , anyProvisional(db)
    { }

    QSqlQuery putApplication;
    QSqlQuery putRow;
    QSqlQuery dropApplication;
    QSqlQuery dropRow;
    QSqlQuery setCursor;
    QSqlQuery provisionalOfReference;
    QSqlQuery anyProvisional;
};

Status LocalCache::Writer::upsertApplication(const Application &application)
{
    return m_cache.putApplication(application);
}

Status LocalCache::Writer::upsertApplicationIfNewer(const Application &application)
{
    return m_cache.putApplication(application, true);
}

Status LocalCache::Writer::removeApplication(const QString &id)
{
    return m_cache.dropApplication(id);
}

std::optional<Application> LocalCache::Writer::application(const QString &id) const
{
    return m_cache.application(id);
}

LocalCache::LocalCache(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(nextConnectionName())
{ }

LocalCache::~LocalCache()
{
    m_statements.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

Error LocalCache::sqlError(const char *what, const QString &detail) const
{
    qCWarning(lcCache) << "cache write failed:" << what << detail;
    return Error{QStringLiteral("cache.write_failed"),
                 QStringLiteral("The local cache could not be written (%1).").arg(QLatin1String(what)),
                 {}};
}

Status LocalCache::open()
{
    if (isOpen())
        return Status::success();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_filePath);
    if (!m_db.open()) {
        qCWarning(lcCache) << "cannot open the cache:" << m_db.lastError().text();
        return Error{
            QStringLiteral("cache.open_failed"), QStringLiteral("The local cache could not be opened."), {}};
    }
    QSqlQuery pragma(m_db);
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!pragma.exec(QLatin1String(statement))) {
            qCWarning(lcCache) << "pragma failed:" << statement << pragma.lastError().text();
            m_db.close();
            return Error{QStringLiteral("cache.open_failed"),
                         QStringLiteral("The local cache could not be set up."),
                         {}};
        }
    }
    Status ready = createSchema();
    if (ready)
        ready = prepareStatements();
    if (ready)
        ready = rebuildListRowsIfStale();
    if (!ready) {
        m_statements.reset();
        m_db.close();
    }
    return ready;
}

bool LocalCache::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

Status LocalCache::createSchema()
{
    static const char *const statements[] = {
        "CREATE TABLE IF NOT EXISTS applications ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " version INTEGER NOT NULL,"
        " json TEXT NOT NULL,"
        " reference TEXT NOT NULL,"
        " applicant_names TEXT NOT NULL,"
        " created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS applications_reference ON applications(reference)",
        // Only applications() orders the records by created_at (the list has
        // application_rows_newest): one index fewer to update on every sync write.
        "DROP INDEX IF EXISTS applications_created",
        "CREATE TABLE IF NOT EXISTS sync_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " cursor INTEGER NOT NULL)",
        "INSERT OR IGNORE INTO sync_state (id, cursor) VALUES (1, 0)",
        "CREATE TABLE IF NOT EXISTS outbox ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " idempotency_key TEXT NOT NULL UNIQUE,"
        " method TEXT NOT NULL,"
        " path TEXT NOT NULL,"
        " body BLOB NOT NULL,"
        " base_etag TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " last_error TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS meta ("
        " key TEXT PRIMARY KEY NOT NULL,"
        " value TEXT NOT NULL)",
        // The list rows (ApplicationRow.h): one per application, written with its JSON.
        "CREATE TABLE IF NOT EXISTS application_rows ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " created_at TEXT NOT NULL,"
        " data BLOB NOT NULL)", // read whole in table order, and sorted in memory
        // The newest rows first, in the list's order: the window shows them
        // while the rest is read (newestListRows).
        "CREATE INDEX IF NOT EXISTS application_rows_newest ON application_rows(created_at DESC, id)",
    };
    QSqlQuery query(m_db);
    for (const char *statement : statements) {
        if (!query.exec(QLatin1String(statement)))
            return sqlError("schema", query.lastError().text());
    }
    return Status::success();
}

Status LocalCache::prepareStatements()
{
    auto statements = std::make_unique<Statements>(m_db);
    const std::pair<QSqlQuery *, const char *> all[] = {
        {&statements->putApplication,
         "INSERT INTO applications (id, version, json, reference, applicant_names, created_at)"
         " VALUES (?, ?, ?, ?, ?, ?)"
         " ON CONFLICT(id) DO UPDATE SET version = excluded.version, json = excluded.json,"
         " reference = excluded.reference, applicant_names = excluded.applicant_names,"
         " created_at = excluded.created_at"},
        {&statements->putRow,
         "INSERT INTO application_rows (id, created_at, data) VALUES (?, ?, ?)"
         " ON CONFLICT(id) DO UPDATE SET created_at = excluded.created_at, data = excluded.data"},
        {&statements->dropApplication, "DELETE FROM applications WHERE id = ?"},
        {&statements->dropRow, "DELETE FROM application_rows WHERE id = ?"},
        {&statements->setCursor, "UPDATE sync_state SET cursor = ? WHERE id = 1"},
        {&statements->provisionalOfReference,
         "SELECT id FROM applications WHERE reference = ? AND id LIKE 'pending:%'"},
        {&statements->anyProvisional,
         "SELECT 1 FROM applications WHERE id >= 'pending:' AND id < 'pending;' LIMIT 1"},
    };
    statements->provisionalOfReference.setForwardOnly(true);
    for (const auto &[query, sql] : all) {
        if (!query->prepare(QLatin1String(sql)))
            return sqlError("prepare", query->lastError().text());
    }
    m_statements = std::move(statements);
    return Status::success();
}

// The list rows are derived data: when they were written in an older format
// (user_version below kListRowFormat), or by a version that had none, they
// are rebuilt from the JSON in one transaction.
Status LocalCache::rebuildListRowsIfStale()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return sqlError("user_version", version.lastError().text());
    if (version.value(0).toInt() == kListRowFormat)
        return Status::success();
    version.finish();
    const QList<Application> all = applications();
    if (!all.isEmpty())
        qCInfo(lcCache) << "rebuilding the list rows of" << all.size() << "applications";
    return transaction([&]() -> Status {
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM application_rows"));
        if (Status status = exec(clear, "list rows clear"); !status)
            return status;
        for (const Application &application : all) {
            if (Status status = putListRow(application.id, createdAtTextOf(application),
                                           encodeListRow(listRowOf(application)));
                !status)
                return status;
        }
        QSqlQuery stamp(m_db);
        stamp.prepare(QStringLiteral("PRAGMA user_version = %1").arg(kListRowFormat));
        return exec(stamp, "user_version");
    });
}

void LocalCache::setFaultHook(FaultHook hook)
{
    m_faultHook = std::move(hook);
    m_writeIndex = 0;
}

Status LocalCache::exec(QSqlQuery &query, const char *what)
{
    if (m_faultHook && m_faultHook(m_writeIndex++))
        return sqlError(what, QStringLiteral("injected fault"));
    if (!query.exec())
        return sqlError(what, query.lastError().text());
    return Status::success();
}

Status LocalCache::transaction(const std::function<Status()> &body, bool fullSync)
{
    if (!isOpen())
        return Error{QStringLiteral("cache.not_open"), QStringLiteral("The local cache is not open."), {}};
    QSqlQuery pragma(m_db);
    if (fullSync)
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    Status status;
    if (!m_db.transaction()) {
        status = sqlError("begin", m_db.lastError().text());
    } else {
        status = body();
        if (status && m_faultHook && m_faultHook(m_writeIndex++))
            status = sqlError("commit", QStringLiteral("injected fault"));
        if (status && !m_db.commit())
            status = sqlError("commit", m_db.lastError().text());
        if (!status)
            m_db.rollback();
    }
    if (fullSync)
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return status;
}

Status LocalCache::putApplication(const Application &application, bool onlyIfNewer, QByteArrayView json)
{
    ChangeRecord change;
    change.id = application.id;
    change.data = application;
    const std::optional<PreparedChange> prepared = prepareChange(change, json.toByteArray());
    return putPrepared(*prepared, onlyIfNewer, provisionalMayExist());
}

bool LocalCache::provisionalMayExist() const
{
    // The "pending:" ids sort together: one step of the primary key.
    QSqlQuery &query = m_statements->anyProvisional;
    if (!query.exec())
        return true; // look each one up, as if there were
    const bool any = query.next();
    query.finish();
    return any;
}

Status LocalCache::putPrepared(const PreparedChange &change, bool onlyIfNewer, bool provisionalMayExist)
{
    if (provisionalMayExist && !isProvisionalId(change.id)) {
        // The server's record replaces the provisional row of the same
        // reference (a new application made here, now confirmed).
        QSqlQuery &provisional = m_statements->provisionalOfReference;
        provisional.bindValue(0, change.reference);
        QStringList stale;
        if (provisional.exec()) {
            while (provisional.next())
                stale << provisional.value(0).toString();
        }
        provisional.finish();
        for (const auto &id : stale) {
            if (Status status = dropApplication(id); !status)
                return status;
        }
    }
    QSqlQuery *query = &m_statements->putApplication;
    QSqlQuery newer(m_db);
    if (onlyIfNewer) {
        newer.prepare(QStringLiteral(
            "INSERT INTO applications (id, version, json, reference, applicant_names, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET version = excluded.version, json = excluded.json,"
            " reference = excluded.reference, applicant_names = excluded.applicant_names,"
            " created_at = excluded.created_at WHERE excluded.version >= applications.version"));
        query = &newer;
    }
    query->bindValue(0, change.id);
    query->bindValue(1, change.version);
    query->bindValue(2, change.json); // UTF-8 bytes as they are
    query->bindValue(3, change.reference);
    query->bindValue(4, change.applicantNames);
    query->bindValue(5, change.createdAt);
    if (Status status = exec(*query, "application"); !status)
        return status;
    if (onlyIfNewer && query->numRowsAffected() == 0)
        return Status::success(); // an older copy: the stored record and its row stay
    return putListRow(change.id, change.createdAt, change.listRow);
}

Status LocalCache::putListRow(const QString &id, const QString &createdAt, const QByteArray &listRow)
{
    QSqlQuery &query = m_statements->putRow;
    query.bindValue(0, id);
    query.bindValue(1, createdAt);
    query.bindValue(2, listRow);
    return exec(query, "list row");
}

Status LocalCache::dropApplication(const QString &id)
{
    QSqlQuery &query = m_statements->dropApplication;
    query.bindValue(0, id);
    if (Status status = exec(query, "application delete"); !status)
        return status;
    QSqlQuery &row = m_statements->dropRow;
    row.bindValue(0, id);
    return exec(row, "list row delete");
}

Status LocalCache::applyPage(const QList<ChangeRecord> &changes, qint64 nextCursor,
                             const QList<QByteArray> &rawData)
{
    return applyPreparedPage(prepareChanges(changes, rawData), nextCursor);
}

Status LocalCache::applyPreparedPage(const QList<PreparedChange> &changes, qint64 nextCursor)
{
    return transaction([&]() -> Status {
        // Looked up once: a first sync has no provisional records at all.
        const bool provisional = provisionalMayExist();
        for (const PreparedChange &change : changes) {
            Status status = change.op == ChangeOp::Delete ? dropApplication(change.id)
                                                          : putPrepared(change, false, provisional);
            if (!status)
                return status;
        }
        QSqlQuery &query = m_statements->setCursor;
        query.bindValue(0, nextCursor);
        return exec(query, "cursor");
    });
}

Status LocalCache::write(const LocalEffect &effect)
{
    return transaction([&]() -> Status {
        Writer writer(*this);
        return effect ? effect(writer) : Status::success();
    });
}

qint64 LocalCache::cursor() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<Application> LocalCache::application(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT json FROM applications WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    auto decoded = applicationFromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    if (!decoded) {
        qCWarning(lcCache) << "stored application does not decode:" << decoded.error().code;
        return std::nullopt;
    }
    return std::move(decoded).value();
}

QList<Application> LocalCache::applications() const
{
    QList<Application> result;
    if (!isOpen())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json FROM applications ORDER BY created_at DESC, id")))
        return result;
    while (query.next()) {
        auto decoded = applicationFromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (decoded)
            result << std::move(decoded).value();
        else
            qCWarning(lcCache) << "stored application does not decode:" << decoded.error().code;
    }
    return result;
}

QStringList LocalCache::applicationIds() const
{
    QStringList ids;
    if (!isOpen())
        return ids;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id FROM applications ORDER BY id")))
        while (query.next())
            ids << query.value(0).toString();
    return ids;
}

Status LocalCache::insertOutbox(const OutboxEntry &entry, qint64 *id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, method, path, body, "
                                 "base_etag, created_at, state, last_error)"
                                 " VALUES (?, ?, ?, ?, ?, ?, 'pending', '')"));
    query.addBindValue(notNull(entry.idempotencyKey));
    query.addBindValue(QString::fromLatin1(entry.method));
    query.addBindValue(notNull(entry.path));
    query.addBindValue(entry.body.isNull() ? QByteArray("") : entry.body);
    query.addBindValue(notNull(entry.baseEtag));
    query.addBindValue(notNull(entry.createdAt.toUTC().toString(Qt::ISODateWithMs)));
    if (Status inserted = exec(query, "outbox"); !inserted)
        return inserted;
    *id = query.lastInsertId().toLongLong();
    return Status::success();
}

Status LocalCache::deleteOutbox(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, "outbox delete");
}

bool LocalCache::hasReference(const QString &reference) const
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM applications WHERE reference = ? LIMIT 1"));
    query.addBindValue(notNull(reference));
    return query.exec() && query.next();
}

namespace {

// The rows of a query, undecodable ones left out (and logged).
QList<ApplicationRow> decodeListRows(QSqlQuery &query, qsizetype expected = 0)
{
    return decodeListRows(query, expected, {}).value_or(QList<ApplicationRow>{});
}

// Every list row of the cache behind db, newest first; nullopt when the
// query fails or cancelled() says so.
std::optional<QList<ApplicationRow>> allListRows(const QSqlDatabase &db,
                                                 const std::function<bool()> &cancelled = {})
{
    qsizetype count = 0;
    {
        QSqlQuery size(db);
        if (size.exec(QStringLiteral("SELECT COUNT(*) FROM application_rows")) && size.next())
            count = size.value(0).toLongLong();
    }
    // In table order (a plain scan, three times faster than following the
    // created_at index), then sorted here.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, data FROM application_rows"))) {
        qCWarning(lcCache) << "cannot read the list rows:" << query.lastError().text();
        return std::nullopt;
    }
    std::optional<QList<ApplicationRow>> read = decodeListRows(query, count, cancelled);
    if (!read)
        return std::nullopt;
    QList<ApplicationRow> &rows = *read;
    std::vector<qsizetype> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        const ApplicationRow &x = rows[a];
        const ApplicationRow &y = rows[b];
        return x.createdAtMs != y.createdAtMs ? x.createdAtMs > y.createdAtMs : x.id < y.id;
    });
    QList<ApplicationRow> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype i : order)
        sorted.append(std::move(rows[i]));
    return sorted;
}

} // namespace

QList<ApplicationRow> LocalCache::listRows() const
{
    return isOpen() ? allListRows(m_db).value_or(QList<ApplicationRow>{}) : QList<ApplicationRow>{};
}

std::optional<QList<ApplicationRow>> LocalCache::readListRows(const QString &filePath,
                                                              const std::function<bool()> &cancelled)
{
    std::optional<QList<ApplicationRow>> rows;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            rows = allListRows(db, cancelled);
        else
            qCWarning(lcCache) << "cannot open the cache to read its list:" << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QList<ApplicationRow> LocalCache::newestListRows(int limit) const
{
    if (!isOpen() || limit <= 0)
        return {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, data FROM application_rows ORDER BY created_at DESC, id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot read the newest list rows:" << query.lastError().text();
        return {};
    }
    return decodeListRows(query);
}

QList<ApplicationRow> LocalCache::listRows(const QStringList &ids) const
{
    QList<ApplicationRow> rows;
    if (!isOpen() || ids.isEmpty())
        return rows;
    constexpr qsizetype kChunk = 500; // below SQLite's host-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype count = std::min(kChunk, ids.size() - start);
        QString sql = QStringLiteral("SELECT id, data FROM application_rows WHERE id IN (?");
        sql += QStringLiteral(",?").repeated(count - 1) + QLatin1Char(')');
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), ids.at(start + i));
        if (!query.exec()) {
            qCWarning(lcCache) << "cannot read list rows:" << query.lastError().text();
            return {};
        }
        rows += decodeListRows(query);
    }
    return rows;
}

Result<qint64> LocalCache::enqueue(const OutboxEntry &entry, const LocalEffect &localEffect)
{
    qint64 id = 0;
    const Status status = transaction(
        [&]() -> Status {
            if (Status inserted = insertOutbox(entry, &id); !inserted)
                return inserted;
            if (localEffect) {
                Writer writer(*this);
                return localEffect(writer);
            }
            return Status::success();
        },
        true);
    if (!status)
        return status.error();
    qCInfo(lcSyncOutbox) << "queued" << entry.method << "entry" << id;
    return id;
}

Result<qint64> LocalCache::replace(qint64 oldId, const OutboxEntry &entry, const LocalEffect &localEffect)
{
    qint64 id = 0;
    const Status status = transaction(
        [&]() -> Status {
            if (Status removed = deleteOutbox(oldId); !removed)
                return removed;
            if (Status inserted = insertOutbox(entry, &id); !inserted)
                return inserted;
            if (localEffect) {
                Writer writer(*this);
                return localEffect(writer);
            }
            return Status::success();
        },
        true);
    if (!status)
        return status.error();
    qCInfo(lcSyncOutbox) << "entry" << oldId << "queued again as" << id;
    return id;
}

std::optional<OutboxEntry> LocalCache::outboxEntry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QLatin1String(kOutboxColumns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    const auto entries = readOutbox(query);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

QList<OutboxEntry> LocalCache::pendingOutbox() const
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(QLatin1String(kOutboxColumns) + QStringLiteral("WHERE state = 'pending' ORDER BY id")))
        return {};
    return readOutbox(query);
}

QList<OutboxEntry> LocalCache::outbox() const
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(QLatin1String(kOutboxColumns) + QStringLiteral("ORDER BY id")))
        return {};
    return readOutbox(query);
}

int LocalCache::pendingCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status LocalCache::markSent(qint64 id, const LocalEffect &answerEffect)
{
    return remove(id, answerEffect);
}

Status LocalCache::remove(qint64 id, const LocalEffect &localEffect)
{
    return transaction(
        [&]() -> Status {
            if (Status removed = deleteOutbox(id); !removed)
                return removed;
            if (localEffect) {
                Writer writer(*this);
                return localEffect(writer);
            }
            return Status::success();
        },
        true);
}

Status LocalCache::markConflict(qint64 id, const QString &error)
{
    return transaction(
        [&]() -> Status {
            QSqlQuery query(m_db);
            query.prepare(
                QStringLiteral("UPDATE outbox SET state = 'conflict', last_error = ? WHERE id = ?"));
            query.addBindValue(notNull(error));
            query.addBindValue(id);
            return exec(query, "outbox conflict");
        },
        true);
}

Status LocalCache::setMetaValue(const QString &key, const QString &value)
{
    return transaction([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(notNull(value));
        return exec(query, "meta");
    });
}

QString LocalCache::metaValue(const QString &key) const
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status LocalCache::setLastSyncedAt(const QDateTime &when)
{
    return setMetaValue(QStringLiteral("last_synced_at"), when.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime LocalCache::lastSyncedAt() const
{
    return QDateTime::fromString(metaValue(QStringLiteral("last_synced_at")), Qt::ISODateWithMs);
}

Status LocalCache::resetForRefetch()
{
    return transaction([&]() -> Status {
        QSqlQuery clear(m_db);
        // Provisional rows stay: their outbox entries are still waiting.
        clear.prepare(QStringLiteral("DELETE FROM applications WHERE id NOT LIKE 'pending:%'"));
        if (Status status = exec(clear, "applications clear"); !status)
            return status;
        QSqlQuery clearRows(m_db);
        clearRows.prepare(QStringLiteral("DELETE FROM application_rows WHERE id NOT LIKE 'pending:%'"));
        if (Status status = exec(clearRows, "list rows clear"); !status)
            return status;
        QSqlQuery cursor(m_db);
        cursor.prepare(QStringLiteral("UPDATE sync_state SET cursor = 0 WHERE id = 1"));
        return exec(cursor, "cursor reset");
    });
}

} // namespace dpdesk::client
