// Workspace: the office's actions with their local effect and outbox entry
// in one transaction, provisional rows replaced by the server's record
// (answer or feed, never shown twice), invitation secrets handed out once
// (C1, C6), conflicts retried and discarded, and the session kept alive.
#include "client/cache/Provisional.h"
#include "client/credentials/InMemoryCredentialStore.h"
#include "client/sync/OutboxRequests.h"
#include "client/workspace/CachePath.h"
#include "client/workspace/Workspace.h"
#include "core/domain/Attention.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "ClientSamples.h"
#include "FakeNetwork.h"
#include "FakePortal.h"
#include "FakePushServer.h"

using namespace dpdesk;
using namespace dpdesk::client;

namespace {

NewApplicationRequest newApplication(const QString &reference)
{
    NewApplicationRequest request;
    request.reference = reference;
    request.loanAmountCents = 1'500'000;
    request.loanKind = LoanKind::PersonalLoan;
    request.termMonths = 60;
    request.iban = QStringLiteral("NL91ABNA0417164300");
    request.accountHolder = QStringLiteral("J. de Boer");
    request.applicants = {
        NewApplicantRequest{"Jan de Boer", QDate(1980, 5, 17), "jan@example.nl", "+31612345678"}};
    return request;
}

// Every file of the cache folder, as bytes (the database, its WAL, ...).
QByteArray everyCacheByte(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

struct Rig
{
    Rig()
        : portal(network)
        , clock(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC))
    {
        make();
    }

    void make()
    {
        Workspace::Options options;
        options.cacheDirectory = dir.path();
        options.pushSocketFactory = push.factory();
        options.pollIntervalMSecs = 0;
        options.reconnectFirstMSecs = 10;
        options.reconnectMaxMSecs = 40;
        options.syncRetryFirstMSecs = -1; // tests sync by hand
        options.keepAliveMSecs = 0;
        ws = std::make_unique<Workspace>(&network, QUrl(QStringLiteral("http://portal.test")), &store, clock,
                                         options);
    }

    bool idle() const { return !ws->syncEngine() || !ws->syncEngine()->isBusy(); }

    // Logs in and waits until the first sync is done and push is live.
    bool login()
    {
        ws->login(QStringLiteral("carla"), QStringLiteral("secret"), QStringLiteral("123456"));
        return QTest::qWaitFor(
            [&] { return ws->connectionState() == Workspace::ConnectionState::Live && idle(); }, 5000);
    }

    bool settle()
    {
        return QTest::qWaitFor([&] { return idle(); }, 5000);
    }

    // Creates an application through the workspace and waits for the server's record.
    QString confirmedApplication(const QString &reference)
    {
        QSignalSpy confirmed(ws.get(), &Workspace::applicationConfirmed);
        if (!ws->createApplication(newApplication(reference)))
            return {};
        if (confirmed.isEmpty() && !confirmed.wait(5000))
            return {};
        settle();
        return confirmed.first().at(1).toString();
    }

    LocalCache &cache() { return *const_cast<LocalCache *>(ws->cache()); } // fault injection only

    QTemporaryDir dir;
    FakeNetwork network;
    FakePortal portal;
    InMemoryCredentialStore store;
    ManualClock clock;
    FakePushServer push;
    std::unique_ptr<Workspace> ws;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void cacheFilesArePerServerAndUser()
    {
        QTemporaryDir dir;
        const QString a = cacheFilePath(QUrl("https://lender.test"), "carla", dir.path());
        QVERIFY(a.startsWith(dir.path() + "/caches/"));
        QVERIFY(a.endsWith(".sqlite"));
        QVERIFY(!a.contains("carla"));
        QCOMPARE(cacheFilePath(QUrl("https://LENDER.test/"), "Carla", dir.path()), a);
        QVERIFY(cacheFilePath(QUrl("https://other.test"), "carla", dir.path()) != a);
        QVERIFY(cacheFilePath(QUrl("https://lender.test"), "bert", dir.path()) != a);
        QVERIFY(QDir(dir.filePath("caches")).exists());
    }

    void loginOpensTheUsersCacheSyncsAndGoesLive()
    {
        Rig rig;
        rig.portal.put(client_samples::application("1", "REF-1"));
        QSignalSpy loggedIn(rig.ws.get(), &Workspace::loggedIn);
        QSignalSpy synced(rig.ws.get(), &Workspace::lastSyncedAtChanged);
        QVERIFY(rig.login());
        QCOMPARE(loggedIn.size(), 1);
        QCOMPARE(rig.ws->user().officeId, QStringLiteral("office-1"));
        QCOMPARE(rig.ws->cacheFilePath(), cacheFilePath(QUrl("http://portal.test"), "carla", rig.dir.path()));
        QCOMPARE(rig.ws->applications().size(), 1);
        QCOMPARE(rig.ws->lastSyncedAt(), rig.clock.nowUtc());
        QCOMPARE(synced.last().first().toDateTime(), rig.clock.nowUtc());
        QCOMPARE(rig.push.last()->openedUrl.toString(), QStringLiteral("ws://portal.test/api/v1/push"));
        // Only the refresh token is kept, in the credential store.
        std::optional<Tokens> stored;
        rig.store.load("http://portal.test", "carla", [&](const Result<Tokens> &t) {
            if (t)
                stored = *t;
        });
        QVERIFY(stored == (Tokens{"", "refresh-1"}));
    }

    void aWrongCodeFailsTheLoginAndOpensNothing()
    {
        Rig rig;
        QSignalSpy failed(rig.ws.get(), &Workspace::loginFailed);
        rig.ws->login("carla", "secret", "654321");
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().first().value<AuthError>().kind, AuthFailure::InvalidCredentials);
        QVERIFY(!rig.ws->isOpen());
        QCOMPARE(rig.ws->connectionState(), Workspace::ConnectionState::SignedOut);
    }

