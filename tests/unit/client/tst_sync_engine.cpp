#include "client/sync/SyncEngine.h"
#include "core/wire/ApplicationJson.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include "ClientSamples.h"
#include "FakeNetwork.h"
#include "FakePortal.h"

using namespace dpdesk;
using namespace dpdesk::client;
using namespace client_samples;

namespace {

// One desktop (cache, API client, sync engine) against one fake portal.
struct Rig
{
    Rig()
        : portal(network)
        , cache(dir.filePath(QStringLiteral("cache.db")))
        , api(&network, QUrl(QStringLiteral("http://portal.test")), [] { return QStringLiteral("token"); })
        , engine(&cache, &api)
    {
        cache.open();
        engine.setRetryDelays(-1, -1); // tests retry by hand unless they say so
        engine.setPageSize(2);
    }

    QTemporaryDir dir;
    FakeNetwork network;
    FakePortal portal;
    LocalCache cache;
    ApiClient api;
    SyncEngine engine;
};

QList<Application> sortedById(QList<Application> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return list;
}

QStringList keysOf(const QList<OutboxEntry> &entries)
{
    QStringList keys;
    for (const auto &e : entries)
        keys << e.idempotencyKey;
    return keys;
}

QStringList sentKeys(const FakeNetwork &network)
{
    QStringList keys;
    for (const auto &request : network.requests())
        if (request.method != "GET")
            keys << QString::fromUtf8(request.header("Idempotency-Key"));
    return keys;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    // Starts an operation and waits (on the event loop) until the engine is idle.
    static bool runToIdle(SyncEngine &engine, void (SyncEngine::*operation)())
    {
        (engine.*operation)();
        return QTest::qWaitFor([&] { return !engine.isBusy(); }, 5000);
    }

private slots:
    void pullPagesAndStoresTheCursorWithEachPage()
    {
        Rig rig;
        for (int i = 1; i <= 5; ++i)
            rig.portal.put(application(QString::number(i), QStringLiteral("REF-%1").arg(i)));
        QList<qint64> cursorAtEachPage;
        QStringList changedIds;
        connect(&rig.engine, &SyncEngine::applicationsChanged, this, [&](const QStringList &ids) {
            cursorAtEachPage << rig.cache.cursor();
            changedIds << ids;
        });
        QSignalSpy states(&rig.engine, &SyncEngine::stateChanged);

        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.portal.changeRequests(), 3);
        QCOMPARE(cursorAtEachPage, (QList<qint64>{2, 4, 5}));
        QCOMPARE(changedIds, (QStringList{"1", "2", "3", "4", "5"}));
        QCOMPARE(rig.cache.cursor(), 5);
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
        QCOMPARE(rig.engine.state(), SyncEngine::State::Online);
        QCOMPARE(states.first().first().value<SyncEngine::State>(), SyncEngine::State::Syncing);

        // The next pull starts from the stored cursor and gets only what changed.
        rig.portal.put(application("3", "REF-3b", 2));
        rig.portal.remove("1");
        rig.network.clearRequests();
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.network.requests().first().url.query(), QStringLiteral("after=5&limit=2"));
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
        QCOMPARE(rig.cache.cursor(), rig.portal.seq());
    }

    // A page asks for the next one from where its end says the next starts
    // (nextCursorHint), before it is decoded; a page that does not say so
    // at its end is decoded and written first, and the next one asked for
    // from its content. The cache ends the same either way.
    void theNextPageIsAskedForAheadOnlyWhenThePagesEndSaysWhereItStarts_data()
    {
        QTest::addColumn<bool>("membersFirst");
        QTest::newRow("server's form") << false;
        QTest::newRow("members first") << true;
    }

    void theNextPageIsAskedForAheadOnlyWhenThePagesEndSaysWhereItStarts()
    {
        QFETCH(bool, membersFirst);
        Rig rig;
        rig.portal.membersFirst = membersFirst;
        for (int i = 1; i <= 5; ++i)
            rig.portal.put(application(QString::number(i), QStringLiteral("REF-%1").arg(i)));
        QList<int> requests;
        QList<qint64> cursors;
        connect(&rig.engine, &SyncEngine::applicationsChanged, this, [&] {
            requests << rig.portal.changeRequests();
            cursors << rig.cache.cursor();
        });
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.portal.changeRequests(), 3);
        QCOMPARE(cursors, (QList<qint64>{2, 4, 5}));
        if (membersFirst) {
            // Each page is written before the next is asked for.
            QCOMPARE(requests, (QList<int>{1, 2, 3}));
        } else {
            // The next page was asked for before this one was written.
            QVERIFY2(requests.at(0) >= 2 && requests.at(1) >= 3, qPrintable(QString::number(requests.at(0))));
        }
        QCOMPARE(rig.engine.state(), SyncEngine::State::Online);
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
    }

    void aPullCutOffMidwayKeepsTheFinishedPages()
    {
        Rig rig;
        for (int i = 1; i <= 9; ++i)
            rig.portal.put(application(QString::number(i), QStringLiteral("REF-%1").arg(i)));
        // Pages of two: {1,2} {3,4} {5,6} {7,8} {9}; the fourth request
        // fails. The three pages that arrived are written (also one still
        // decoding when the failure came), and nothing after them.
        rig.portal.failChangesFrom = 4;
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.engine.state(), SyncEngine::State::Offline);
        QCOMPARE(rig.cache.cursor(), 6);
        QCOMPARE(rig.cache.applicationIds(), (QStringList{"1", "2", "3", "4", "5", "6"}));

        rig.portal.failChangesFrom = 0;
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.cache.cursor(), 9);
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
    }

    // The next page is asked for while a page is written; when that write
    // fails the pull ends, and the pages decoded or arriving afterwards are
    // dropped (they would skip the failed one). The next pull starts from
    // the cursor.
    void aPageAskedForAheadIsDroppedWhenTheWriteBeforeItFails()
    {
        Rig rig;
        for (int i = 1; i <= 5; ++i)
            rig.portal.put(application(QString::number(i), QStringLiteral("REF-%1").arg(i)));
        rig.cache.setFaultHook([](int) { return true; });
        QSignalSpy changed(&rig.engine, &SyncEngine::applicationsChanged);
        QSignalSpy finished(&rig.engine, &SyncEngine::finished);
        rig.engine.pull();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        // The second page was asked for before the first was written (and
        // the third too when the second arrived first).
        QVERIFY(rig.portal.changeRequests() >= 2);
        // Let the third answer arrive (its reply is then deleted): nothing
        // is written, nothing reported.
        QTRY_VERIFY(rig.network.findChildren<QNetworkReply *>().isEmpty());
        rig.cache.setFaultHook({});
        QCOMPARE(rig.cache.cursor(), 0);
        QVERIFY(rig.cache.applicationIds().isEmpty());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(finished.size(), 1);

        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.cache.cursor(), 5);
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
    }

    void expiredCursorFetchesEverythingAgainAndKeepsTheOutbox()
    {
        Rig rig;
        for (int i = 1; i <= 3; ++i)
            rig.portal.put(application(QString::number(i), QStringLiteral("REF-%1").arg(i)));
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(rig.cache.cursor(), 3);
        QVERIFY(
            rig.cache.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW"}})));

        // Meanwhile the server purged the feed up to the delete of "1".
        rig.portal.remove("1");
        rig.portal.setFeedFloor(rig.portal.seq());
        rig.portal.put(application("2", "REF-2b", 2));
        rig.portal.put(application("4", "REF-4"));

        QSignalSpy changed(&rig.engine, &SyncEngine::applicationsChanged);
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        const auto &requests = rig.network.requests();
        QCOMPARE(requests.at(requests.size() - 3).url.query(), QStringLiteral("after=3&limit=2"));
        QCOMPARE(requests.at(requests.size() - 2).url.query(), QStringLiteral("after=0&limit=2"));
        QCOMPARE(rig.engine.state(), SyncEngine::State::Online);
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
        QVERIFY(!rig.cache.application("1").has_value());
        QCOMPARE(rig.cache.cursor(), rig.portal.seq());
        QCOMPARE(changed.first().first().toStringList(), (QStringList{"1", "2", "3"})); // what was dropped
        QCOMPARE(keysOf(rig.cache.pendingOutbox()), QStringList{"key-00001"});
    }

    void outboxIsSentInOrderAndReplayedAfterALostAnswer()
    {
        Rig rig;
        rig.portal.put(application("1", "REF-1"));
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QSignalSpy pending(&rig.engine, &SyncEngine::pendingCountChanged);
        QSignalSpy sent(&rig.engine, &SyncEngine::sent);

        bool lost = false;
        rig.portal.loseAnswer = [&](const FakeRequest &request) {
            if (lost || request.header("Idempotency-Key") != "key-00002")
                return false;
            return lost = true;
        };
        rig.portal.offline = true; // queue all three first
        QVERIFY(
            rig.engine.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW-1"}})));
        QTRY_VERIFY(!rig.engine.isBusy());
        QVERIFY(
            rig.engine.enqueue(entry("key-00002", "POST", "/api/v1/applications", {{"reference", "NEW-2"}})));
        QTRY_VERIFY(!rig.engine.isBusy());
        QVERIFY(rig.engine.enqueue(
            entry("key-00003", "PATCH", "/api/v1/applications/1", {{"reference", "R"}}, "1")));
        QTRY_VERIFY(!rig.engine.isBusy());
        QCOMPARE(rig.cache.pendingCount(), 3);
        rig.network.clearRequests();
        rig.portal.offline = false;

        // The answer to the second entry is lost: the flush stops there.
        QVERIFY(runToIdle(rig.engine, &SyncEngine::flushOutbox));
        QCOMPARE(rig.engine.state(), SyncEngine::State::Offline);
        QCOMPARE(keysOf(rig.cache.pendingOutbox()), (QStringList{"key-00002", "key-00003"}));

        // The next flush sends the same key again; the server replays its answer.
        QVERIFY(runToIdle(rig.engine, &SyncEngine::flushOutbox));
        QCOMPARE(rig.engine.state(), SyncEngine::State::Online);
        QCOMPARE(sentKeys(rig.network), (QStringList{"key-00001", "key-00002", "key-00002", "key-00003"}));
        QCOMPARE(rig.network.requests().last().header("If-Match"), QByteArray("\"1\""));
        QCOMPARE(rig.portal.executions("key-00001"), 1);
        QCOMPARE(rig.portal.executions("key-00002"), 1);
        QCOMPARE(rig.portal.executions("key-00003"), 1);
        QVERIFY(rig.cache.outbox().isEmpty());
        QCOMPARE(sent.size(), 3);
        QCOMPARE(pending.last().first().toInt(), 0);

        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(sortedById(rig.cache.applications()), sortedById(rig.portal.applications()));
        QCOMPARE(rig.cache.applications().size(), 3);
    }

    void refusalsBecomeConflictsAndTheRestIsStillSent()
    {
        Rig rig;
        rig.portal.put(application("1", "REF-1"));
        rig.portal.put(application("1", "REF-1b", 2)); // someone else edited it
        QVERIFY(rig.cache.enqueue(
            entry("key-00001", "PATCH", "/api/v1/applications/1", {{"reference", "X"}}, "1")));
        QVERIFY(
            rig.cache.enqueue(entry("key-00002", "POST", "/api/v1/applications", {{"reference", "REF-1b"}})));
        QVERIFY(
            rig.cache.enqueue(entry("key-00003", "POST", "/api/v1/applications", {{"reference", "NEW"}})));
        QSignalSpy conflicts(&rig.engine, &SyncEngine::conflict);

        QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(0).at(1).toString(), QStringLiteral("Someone else changed this application."));
        QCOMPARE(conflicts.at(1).at(1).toString(), QStringLiteral("The office already has this reference."));
        const auto outbox = rig.cache.outbox();
        QCOMPARE(keysOf(outbox), (QStringList{"key-00001", "key-00002"}));
        for (const auto &e : outbox)
            QCOMPARE(e.state, OutboxEntry::State::Conflict);
        QCOMPARE(outbox.first().lastError, QStringLiteral("Someone else changed this application."));
        QCOMPARE(rig.portal.executions("key-00003"), 1);
        QCOMPARE(rig.cache.pendingCount(), 0);
        QCOMPARE(rig.cache.application("1")->reference, QStringLiteral("REF-1b"));

        // A conflict is not sent again.
        rig.network.clearRequests();
        QVERIFY(runToIdle(rig.engine, &SyncEngine::flushOutbox));
        QVERIFY(sentKeys(rig.network).isEmpty());
    }

    void offlineChangesWaitAndAreSentByTheRetry()
    {
        Rig rig;
        rig.engine.setRetryDelays(10, 40);
        rig.portal.offline = true;
        QVERIFY(
            rig.engine.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW"}})));
        QTRY_COMPARE(rig.engine.state(), SyncEngine::State::Offline);
        QCOMPARE(rig.cache.pendingCount(), 1);
        QVERIFY(rig.engine.isRetryScheduled());
        QCOMPARE(rig.engine.nextRetryDelay(), 20);
        QTRY_COMPARE(rig.engine.nextRetryDelay(), 40); // the retry failed again
        QTRY_VERIFY(rig.network.requests().size() >= 3);
        QCOMPARE(rig.engine.nextRetryDelay(), 40); // capped
        QCOMPARE(rig.cache.pendingCount(), 1);

        rig.portal.offline = false;
        QTRY_COMPARE(rig.cache.pendingCount(), 0);
        QTRY_COMPARE(rig.engine.state(), SyncEngine::State::Online);
        QTRY_COMPARE(rig.cache.applications().size(), 1); // the retry also pulled
        QCOMPARE(rig.portal.executions("key-00001"), 1);
        QCOMPARE(rig.engine.nextRetryDelay(), 10);
        QVERIFY(!rig.engine.isRetryScheduled());
    }

    void expiredTokenAsksForLoginAndKeepsTheEntry()
    {
        Rig rig;
        rig.portal.tokenExpired = true;
        QSignalSpy auth(&rig.engine, &SyncEngine::authenticationRequired);
        QVERIFY(
            rig.cache.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW"}})));
        QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));
        QCOMPARE(auth.size(), 1);
        QCOMPARE(rig.cache.pendingCount(), 1);
        QVERIFY(!rig.engine.isRetryScheduled());
        QCOMPARE(rig.network.requests().size(), 1); // the pull waits for a new login

        rig.portal.tokenExpired = false;
        QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));
        QCOMPARE(rig.cache.pendingCount(), 0);
        QCOMPARE(rig.cache.applications().size(), 1);
    }

    void aHangingRequestCanBeCancelled()
    {
        Rig rig;
        rig.network.setHandler([](const FakeRequest &) { return FakeResponse::hang(); });
        QVERIFY(
            rig.cache.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW"}})));
        rig.engine.sync();
        QCoreApplication::processEvents();
        QVERIFY(rig.engine.isBusy());
        QCOMPARE(rig.engine.state(), SyncEngine::State::Syncing);
        rig.engine.cancel();
        QTRY_VERIFY(!rig.engine.isBusy());
        QCOMPARE(rig.engine.state(), SyncEngine::State::Offline);
        QCOMPARE(rig.cache.pendingCount(), 1);
        QCOMPARE(rig.network.requests().size(), 1); // the pull did not start
    }

    void theAnswerEffectIsWrittenWithTheAcknowledgementOrTheEntryIsSentAgain()
    {
        Rig rig;
        int calls = 0;
        rig.engine.setAnswerEffect(
            [&](LocalCache::Writer &writer, const OutboxEntry &e, const ApiResult &answer) -> Status {
                ++calls;
                if (calls == 1)
                    return Error{"cache.write_failed", "disk full", {}};
                auto created = applicationFromJson(answer.body.toObject());
                if (!created || e.idempotencyKey != "key-00001")
                    return Error{"test.unexpected", "wrong answer", {}};
                return writer.upsertApplication(*created);
            });
        QSignalSpy sent(&rig.engine, &SyncEngine::sent);
        QVERIFY(
            rig.engine.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW"}})));
        QTRY_VERIFY(!rig.engine.isBusy());
        QCOMPARE(calls, 1);
        QCOMPARE(rig.cache.pendingCount(), 1); // not acknowledged: the effect failed
        QVERIFY(sent.isEmpty());
        QVERIFY(runToIdle(rig.engine, &SyncEngine::flushOutbox));
        QCOMPARE(calls, 2);
        QCOMPARE(rig.cache.pendingCount(), 0);
        QCOMPARE(rig.portal.executions("key-00001"), 1); // the second was a replay
        QCOMPARE(rig.cache.applications().size(), 1);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().value<OutboxEntry>().idempotencyKey, QStringLiteral("key-00001"));
        QCOMPARE(sent.first().at(1).toInt(), 201);
    }

    void anInvalidPageChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("no hasMore") << QByteArray(R"({"changes": [], "nextCursor": 9})");
        QTest::newRow("cursor not a number")
            << QByteArray(R"({"changes": [], "nextCursor": "9", "hasMore": false})");
        QTest::newRow("bad record") << QByteArray(
            R"({"changes": [{"seq": 9, "entity": "application", "id": "1", "op": "upsert", "data": {}}],)"
            R"( "nextCursor": 9, "hasMore": false})");
        QTest::newRow("stuck feed") << QByteArray(R"({"changes": [], "nextCursor": 0, "hasMore": true})");
    }

    void anInvalidPageChangesNothing()
    {
        QFETCH(QByteArray, body);
        Rig rig;
        rig.network.setHandler([&](const FakeRequest &) {
            FakeResponse response;
            response.body = body;
            return response;
        });
        QSignalSpy finished(&rig.engine, &SyncEngine::finished);
        QVERIFY(runToIdle(rig.engine, &SyncEngine::pull));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(rig.cache.cursor(), 0);
        QVERIFY(rig.cache.applications().isEmpty());
        QCOMPARE(rig.network.requests().size(), 1); // no retry loop
    }

    void everyFailingCacheWriteInASyncCycleIsRecovered()
    {
        // STYLE.md point 6: the i-th cache write of one sync cycle fails, for
        // every i. A clean sync afterwards must leave the cache equal to the
        // server and the outbox with exactly the refused entries, nothing sent
        // twice.
        int i = 0;
        for (;; ++i) {
            Rig rig;
            for (int n = 1; n <= 4; ++n)
                rig.portal.put(application(QString::number(n), QStringLiteral("REF-%1").arg(n)));
            QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));
            rig.portal.put(application("2", "REF-2b", 2));
            rig.portal.remove("4");
            rig.portal.put(application("5", "REF-5"));
            QVERIFY(rig.cache.enqueue(
                entry("key-00001", "POST", "/api/v1/applications", {{"reference", "NEW-1"}})));
            QVERIFY(rig.cache.enqueue(
                entry("key-00002", "PATCH", "/api/v1/applications/2", {{"reference", "X"}}, "1")));
            QVERIFY(rig.cache.enqueue(
                entry("key-00003", "POST", "/api/v1/applications", {{"reference", "NEW-2"}})));
            QVERIFY(rig.cache.enqueue(
                entry("key-00004", "POST", "/api/v1/applications", {{"reference", "REF-3"}})));

            bool fired = false;
            rig.cache.setFaultHook([&](int index) {
                if (index != i)
                    return false;
                fired = true;
                return true;
            });
            QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));
            rig.cache.setFaultHook({});
            if (!fired)
                break;
            QVERIFY(runToIdle(rig.engine, &SyncEngine::sync));

            const QByteArray context = "failing write " + QByteArray::number(i);
            QVERIFY2(sortedById(rig.cache.applications()) == sortedById(rig.portal.applications()), context);
            // The list rows were written in the same transactions as the records.
            QList<ApplicationRow> expectedRows;
            for (const auto &a : rig.cache.applications())
                expectedRows << listRowOf(a);
            QVERIFY2(rig.cache.listRows() == expectedRows, context);
            QVERIFY2(rig.cache.cursor() == rig.portal.seq(), context);
            const auto outbox = rig.cache.outbox();
            QVERIFY2(keysOf(outbox) == (QStringList{"key-00002", "key-00004"}), context);
            for (const auto &e : outbox)
                QVERIFY2(e.state == OutboxEntry::State::Conflict, context);
            for (const char *key : {"key-00001", "key-00003"})
                QVERIFY2(rig.portal.executions(QLatin1String(key)) == 1, context);
            int created = 0;
            for (const auto &a : rig.portal.applications())
                created += a.reference.startsWith(QLatin1String("NEW-")) ? 1 : 0;
            QVERIFY2(created == 2, context);
        }
        qInfo("fault sweep covered %d cache writes", i);
        QVERIFY(i >= 8);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
