#include "client/cache/LocalCache.h"
#include "client/cache/Provisional.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ClientSamples.h"

using namespace dpdesk;
using namespace dpdesk::client;
using namespace client_samples;

class TestLocalCache : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }

    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
    }

    void startsEmptyAndUsesWal()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QCOMPARE(cache.cursor(), 0);
        QVERIFY(cache.applications().isEmpty());
        QVERIFY(cache.outbox().isEmpty());
        QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
    }

    void twoCachesUseTheirOwnConnections()
    {
        QTemporaryDir other;
        LocalCache first(path());
        LocalCache second(other.filePath(QStringLiteral("other.db")));
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(first.applyPage({upsert(1, application("1", "A-1"))}, 1));
        QCOMPARE(first.applications().size(), 1);
        QCOMPARE(second.applications().size(), 0);
    }

    void applyPageStoresRecordsAndCursor()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto a1 = application("1", "A-1", 1, 1);
        const auto a2 = application("2", "A-2", 1, 2);
        QVERIFY(cache.applyPage({upsert(1, a1), upsert(2, a2)}, 2));
        QCOMPARE(cache.cursor(), 2);
        QCOMPARE(cache.application("1"), a1);
        QCOMPARE(cache.applications(), (QList<Application>{a2, a1})); // newest first

        const auto a1v2 = application("1", "A-1b", 2, 1);
        QVERIFY(cache.applyPage({upsert(3, a1v2), removal(4, "2")}, 4));
        QCOMPARE(cache.cursor(), 4);
        QCOMPARE(cache.applications(), QList<Application>{a1v2});
        QVERIFY(!cache.application("2").has_value());
    }

    void dataSurvivesReopening()
    {
        const auto a1 = application("1", "A-1");
        {
            LocalCache cache(path());
            QVERIFY(cache.open());
            QVERIFY(cache.applyPage({upsert(7, a1)}, 7));
            QVERIFY(cache.enqueue(entry("key-00001", "POST", "/api/v1/applications")));
        }
        LocalCache cache(path());
        QVERIFY(cache.open());
        QCOMPARE(cache.cursor(), 7);
        QCOMPARE(cache.application("1"), a1);
        QCOMPARE(cache.pendingCount(), 1);
    }

    void searchColumnsAreFilled()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.applyPage({upsert(1, application("1", "REF-9", 3))}, 1));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        {
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT version, reference, applicant_names, created_at FROM applications")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), 3);
            QCOMPARE(query.value(1).toString(), QStringLiteral("REF-9"));
            QCOMPARE(query.value(2).toString(), QStringLiteral("Klant REF-9"));
            QCOMPARE(query.value(3).toString(), QStringLiteral("2026-06-01T09:00:00.000Z"));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void outboxKeepsOrderAndStates()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto first =
            cache.enqueue(entry("key-00001", "POST", "/api/v1/applications", {{"reference", "R1"}}));
        const auto second = cache.enqueue(entry("key-00002", "PATCH", "/api/v1/applications/1", {}, "3"));
        const auto third = cache.enqueue(entry("key-00003", "POST", "/api/v1/applications"));
        QVERIFY(first && second && third);
        QVERIFY(*first < *second && *second < *third);

        auto pending = cache.pendingOutbox();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending[1].idempotencyKey, QStringLiteral("key-00002"));
        QCOMPARE(pending[1].method, QByteArray("PATCH"));
        QCOMPARE(pending[1].baseEtag, QStringLiteral("3"));
        QCOMPARE(pending[1].createdAt, at(2));
        QCOMPARE(pending[0].body, QByteArray(R"({"reference":"R1"})"));

        QVERIFY(cache.markSent(*first));
        QVERIFY(cache.markConflict(*second, QStringLiteral("Someone else changed it.")));
        pending = cache.pendingOutbox();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].id, *third);
        const auto all = cache.outbox();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].state, OutboxEntry::State::Conflict);
        QCOMPARE(all[0].lastError, QStringLiteral("Someone else changed it."));
        QCOMPARE(cache.pendingCount(), 1);
    }

    void duplicateIdempotencyKeyIsRefused()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.enqueue(entry("key-00001", "POST", "/api/v1/applications")));
        QVERIFY(!cache.enqueue(entry("key-00001", "POST", "/api/v1/applications")));
        QCOMPARE(cache.outbox().size(), 1);
    }

    void enqueueRunsTheLocalEffectInTheSameTransaction()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto local = application("1", "LOCAL");
        QVERIFY(cache.enqueue(entry("key-00001", "POST", "/api/v1/applications"),
                              [&](LocalCache::Writer &writer) { return writer.upsertApplication(local); }));
        QCOMPARE(cache.application("1"), local);

        // A failing effect leaves neither the entry nor the effect.
        const auto refused = cache.enqueue(entry("key-00002", "POST", "/api/v1/applications"),
                                           [&](LocalCache::Writer &writer) -> Status {
                                               if (Status s = writer.removeApplication("1"); !s)
                                                   return s;
                                               return Error{QStringLiteral("test"), QStringLiteral("no"), {}};
                                           });
        QVERIFY(!refused);
        QCOMPARE(cache.outbox().size(), 1);
        QCOMPARE(cache.application("1"), local);
    }

    void resetForRefetchKeepsTheOutbox()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.applyPage({upsert(5, application("1", "A-1"))}, 5));
        QVERIFY(cache.enqueue(entry("key-00001", "POST", "/api/v1/applications")));
        QVERIFY(cache.resetForRefetch());
        QCOMPARE(cache.cursor(), 0);
        QVERIFY(cache.applications().isEmpty());
        QCOMPARE(cache.pendingCount(), 1);
    }

    void aServerRecordReplacesTheProvisionalRowWithItsReference()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        Application provisional = application(provisionalId("dpd-key-1"), "NEW-1");
        QVERIFY(cache.enqueue(entry("dpd-key-1", "POST", "/api/v1/applications"),
                              [&](LocalCache::Writer &w) { return w.upsertApplication(provisional); }));
        QVERIFY(cache.hasReference("NEW-1"));
        // A refetch keeps it: its entry is still waiting.
        QVERIFY(cache.applyPage({upsert(1, application("1", "OLD"))}, 1));
        QVERIFY(cache.resetForRefetch());
        QCOMPARE(cache.applicationIds(), QStringList{provisional.id});
        // The feed brings the server's record with the same reference.
        QVERIFY(cache.applyPage({upsert(2, application("9", "NEW-1"))}, 2));
        QCOMPARE(cache.applicationIds(), QStringList{"9"});
        QVERIFY(!cache.hasReference("OLD"));
    }

    void anAnswerNeverUndoesANewerRecord()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.applyPage({upsert(1, application("1", "FEED", 3))}, 1));
        const auto older = application("1", "ANSWER", 2);
        QVERIFY(cache.write([&](LocalCache::Writer &w) { return w.upsertApplicationIfNewer(older); }));
        QCOMPARE(cache.application("1")->reference, QStringLiteral("FEED"));
        const auto newer = application("1", "ANSWER", 4);
        QVERIFY(cache.write([&](LocalCache::Writer &w) { return w.upsertApplicationIfNewer(newer); }));
        QCOMPARE(cache.application("1")->reference, QStringLiteral("ANSWER"));
    }

    void markSentWritesTheAnswerInTheSameTransaction()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto id = cache.enqueue(entry("key-00001", "POST", "/api/v1/applications"));
        QVERIFY(id);
        const Status failed = cache.markSent(*id, [](LocalCache::Writer &w) -> Status {
            if (Status s = w.upsertApplication(application("1", "A-1")); !s)
                return s;
            return Error{"test.fail", "refused", {}};
        });
        QVERIFY(!failed);
        QCOMPARE(cache.pendingCount(), 1); // still there: sent again, the server replays
        QVERIFY(cache.applications().isEmpty());
        QVERIFY(cache.markSent(
            *id, [](LocalCache::Writer &w) { return w.upsertApplication(application("1", "A-1")); }));
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(cache.applicationIds(), QStringList{"1"});
    }

    void replaceMovesAnEntryToTheEndWithItsEffect()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto first = cache.enqueue(entry("key-00001", "PATCH", "/api/v1/applications/1", {}, "1"));
        QVERIFY(cache.enqueue(entry("key-00002", "POST", "/api/v1/applications")));
        QVERIFY(cache.markConflict(*first, "Someone else changed this application."));
        const auto again =
            cache.replace(*first, entry("key-00003", "PATCH", "/api/v1/applications/1", {}, "2"),
                          [](LocalCache::Writer &w) { return w.upsertApplication(application("1", "R")); });
        QVERIFY(again);
        QVERIFY(*again > *first);
        const auto outbox = cache.outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.last().idempotencyKey, QStringLiteral("key-00003"));
        QCOMPARE(outbox.last().baseEtag, QStringLiteral("2"));
        QCOMPARE(outbox.last().state, OutboxEntry::State::Pending);
        QVERIFY(!cache.outboxEntry(*first).has_value());
        QCOMPARE(cache.outboxEntry(*again)->idempotencyKey, QStringLiteral("key-00003"));
        QCOMPARE(cache.applicationIds(), QStringList{"1"});

        // A failing effect leaves the conflict where it was.
        QVERIFY(cache.markConflict(*again, "Again."));
        QVERIFY(!cache.replace(*again, entry("key-00004", "PATCH", "/api/v1/applications/1"),
                               [](LocalCache::Writer &) -> Status {
                                   return Error{"test.fail", "no", {}};
                               }));
        QCOMPARE(cache.outboxEntry(*again)->state, OutboxEntry::State::Conflict);
        QCOMPARE(cache.outbox().size(), 2);
    }

    void lastSyncedAtSurvivesReopening()
    {
        {
            LocalCache cache(path());
            QVERIFY(cache.open());
            QVERIFY(!cache.lastSyncedAt().isValid());
            QVERIFY(cache.setLastSyncedAt(at(3, 14)));
        }
        LocalCache cache(path());
        QVERIFY(cache.open());
        QCOMPARE(cache.lastSyncedAt(), at(3, 14));
    }

    void everyFailingWriteRollsBackItsTransaction()
    {
        // For every write index i, the i-th write of applyPage or enqueue fails:
        // the cache then holds exactly what it held before.
        for (int i = 0;; ++i) {
            init();
            LocalCache cache(path());
            QVERIFY(cache.open());
            QVERIFY(cache.applyPage({upsert(1, application("1", "A-1"))}, 1));
            bool fired = false;
            cache.setFaultHook([&](int index) { return fired = fired || index == i, index == i; });
            const bool pageOk =
                bool(cache.applyPage({upsert(2, application("2", "A-2")), removal(3, "1")}, 3));
            const bool queueOk = bool(cache.enqueue(
                entry("key-00001", "POST", "/api/v1/applications"),
                [](LocalCache::Writer &writer) { return writer.upsertApplication(application("9", "L")); }));
            if (!fired) {
                QVERIFY(pageOk && queueOk);
                QVERIFY2(i > 3, "the sweep must have covered several writes");
                break;
            }
            QCOMPARE(pageOk, !queueOk); // exactly one of them failed
            if (pageOk) {
                QCOMPARE(cache.cursor(), 3);
                QCOMPARE(cache.applicationIds(), QStringList{"2"});
                QCOMPARE(cache.outbox().size(), 0);
            } else {
                QCOMPARE(cache.cursor(), 1);
                QCOMPARE(cache.applicationIds(), (QStringList{"1", "9"}));
                QCOMPARE(cache.outbox().size(), 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_local_cache.moc"