    void aNewApplicationShowsAtOnceAndTheServersRecordReplacesIt()
    {
        Rig rig;
        QVERIFY(rig.login());
        rig.portal.offline = true;
        QSignalSpy changed(rig.ws.get(), &Workspace::applicationsChanged);
        QSignalSpy confirmed(rig.ws.get(), &Workspace::applicationConfirmed);
        QSignalSpy pending(rig.ws.get(), &Workspace::pendingCountChanged);
        const auto entryId = rig.ws->createApplication(newApplication("REF-NEW"));
        QVERIFY(entryId);

        // At once, before any answer: a provisional row and an outbox entry.
        auto rows = rig.ws->applications();
        QCOMPARE(rows.size(), 1);
        const QString provisional = rows.first().id;
        QCOMPARE(provisional, provisionalId(rig.ws->cache()->outbox().first().idempotencyKey));
        QCOMPARE(rows.first().reference, QStringLiteral("REF-NEW"));
        QCOMPARE(rows.first().applicants.first().fullName, QStringLiteral("Jan de Boer"));
        QCOMPARE(rig.ws->pendingCount(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{provisional});
        QCOMPARE(pending.last().first().toInt(), 1);
        QVERIFY(rig.settle());

        rig.portal.offline = false;
        rig.ws->syncNow();
        QVERIFY(confirmed.wait(2000));
        QCOMPARE(confirmed.first().at(0).toString(), provisional);
        const QString id = confirmed.first().at(1).toString();
        QVERIFY(rig.settle());
        rows = rig.ws->applications();
        QCOMPARE(rows.size(), 1); // replaced, not added
        QCOMPARE(rows.first().id, id);
        QCOMPARE(rig.ws->pendingCount(), 0);
        QCOMPARE(pending.last().first().toInt(), 0);
        QVERIFY(changed.last().first().toStringList().contains(id));

        // The feed brings the same record again: still one row.
        const int pulls = rig.portal.changeRequests();
        rig.push.changed(rig.portal.seq());
        QTRY_COMPARE(rig.portal.changeRequests(), pulls + 1);
        QVERIFY(rig.settle());
        QCOMPARE(rig.ws->applications().size(), 1);
    }

    void theLocalEffectAndTheEntryAreWrittenTogetherOrNotAtAll()
    {
        Rig rig;
        QVERIFY(rig.login());
        rig.portal.offline = true;
        int failing = 0;
        for (;; ++failing) {
            bool fired = false;
            rig.cache().setFaultHook([&](int index) { return fired = fired || index == failing; });
            const auto entry =
                rig.ws->createApplication(newApplication(QStringLiteral("REF-%1").arg(failing)));
            rig.cache().setFaultHook({});
            if (!fired) {
                QVERIFY(entry);
                break;
            }
            QVERIFY(!entry);
            QCOMPARE(entry.error().code, QStringLiteral("cache.write_failed"));
            QVERIFY2(rig.ws->applications().isEmpty(), "no provisional row without its entry");
            QVERIFY2(rig.ws->cache()->outbox().isEmpty(), "no entry without its provisional row");
        }
        QVERIFY(failing >= 3); // outbox insert, provisional row, commit
        QCOMPARE(rig.ws->applications().size(), 1);
        QCOMPARE(rig.ws->pendingCount(), 1);
    }

    void whenTheAnswerIsLostTheFeedReplacesTheProvisionalRow()
    {
        Rig rig;
        QVERIFY(rig.login());
        bool lost = false;
        rig.portal.loseAnswer = [&](const FakeRequest &) {
            return !std::exchange(lost, true);
        };
        QVERIFY(rig.ws->createApplication(newApplication("REF-LOST")));
        QVERIFY(rig.settle());
        QVERIFY(lost);
        QCOMPARE(rig.ws->pendingCount(), 1); // the answer never came
        QVERIFY(isProvisionalId(rig.ws->applications().first().id));

        // A push notice: the feed has the application the POST created.
        rig.push.changed(rig.portal.seq());
        QTRY_VERIFY(!isProvisionalId(rig.ws->applications().value(0).id));
        QVERIFY(rig.settle());
        QCOMPARE(rig.ws->applications().size(), 1);

        // The entry is sent again; the server replays its answer: still one row.
        QSignalSpy confirmed(rig.ws.get(), &Workspace::applicationConfirmed);
        rig.ws->syncNow();
        QVERIFY(confirmed.wait(2000));
        QVERIFY(rig.settle());
        QCOMPARE(rig.ws->applications().size(), 1);
        QCOMPARE(rig.ws->pendingCount(), 0);
        QCOMPARE(rig.portal.applications().size(), 1);
    }

    void theInvitationSecretArrivesOnceAndIsNeverStoredOrLogged()
    {
        Rig rig;
        QVERIFY(rig.login());
        const QString id = rig.confirmedApplication("REF-INV");
        QVERIFY(!id.isEmpty());
        const QString applicantId = rig.ws->application(id)->applicants.first().id;

        QLoggingCategory::setFilterRules(QStringLiteral("dpdesk.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        QSignalSpy issued(rig.ws.get(), &Workspace::invitationIssued);
        const auto entryId = rig.ws->createInvitation(id, applicantId, InvitationKind::Code);
        QVERIFY(entryId);
        // At once: a provisional invitation (C1), active, no attempts.
        const auto shown = rig.ws->application(id)->applicants.first().invitation;
        QVERIFY(shown.has_value());
        QVERIFY(isProvisionalId(shown->id));
        QCOMPARE(shown->state, InvitationState::Active);
        QCOMPARE(shown->kind, InvitationKind::Code);

        QVERIFY(issued.wait(2000));
        QVERIFY(rig.settle());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(issued.size(), 1);
        const auto args = issued.first();
        QCOMPARE(args.at(0).toLongLong(), *entryId);
        QCOMPARE(args.at(1).toString(), id);
        QCOMPARE(args.at(2).toString(), applicantId);
        QCOMPARE(args.at(3).value<InvitationKind>(), InvitationKind::Code);
        const QString secret = args.at(4).toString();
        QVERIFY(secret.startsWith("K7QM-2XD9-"));
        QVERIFY(args.at(5).toUrl().isEmpty());
        const auto invitation = rig.ws->application(id)->applicants.first().invitation;
        QCOMPARE(invitation->id, QStringLiteral("inv-1"));

        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY(!everyCacheByte(rig.dir.path()).contains(secret.toUtf8()));

        // C1: one current invitation per applicant; replacing is C6.
        const auto again = rig.ws->createInvitation(id, applicantId, InvitationKind::Link);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("conflict.invitation_exists"));
        QCOMPARE(rig.ws->pendingCount(), 0);
    }

    void aLockedInvitationNeedsTheOfficeAndIsReplaced()
    {
        Rig rig;
        QVERIFY(rig.login());
        const QString id = rig.confirmedApplication("REF-LOCK");
        const QString applicantId = rig.ws->application(id)->applicants.first().id;
        const auto none = rig.ws->replaceInvitation(id, applicantId, InvitationKind::Code);
        QCOMPARE(none.error().code, QStringLiteral("conflict.no_invitation")); // C6 needs one
        QSignalSpy issued(rig.ws.get(), &Workspace::invitationIssued);
        QVERIFY(rig.ws->createInvitation(id, applicantId, InvitationKind::Code));
        QVERIFY(issued.wait(2000));
        QVERIFY(rig.settle());

        // C5 on the server; the push notice brings it.
        rig.portal.lockInvitation(id);
        rig.push.changed(rig.portal.seq());
        QTRY_COMPARE(rig.ws->application(id)->applicants.first().invitation->state, InvitationState::Locked);
        QVERIFY(rig.settle());
        const Applicant locked = rig.ws->application(id)->applicants.first();
        QCOMPARE(attentionReasons(locked), QList<AttentionReason>{AttentionReason::InvitationLocked});

        // C6: delete and create new, this time as a link.
        QVERIFY(rig.ws->replaceInvitation(id, applicantId, InvitationKind::Link));
        QVERIFY(issued.wait(2000));
        QVERIFY(rig.settle());
        QCOMPARE(issued.last().at(3).value<InvitationKind>(), InvitationKind::Link);
        QCOMPARE(issued.last().at(5).toUrl().toString(), "https://portal.test/k/" + QString(43, 'L'));
        const auto current = rig.ws->application(id)->applicants.first().invitation;
        QCOMPARE(current->id, QStringLiteral("inv-2"));
        QCOMPARE(current->state, InvitationState::Active);
        QVERIFY(attentionReasons(rig.ws->application(id)->applicants.first()).isEmpty());
    }

    void invitingAnUnconfirmedApplicationWaits()
    {
        Rig rig;
        QVERIFY(rig.login());
        rig.portal.offline = true;
        QVERIFY(rig.ws->createApplication(newApplication("REF-P")));
        const Application provisional = rig.ws->applications().first();
        const auto refused =
            rig.ws->createInvitation(provisional.id, provisional.applicants.first().id, InvitationKind::Code);
        QCOMPARE(refused.error().code, QStringLiteral("workspace.not_confirmed"));
    }

    void aRefusedChangeIsExplainedAndCanBeDiscarded()
    {
        Rig rig;
        QVERIFY(rig.login());
        // Another advisor took the reference; this desktop has not heard of it.
        rig.portal.put(client_samples::application("7", "REF-TAKEN"));
        QSignalSpy conflictsChanged(rig.ws.get(), &Workspace::conflictsChanged);
        const auto entryId = rig.ws->createApplication(newApplication("REF-TAKEN"));
        QVERIFY(entryId);
        QVERIFY(conflictsChanged.wait(2000));
        QVERIFY(rig.settle());
        const auto conflicts = rig.ws->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().entryId, *entryId);
        QCOMPARE(conflicts.first().action.kind, OutboxAction::Kind::CreateApplication);
        QCOMPARE(conflicts.first().title, QStringLiteral("New application REF-TAKEN"));
        QVERIFY(conflicts.first().explanation.startsWith("The office already has this reference."));
        QVERIFY(conflicts.first().explanation.contains("Discard"));
        QCOMPARE(rig.ws->pendingCount(), 0);
        QVERIFY(isProvisionalId(rig.ws->applications().first().id)); // still shown, with its conflict

        QVERIFY(!rig.ws->discard(*entryId + 1)); // nothing there
        QSignalSpy changed(rig.ws.get(), &Workspace::applicationsChanged);
        QVERIFY(rig.ws->discard(*entryId));
        QVERIFY(rig.ws->conflicts().isEmpty());
        QVERIFY(rig.ws->applications().isEmpty());
        QVERIFY(rig.ws->cache()->outbox().isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(conflictsChanged.size(), 2);
    }

    void aRetryIsSentOnTheLatestCachedVersion()
    {
        Rig rig;
        rig.portal.put(client_samples::application("1", "REF-1"));
        QVERIFY(rig.login());
        // Edited on version 1 while offline; meanwhile someone else saved version 2.
        rig.portal.offline = true;
        ApplicationPatch patch;
        patch.reference = QStringLiteral("REF-1x");
        QVERIFY(rig.ws->syncEngine()->enqueue(outbox_requests::updateApplication("1", 1, patch, rig.clock)));
        QVERIFY(rig.settle());
        rig.portal.put(client_samples::application("1", "REF-1b", 2));
        rig.portal.offline = false;
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->conflicts().size(), 1);
        QVERIFY(rig.settle());
        QCOMPARE(rig.ws->application("1")->version, 2); // pulled after the refusal
        const Conflict conflict = rig.ws->conflicts().first();
        QCOMPARE(conflict.title, QStringLiteral("Change to application REF-1b"));
        QVERIFY(conflict.explanation.startsWith("Someone else changed this application."));

        const auto retried = rig.ws->retry(conflict.entryId);
        QVERIFY(retried);
        QVERIFY(*retried != conflict.entryId);
        QVERIFY(rig.ws->conflicts().isEmpty());
        QTRY_COMPARE(rig.ws->pendingCount(), 0);
        QVERIFY(rig.settle());
        QCOMPARE(rig.network.requests().last().method, QByteArray("PATCH"));
        QCOMPARE(rig.network.requests().last().header("If-Match"), QByteArray("\"2\""));
        QCOMPARE(rig.portal.applications().first().reference, QStringLiteral("REF-1x"));
        QCOMPARE(rig.ws->application("1")->reference, QStringLiteral("REF-1x"));
        QVERIFY(rig.ws->cache()->outbox().isEmpty());
    }

    void anExpiredAccessTokenIsRefreshedAndSyncCarriesOn()
    {
        Rig rig;
        QVERIFY(rig.login());
        rig.portal.expireAccessToken();
        rig.portal.put(client_samples::application("1", "REF-1"));
        QSignalSpy loginRequired(rig.ws.get(), &Workspace::loginRequired);
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->applications().size(), 1); // 401, refresh, sync again
        QVERIFY(rig.settle());
        QCOMPARE(rig.portal.refreshes, 1);
        QCOMPARE(rig.ws->session()->accessToken(), rig.portal.accessToken);
        QVERIFY(loginRequired.isEmpty());
        QCOMPARE(rig.ws->connectionState(), Workspace::ConnectionState::Live);
    }

