#include "client/cache/LocalCache.h"
#include "client/cache/Provisional.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/StrictJson.h"

#include <QJsonDocument>
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

    // A feed record is stored as the bytes it arrived in (rawChangeData), not
    // encoded again; without bytes for every change it is encoded as before.
    void applyPageStoresTheBytesAsReceived()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto a1 = application("1", "A-1", 1, 1);
        const auto a2 = application("2", "A-2", 1, 2);
        const QByteArray indented = QJsonDocument(toJson(a1)).toJson(QJsonDocument::Indented);
        QVERIFY(cache.applyPage({upsert(1, a1), removal(2, "3"), upsert(3, a2)}, 3,
                                {indented, "null", toCompactJson(toJson(a2))}));
        QCOMPARE(cache.application("1"), a1);
        QCOMPARE(cache.application("2"), a2);
        QCOMPARE(cache.listRows(QStringList{"1"}).value(0), listRowOf(a1));

        const auto a1v2 = application("1", "A-1b", 2, 1);
        QVERIFY(cache.applyPage({upsert(4, a1v2)}, 4, {"not used", "one too many"}));
        QCOMPARE(cache.application("1"), a1v2);

        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        {
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT id, json FROM applications ORDER BY id")));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toByteArray(),
                     QJsonDocument(toJson(a1v2)).toJson(QJsonDocument::Compact));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toByteArray(), toCompactJson(toJson(a2)));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void listRowsFollowEveryWrite()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        const auto a1 = application("1", "A-1", 1, 1);
        const auto a2 = application("2", "A-2", 1, 2);
        QVERIFY(cache.applyPage({upsert(1, a1), upsert(2, a2)}, 2));
        QCOMPARE(cache.listRows(), (QList<ApplicationRow>{listRowOf(a2), listRowOf(a1)})); // newest first

        auto a1b = application("1", "A-1b", 2, 1);
        a1b.applicants[0].documents = DocumentsState::Accepted;
        QVERIFY(cache.applyPage({upsert(3, a1b), removal(4, "2")}, 4));
        QCOMPARE(cache.listRows(), QList<ApplicationRow>{listRowOf(a1b)});
        QCOMPARE(cache.listRows({"1", "2", "3"}), QList<ApplicationRow>{listRowOf(a1b)});
        QCOMPARE(cache.listRows()[0].applicants[0].documents, DocumentsState::Accepted);

        // The local effect of an outbox entry writes the row too.
        const auto local = application("9", "LOCAL", 1, 5);
        QVERIFY(cache.enqueue(entry("key-00001", "POST", "/api/v1/applications"),
                              [&](LocalCache::Writer &writer) { return writer.upsertApplication(local); }));
        QCOMPARE(cache.listRows({"9"}), QList<ApplicationRow>{listRowOf(local)});

        QVERIFY(cache.resetForRefetch());
        QVERIFY(cache.listRows().isEmpty());
    }

    void listRowsOfManyIds()
    {
        LocalCache cache(path());
        QVERIFY(cache.open());
        QList<ChangeRecord> page;
        QStringList ids;
        for (int n = 1; n <= 1200; ++n) {
            page << upsert(n, application(QString::number(n), QStringLiteral("R-%1").arg(n)));
            ids << QString::number(n);
        }
        QVERIFY(cache.applyPage(page, 1200));
        QCOMPARE(cache.listRows(ids).size(), 1200); // more than one IN (...) chunk
        QCOMPARE(cache.listRows().size(), 1200);
    }

    void staleListRowsAreRebuiltOnOpen()
    {
        const auto a1 = application("1", "A-1", 1, 1);
        {
            LocalCache cache(path());
            QVERIFY(cache.open());
            QVERIFY(cache.applyPage({upsert(1, a1)}, 1));
        }
        {
            // As a cache written by a version without list rows would be.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM application_rows")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
            query.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        }
        LocalCache cache(path());
        QVERIFY(cache.open());
        QCOMPARE(cache.listRows(), QList<ApplicationRow>{listRowOf(a1)});
    }

    void listRowsKeepEveryField()
    {
        auto a = application("7", "RÉF-7", 3, 4);
        a.loanAmountCents = 1'234'567;
        a.applicants[0].fullName = QStringLiteral("Özlem Yılmaz");
        a.applicants[0].documents = DocumentsState::Accepted;
        a.applicants[0].signing = SigningState::Refused;
        a.applicants[0].refusalReason = QStringLiteral("Rente te hoog");
        a.applicants[0].answers = SigningAnswers{};
        a.applicants[0].ibanConfirmed = true;
        Invitation invitation;
        invitation.id = QStringLiteral("i1");
        invitation.applicantId = a.applicants[0].id;
        invitation.state = InvitationState::Locked;
        invitation.failedAttempts = 4;
        invitation.createdAt = at(1);
        invitation.expiresAt = at(29);
        invitation.lockedAt = at(3, 14);
        a.applicants[0].invitation = invitation;
        Applicant second = a.applicants[0];
        second.id = QStringLiteral("7-ap2");
        second.position = 2;
        second.fullName = QStringLiteral("Piet Jansen");
        second.email = QStringLiteral("piet@example.nl");
        second.signing = SigningState::Open;
        second.refusalReason.clear();
        second.invitation.reset();
        second.identification = IdentificationState::Failed;
        second.identificationFailureReason = QStringLiteral("Foto onscherp");
        a.applicants << second;

        const ApplicationRow row = listRowOf(a);
        QCOMPARE(row.reference, QStringLiteral("RÉF-7"));
        QCOMPARE(row.loanAmountCents, qint64(1'234'567));
        QCOMPARE(row.createdAtMs, at(4).toMSecsSinceEpoch());
        QCOMPARE(row.applicants.size(), 2);
        const ApplicantRow &first = row.applicants[0];
        QVERIFY(first.hasInvitation);
        QCOMPARE(first.invitationState, InvitationState::Locked);
        QCOMPARE(first.failedAttempts, 4);
        QCOMPARE(first.lockedAtMs, at(3, 14).toMSecsSinceEpoch());
        QCOMPARE(first.step, FlowStep::WaitingForOffice);
        QVERIFY(first.hasAttention(AttentionReason::InvitationLocked)); // C5
        QVERIFY(first.hasAttention(AttentionReason::ContractRefused)); // S6
        QVERIFY(!first.hasAttention(AttentionReason::DetailsWrong));
        QCOMPARE(first.refusalReason, QStringLiteral("Rente te hoog"));
        QVERIFY(!row.applicants[1].hasInvitation);
        QVERIFY(row.applicants[1].hasAttention(AttentionReason::IdentificationFailed)); // I4
        QCOMPARE(row.applicants[1].identificationFailureReason, QStringLiteral("Foto onscherp"));
        QVERIFY(row.needsAttention());
        QVERIFY(!row.complete);
        QCOMPARE(row.stepsDone(), 2); // both accepted the documents
        QCOMPARE(row.stepsTotal(), 6);
        QCOMPARE(row.searchKey,
                 QByteArray("ref-7\nozlem yilmaz\nklant@example.nl\npiet jansen\npiet@example.nl"));

        // The stored form gives the same row back; anything else is refused.
        const QByteArray stored = encodeListRow(row);
        QCOMPARE(decodeListRow("7", stored), row);
        QVERIFY(!decodeListRow("7", stored.left(stored.size() - 1)));
        QVERIFY(!decodeListRow("7", stored + "x"));
        QByteArray otherFormat = stored;
        otherFormat[0] = char(kListRowFormat + 1);
        QVERIFY(!decodeListRow("7", otherFormat));
        QVERIFY(!decodeListRow("7", QByteArray()));
    }

    void foldingForSearchIgnoresCaseAndAccents()
    {
        QCOMPARE(foldForSearch(u"Jan de BOER"), QByteArray("jan de boer"));
        QCOMPARE(foldForSearch(u"Özlem Yılmaz"), QByteArray("ozlem yilmaz"));
        QCOMPARE(foldForSearch(u"Brønn Łukasz Ærø"), QByteArray("bronn lukasz aero"));
        QCOMPARE(foldForSearch(u"Straße"), QByteArray("strasse"));
        QCOMPARE(foldForSearch(u""), QByteArray());
    }

    void searchBloomNeverRulesOutWhatIsThere()
    {
        for (const char *text :
             {"ref-7\nozlem yilmaz\nklant@example.nl", "jan de boer\njan@example.nl", "a", ""}) {
            const QByteArray key(text);
            const auto bloom = searchBloomOf(key);
            for (qsizetype from = 0; from < key.size(); ++from) {
                for (qsizetype length = 1; from + length <= key.size(); ++length)
                    QVERIFY2(mayContain(bloom, searchBloomOf(key.mid(from, length))), text);
            }
            QVERIFY(mayContain(bloom, searchBloomOf(QByteArray())));
        }
        // And it rules out most of what is not there.
        const auto jan = searchBloomOf("jan de boer\njan@example.nl");
        int ruledOut = 0;
        for (const char *absent : {"qq", "zx", "visser", "xyz", "kw", "pieter", "mulder", "yusuf"})
            ruledOut += mayContain(jan, searchBloomOf(absent)) ? 0 : 1;
        QVERIFY2(ruledOut >= 6, QByteArray::number(ruledOut));
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
