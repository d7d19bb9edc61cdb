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
    m_requestInFlight = false;
    m_askNext = -1;
    m_continueAfter = -1;
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
    m_askNext = -1;
    m_continueAfter = -1;
    setState(State::Syncing);
    pullPage(m_cache->cursor());
}

void SyncEngine::pullPage(qint64 after)
{
    m_requestInFlight = true;
    m_requestedAfter = after;
    m_api->changes(after, m_pageSize,
                   [self = QPointer<SyncEngine>(this), after, pull = m_pullNumber](const ApiResult &result) {
                       // A page asked for ahead by a pull that has ended since is dropped.
                       if (self && pull == self->m_pullNumber)
                           self->handlePage(after, result);
                   });
}

namespace {

// A page parsed, decoded and prepared for the cache on a decoding thread.
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

// The pull is a pipeline: when page N arrives the engine asks for page N+1
// at once (the server reads it meanwhile; where it starts is read from the
// end of page N, nextCursorHint) and hands page N to the decoding threads
// (parse, check, prepare the rows). Pages are written to the cache in
// order, each as soon as it and every page before it are decoded, so the
// GUI thread never waits for a decoder; at most kPagesAhead pages wait to be
// written before the next is asked for. A failure still writes the pages
// that arrived before it. When a page's end does not say where the next
// starts, the engine writes it and goes on from what it decoded.
void SyncEngine::handlePage(qint64 after, const ApiResult &result)
{
    m_requestInFlight = false;
    if (!result.isSuccess()) {
        while (!m_decoding.isEmpty()) { // what arrived before is kept
            if (!writeWaitingPage())
                return;
        }
        if (result.status == 410 && result.errorCode == QLatin1String("changes.cursor_expired")
            && !m_refetched) {
            qCInfo(lcSync) << "cursor expired; fetching everything again";
            const QStringList ids = m_cache->applicationIds();
            if (!m_cache->resetForRefetch()) {
                end(Stop::Cache);
                return;
            }
            m_refetched = true;
            m_continueAfter = -1;
            if (!ids.isEmpty())
                emit applicationsChanged(ids);
            pullPage(0);
            return;
        }
        qCInfo(lcSync) << "pull stopped:" << result.status << result.errorCode;
        end(classify(result));
        return;
    }
    // Everything advance() needs is in place before the continuation is
    // attached: it runs at once, from then(), when the page is decoded already.
    const std::optional<qint64> next = nextCursorHint(result.bytes);
    m_askNext = next && *next > after ? *next : -1;
    QFuture<DecodedPage> decoding = QtConcurrent::run(&m_decoder, decodePage, result.bytes);
    m_decoding.append({after, decoding});
    const quint64 pull = m_pullNumber;
    decoding.then(this, [this, pull](const DecodedPage &) {
        if (pull == m_pullNumber)
            advance();
    });
    if (pull == m_pullNumber) // (the continuation may have ended the pull)
        advance();
}

void SyncEngine::advance()
{
    if (!m_busy || !m_pulling)
        return;
    const auto askNextIfRoom = [this] {
        if (m_askNext >= 0 && !m_requestInFlight && m_decoding.size() < kPagesAhead)
            pullPage(std::exchange(m_askNext, -1));
    };
    askNextIfRoom(); // first: the server reads it while this thread writes
    while (!m_decoding.isEmpty() && m_decoding.first().second.isFinished()) {
        if (!writeWaitingPage())
            return;
    }
    askNextIfRoom();
    if (m_decoding.isEmpty() && !m_requestInFlight && m_askNext < 0) {
        if (m_continueAfter >= 0) // the last page written has more, and did not say so at its end
            pullPage(std::exchange(m_continueAfter, -1));
        else
            end(Stop::Done);
    }
}

bool SyncEngine::writeWaitingPage()
{
    if (m_decoding.isEmpty())
        return true;
    const auto [after, future] = m_decoding.takeFirst();
    const DecodedPage decoded = future.result(); // decoded already, except after a failure
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
    // The page asked for next (arrived, under way or about to be asked
    // for: the hint came from this page's end) must start where this one says.
    std::optional<qint64> askedNext;
    if (!m_decoding.isEmpty())
        askedNext = m_decoding.first().first;
    else if (m_requestInFlight)
        askedNext = m_requestedAfter;
    else if (m_askNext >= 0)
        askedNext = m_askNext;
    if (askedNext && (!page->hasMore || *askedNext != page->nextCursor)) {
        qCWarning(lcSync) << "changes page's end disagrees with its content";
        end(Stop::Fatal);
        return false;
    }
    if (!m_cache->applyPreparedPage(decoded.prepared, page->nextCursor)) {
        end(Stop::Cache);
        return false;
    }
    m_continueAfter = page->hasMore && !askedNext ? page->nextCursor : -1;
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