    void whenTheServerEndsTheSessionTheCacheStaysAndALoginIsAsked()
    {
        Rig rig;
        rig.portal.put(client_samples::application("1", "REF-1"));
        QVERIFY(rig.login());
        rig.portal.expireAccessToken();
        rig.push.script.validToken = rig.portal.accessToken;
        rig.portal.refreshToken = QStringLiteral("revoked-by-an-admin");
        QSignalSpy loginRequired(rig.ws.get(), &Workspace::loginRequired);
        rig.ws->syncNow();
        QVERIFY(loginRequired.wait(2000));
        QCOMPARE(rig.ws->connectionState(), Workspace::ConnectionState::SignedOut);
        QCOMPARE(rig.ws->pushClient()->state(), PushClient::State::Offline);
        QCOMPARE(rig.ws->applications().size(), 1); // the office still sees its work

        // Logging in again as the same user carries on with the same cache.
        rig.portal.refreshToken = QStringLiteral("refresh-9");
        QVERIFY(rig.login());
        QCOMPARE(rig.ws->applications().size(), 1);
    }

    void aRestartResumesFromTheStoredLoginWithTheCacheShownAtOnce()
    {
        Rig rig;
        rig.portal.put(client_samples::application("1", "REF-1"));
        QVERIFY(rig.login());
        rig.ws.reset(); // the app closes
        rig.portal.offline = true;
        rig.make();
        QSignalSpy loginRequired(rig.ws.get(), &Workspace::loginRequired);
        rig.ws->resume("carla");
        QVERIFY(rig.ws->isOpen());
        QCOMPARE(rig.ws->applications().size(), 1); // offline, from the cache
        QCOMPARE(rig.ws->session()->state(), Session::State::Refreshing);
        QTRY_VERIFY(rig.ws->session()->isRetryScheduled()); // the refresh found no network
        QCOMPARE(rig.ws->applications().size(), 1);
        rig.portal.offline = false;
        rig.ws->session()->refreshNow(); // (the retry timer would do this later)
        QTRY_COMPARE(rig.ws->connectionState(), Workspace::ConnectionState::Live);
        QCOMPARE(rig.ws->user().id, QStringLiteral("user-1")); // from GET /me
        QVERIFY(loginRequired.isEmpty());
    }

