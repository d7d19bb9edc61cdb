#include "client/sync/SyncEngine.h"

#include "client/Logging.h"
#include "client/sync/ChangesPage.h"
#include "client/sync/RawChangeData.h"

#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace dpdesk::client {

SyncEngine::SyncEngine(LocalCache *cache, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
    m_retryTimer.setSingleShot(true);
    m_decoder.setMaxThreadCount(2);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::sync);
}

void SyncEngine::setRetryDelays(int firstMSecs, int maxMSecs)
{
    m_firstRetryDelay = firstMSecs;
    m_maxRetryDelay = std::max(firstMSecs, maxMSecs);
    m_retryDelay = firstMSecs < 0 ? -1 : firstMSecs;
    if (firstMSecs < 0)
        m_retryTimer.stop();
}

Result<qint64> SyncEngine::enqueue(const OutboxEntry &entry, const LocalCache::LocalEffect &localEffect)
{
    auto id = m_cache->enqueue(entry, localEffect);
    if (!id)
        return id;
    emitPendingCount();
    flushOutbox();
    return id;
}

void SyncEngine::sync()
{
    m_flushRequested = true;
    m_pullRequested = true;
    runNext();
}

void SyncEngine::pull()
{
    m_pullRequested = true;
    runNext();
}

void SyncEngine::flushOutbox()
{
    m_flushRequested = true;
    runNext();
}

void SyncEngine::cancel()
{
    m_flushRequested = false;
    m_pullRequested = false;
    m_api->abortAll();
}

void SyncEngine::runNext()
{
    if (m_busy)
        return;
    if (m_flushRequested || m_pullRequested)
        m_retryTimer.stop(); // this run does what the retry would do
    if (m_flushRequested) {
        m_flushRequested = false;
        startFlush();
    } else if (m_pullRequested) {
        m_pullRequested = false;
        startPull();
    }
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSync) << "state:" << state;
    emit stateChanged(state);
}

void SyncEngine::emitPendingCount()
{
    const int count = m_cache->pendingCount();
    if (count == m_lastPendingCount)
        return;
    m_lastPendingCount = count;
    emit pendingCountChanged(count);
}

SyncEngine::Stop SyncEngine::classify(const ApiResult &result) const
{
    if (result.networkError)
        return Stop::Network;
    if (result.status == 401)
        return Stop::Auth;
    if (result.status == 408 || result.status == 429 || result.status >= 500)
        return Stop::Transient;
    return Stop::Fatal;
}

void SyncEngine::end(Stop stop)
{
    m_busy = false;
    ++m_pullNumber; // a page asked for ahead is not wanted any more
    m_decoding.clear(); // nor one decoded and not written
    const bool pulledToTheEnd = m_pulling && stop == Stop::Done;
    m_pulling = false;
    switch (stop) {
    case Stop::Done:
        m_retryDelay = m_firstRetryDelay < 0 ? -1 : m_firstRetryDelay;
        setState(State::Online);
        break;
    case Stop::Network:
        setState(State::Offline);
        break;
    case Stop::Transient:
    case Stop::Cache:
    case Stop::Fatal:
        setState(State::Online);
        break;
    case Stop::Auth:
        setState(State::Online);
        break;
    }
    if (stop != Stop::Done) {
        // Stop this round; what was asked meanwhile waits for the retry.
        m_flushRequested = false;
        m_pullRequested = false;
        if (stop == Stop::Auth) {
            emit authenticationRequired();
        } else if (stop != Stop::Fatal && m_retryDelay >= 0) {
            qCInfo(lcSync) << "retrying in" << m_retryDelay << "ms";
            m_retryTimer.start(m_retryDelay);
            m_retryDelay = std::min(m_retryDelay * 2, m_maxRetryDelay);
        }
    }
    if (pulledToTheEnd)
        emit pulled();
    emit finished(stop == Stop::Done);
    if (stop == Stop::Done)
        runNext();
}

// --- Outbox ----------------------------------------------------------------

void SyncEngine::startFlush()
{
    m_busy = true;
    setState(State::Syncing);
    sendNext();
}

void SyncEngine::sendNext()
{
    const auto pending = m_cache->pendingOutbox();
    emitPendingCount();
    if (pending.isEmpty()) {
        end(Stop::Done);
        return;
    }
    const OutboxEntry entry = pending.first();
    qCInfo(lcSyncOutbox) << "sending entry" << entry.id << entry.method;
    m_api->send(entry, [self = QPointer<SyncEngine>(this), entry](const ApiResult &result) {
        if (self)
            self->handleSent(entry, result);
    });
}

void SyncEngine::handleSent(const OutboxEntry &entry, const ApiResult &result)
{
    if (result.isSuccess()) {
        LocalCache::LocalEffect effect;
        if (m_answerEffect)
            effect = [&](LocalCache::Writer &writer) {
                return m_answerEffect(writer, entry, result);
            };
        if (!m_cache->markSent(entry.id, effect)) {
            // Sent but not marked: the next flush sends it again with the same
            // Idempotency-Key and the server replays its answer.
            end(Stop::Cache);
            return;
        }
        qCInfo(lcSyncOutbox).nospace() << "entry " << entry.id << " accepted: " << result.status
                                       << (result.replayed ? " (replayed)" : "");
        emit sent(entry, result.status, result.body);
        sendNext();
        return;
    }
    const Stop stop = classify(result);
    if (stop != Stop::Fatal) {
        qCInfo(lcSyncOutbox) << "entry" << entry.id << "kept for later:" << result.status << result.errorCode;
        end(stop);
        return;
    }
    // A refusal of this change (412 someone else changed it, 409 business
    // rule, 422 key reused, 400/404/413...): keep it as a conflict for the
    // user, go on with the next one.
    const QString message = result.errorMessage;
    if (!m_cache->markConflict(entry.id, message)) {
        end(Stop::Cache);
        return;
    }
    qCInfo(lcSyncOutbox) << "entry" << entry.id << "refused:" << result.status << result.errorCode;
    emit conflict(entry.id, message);
    sendNext();
}

