#pragma once

#include "client/cache/LocalCache.h"
#include "client/net/ApiClient.h"
#include "client/sync/ChangesPage.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

namespace dpdesk::client {

// Keeps the local cache in step with the portal service: sends the outbox
// (in order, one entry at a time) and pulls the changes feed from the stored
// cursor. One operation runs at a time; a request made meanwhile runs after
// it (the outbox first, then the feed). After a network error it retries
// with a doubling delay (setRetryDelays; tests switch it off or shorten it).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Online, Syncing };
    Q_ENUM(State)

    // The local effect of the server's answer to an outbox entry, written in
    // the same transaction that removes the entry (e.g. the created record
    // replacing its provisional row). Returning an error keeps the entry; it
    // is sent again and the server replays its answer.
    using AnswerEffect =
        std::function<Status(LocalCache::Writer &writer, const OutboxEntry &entry, const ApiResult &answer)>;
    // Changes per page of the feed: the server's maximum (bench_desktop:
    // fewer round trips, and each page is one cache transaction).
    static constexpr int kDefaultPageSize = 1000;

    // A changes page parsed and decoded off the GUI thread, its changes
    // prepared for the cache (prepareChanges, with each record's bytes as
    // received when rawChangeData finds them). page's changes are dropped
    // once prepared.
    struct DecodedPage
    {
        Result<ChangesPage> page;
        QList<PreparedChange> prepared;
    };

    SyncEngine(LocalCache *cache, ApiClient *api, QObject *parent = nullptr);

    void setAnswerEffect(AnswerEffect effect) { m_answerEffect = std::move(effect); }

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }
    // First and largest delay before an automatic retry; a negative first
    // delay switches automatic retries off.
    void setRetryDelays(int firstMSecs, int maxMSecs);
    int nextRetryDelay() const { return m_retryDelay; } // -1: off
    bool isRetryScheduled() const { return m_retryTimer.isActive(); }

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }

    // Stores the change (and its local effect) in the outbox, then sends it
    // when the network allows.
    Result<qint64> enqueue(const OutboxEntry &entry, const LocalCache::LocalEffect &localEffect = {});

    void sync(); // flushOutbox, then pull
    void pull();
    void flushOutbox();
    // Aborts the request under way (e.g. one that hangs); the operation ends
    // as after a network error, and nothing is lost.
    void cancel();

signals:
    void stateChanged(dpdesk::client::SyncEngine::State state);
    void applicationsChanged(const QStringList &ids);
    // The server refused an outbox entry (412, 409, 422, ...); the entry stays
    // in the outbox in state Conflict with the server's message.
    void conflict(qint64 entryId, const QString &message);
    // The server accepted an outbox entry (already removed from the outbox,
    // with its answer effect written); body is its answer (an invitation's
    // secret is only here: show it, never log it).
    void sent(const dpdesk::client::OutboxEntry &entry, int status, const QJsonValue &body);
    void pendingCountChanged(int count);
    void authenticationRequired();
    // An operation (pull or flush) ended; ok is false when it stopped early.
    void finished(bool ok);
    // A pull read the changes feed to its end.
    void pulled();

private:
    enum class Stop { Done, Network, Transient, Cache, Auth, Fatal };

    void runNext();
    void startFlush();
    void sendNext();
    void handleSent(const OutboxEntry &entry, const ApiResult &result);
    void startPull();
    void pullPage(qint64 after);
    void handlePage(qint64 after, const ApiResult &result);
    // Writes the oldest page (waiting for its decoding if needed); false
    // (and the pull ended) on failure.
    bool writeWaitingPage();
    // Writes the pages decoded so far, asks for the next one, or ends the pull.
    void advance();
    void end(Stop stop);
    Stop classify(const ApiResult &result) const;
    void setState(State state);
    void emitPendingCount();

    LocalCache *m_cache;
    ApiClient *m_api;
    int m_pageSize = kDefaultPageSize;
    int m_firstRetryDelay = 2'000;
    int m_maxRetryDelay = 60'000;
    int m_retryDelay = 2'000;
    QTimer m_retryTimer;
    State m_state = State::Offline;
    bool m_busy = false;
    bool m_flushRequested = false;
    bool m_pullRequested = false;
    bool m_refetched = false;
    bool m_pulling = false;
    // Counts finished operations: a page reply of an earlier one is ignored.
    quint64 m_pullNumber = 0;
    // Pages of this pull decoding or decoded, not yet written (at most kPagesAhead),
    // each with the cursor it was asked for after.
    QList<std::pair<qint64, QFuture<DecodedPage>>> m_decoding;
    static constexpr qsizetype kPagesAhead = 3; // pages decoding or waiting to be written
    bool m_requestInFlight = false;
    qint64 m_requestedAfter = 0; // the page under way starts after this
    qint64 m_askNext = -1; // the next page to ask for, when there is room (-1: none)
    // Where the feed goes on after the pages written so far, when no page
    // was asked for after them (-1: at its end).
    qint64 m_continueAfter = -1;
    QThreadPool m_decoder; // two threads: consecutive pages decode side by side
    AnswerEffect m_answerEffect;
    int m_lastPendingCount = -1;
};

} // namespace dpdesk::client