    void loggingOutWithARequestUnderWayEndsItCleanly()
    {
        Rig rig;
        QVERIFY(rig.login());
        rig.network.setHandler([](const FakeRequest &) { return FakeResponse::hang(); });
        QVERIFY(rig.ws->createApplication(newApplication("REF-HANG")));
        rig.ws->syncNow();
        QVERIFY(rig.ws->syncEngine()->isBusy());
        QSignalSpy changed(rig.ws.get(), &Workspace::applicationsChanged);
        rig.ws->logout();
        QVERIFY(!rig.ws->isOpen());
        rig.ws.reset();
        QCoreApplication::processEvents(); // the old space is deleted; nothing calls back
        QCOMPARE(changed.size(), 0);

        // The change waits in that user's cache for the next login.
        rig.make();
        FakePortal portal(rig.network);
        rig.push.script.validToken = portal.accessToken;
        rig.ws->login("carla", "secret", "123456");
        QTRY_COMPARE(portal.applications().size(), 1);
        QCOMPARE(portal.applications().first().reference, QStringLiteral("REF-HANG"));
    }

    void theConnectionStateFollowsPushAndSync()
    {
        Rig rig;
        QVERIFY(rig.login());
        QSignalSpy states(rig.ws.get(), &Workspace::connectionStateChanged);
        rig.push.script.accept = false;
        rig.portal.offline = true;
        rig.push.last()->serverClose();
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->connectionState(), Workspace::ConnectionState::Offline);
        rig.portal.offline = false;
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->connectionState(), Workspace::ConnectionState::Polling);
        rig.push.script.accept = true;
        QTRY_COMPARE(rig.ws->connectionState(), Workspace::ConnectionState::Live);
        rig.ws->logout();
        QCOMPARE(rig.ws->connectionState(), Workspace::ConnectionState::SignedOut);
        QVERIFY(!rig.ws->isOpen());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