// --- Changes feed ------------------------------------------------------------

void SyncEngine::startPull()
{
    m_busy = true;
    m_pulling = true;
    m_refetched = false;
    setState(State::Syncing);
    pullPage(m_cache->cursor());
}

void SyncEngine::pullPage(qint64 after)
{
    m_api->changes(after, m_pageSize,
                   [self = QPointer<SyncEngine>(this), after, pull = m_pullNumber](const ApiResult &result) {
                       // A page asked for ahead by a pull that has ended since is dropped.
                       if (self && pull == self->m_pullNumber)
                           self->handlePage(after, result);
                   });
}

namespace {

// A page parsed, decoded and prepared for the cache on the decoding thread.
SyncEngine::DecodedPage decodePage(const QByteArray &bytes)
{
    Result<ChangesPage> decoded = changesPageFromBytes(bytes);
    if (!decoded)
        return {decoded.error(), {}};
    ChangesPage page = std::move(decoded).value();
    // Each record is stored as the bytes it was decoded from (no encoding again).
    const std::optional<QList<QByteArray>> raw = rawChangeData(bytes);
    const bool found = raw && raw->size() == page.changes.size();
    QList<PreparedChange> prepared = prepareChanges(page.changes, found ? *raw : QList<QByteArray>());
    page.changes.clear(); // freed here, not on the GUI thread
    return {std::move(page), std::move(prepared)};
}

} // namespace

// The pull is a pipeline over three threads: when page N arrives, the
// engine asks for page N+1 (the server reads it meanwhile; where it starts
// is read from the end of page N, nextCursorHint), hands page N to the
// decoding thread (parse, check, prepare the rows), and writes page N-1 to
// the cache on this thread. So a page is written once the next one has
// arrived, or at once when it is the feed's last; a failure after it still
// writes it first. When a page's end does not say where the next starts,
// the engine writes it and goes on from what it decoded.
void SyncEngine::handlePage(qint64 after, const ApiResult &result)
{
    if (!result.isSuccess()) {
        if (!writeWaitingPage())
            return;
        if (result.status == 410 && result.errorCode == QLatin1String("changes.cursor_expired")
            && !m_refetched) {
            qCInfo(lcSync) << "cursor expired; fetching everything again";
            const QStringList ids = m_cache->applicationIds();
            if (!m_cache->resetForRefetch()) {
                end(Stop::Cache);
                return;
            }
            m_refetched = true;
            if (!ids.isEmpty())
                emit applicationsChanged(ids);
            pullPage(0);
            return;
        }
        qCInfo(lcSync) << "pull stopped:" << result.status << result.errorCode;
        end(classify(result));
        return;
    }
    m_decoding.append({after, QtConcurrent::run(&m_decoder, decodePage, result.bytes)});
    const std::optional<qint64> next = nextCursorHint(result.bytes);
    if (next && *next > after) {
        pullPage(*next);
        while (m_decoding.size() > 1) { // the one before: write it while this one decodes
            if (!writeWaitingPage())
                return;
        }
        return;
    }
    // The last page (or one whose end does not say where the next starts).
    m_continueAfter = -1;
    while (!m_decoding.isEmpty()) {
        if (!writeWaitingPage())
            return;
    }
    if (m_continueAfter >= 0) {
        pullPage(m_continueAfter);
        return;
    }
    end(Stop::Done);
}

bool SyncEngine::writeWaitingPage()
{
    if (m_decoding.isEmpty())
        return true;
    const auto [after, future] = m_decoding.takeFirst();
    const DecodedPage decoded = future.result(); // usually done: it was decoded meanwhile
    const auto &page = decoded.page;
    if (!page) {
        qCWarning(lcSync) << "invalid changes page:" << page.error().code << page.error().field;
        end(Stop::Fatal);
        return false;
    }
    if (page->hasMore && page->nextCursor <= after) {
        qCWarning(lcSync) << "changes feed does not advance";
        end(Stop::Fatal);
        return false;
    }
    // The page asked for next must start where this one says (the hint it
    // was asked with came from this page's end).
    if (!m_decoding.isEmpty() && (!page->hasMore || m_decoding.first().first != page->nextCursor)) {
        qCWarning(lcSync) << "changes page's end disagrees with its content";
        end(Stop::Fatal);
        return false;
    }
    if (!m_cache->applyPreparedPage(decoded.prepared, page->nextCursor)) {
        end(Stop::Cache);
        return false;
    }
    m_continueAfter = page->hasMore ? page->nextCursor : -1;
    QStringList ids;
    QSet<QString> seen;
    for (const auto &change : decoded.prepared) {
        if (!seen.contains(change.id)) {
            seen.insert(change.id);
            ids << change.id;
        }
    }
    if (!ids.isEmpty())
        emit applicationsChanged(ids);
    return true;
}

} // namespace dpdesk::client
