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
#include "core/domain/ChecklistRules.h"

#include <QDirIterator>
#include <QJsonDocument>
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

// An application whose applicants are under way: documents accepted, the
// questions answered, the IBAN confirmed; the first one also identified.
Application underWay(const QString &id, const QString &reference, qint64 version, int applicants = 1)
{
    Application a = client_samples::application(id, reference, version);
    a.iban = QStringLiteral("NL91ABNA0417164300");
    a.accountHolder = QStringLiteral("J. de Boer");
    if (applicants == 2) {
        Applicant second = a.applicants.first();
        second.id = id + QStringLiteral("-ap2");
        second.position = 2;
        second.fullName = QStringLiteral("Els de Boer");
        a.applicants << second;
    }
    int n = 0;
    for (Applicant &applicant : a.applicants) {
        applicant.documents = DocumentsState::Accepted;
        applicant.answers = SigningAnswers{};
        applicant.ibanConfirmed = true;
        applicant.identification = n++ == 0 ? IdentificationState::Done : IdentificationState::Open;
        Invitation invitation;
        invitation.id = QStringLiteral("inv-old-%1").arg(applicant.position);
        invitation.applicantId = applicant.id;
        invitation.kind = InvitationKind::Code;
        invitation.createdAt = client_samples::at(1);
        invitation.expiresAt = client_samples::at(20);
        applicant.invitation = invitation;
    }
    return a;
}

Application complete(Application a)
{
    for (Applicant &applicant : a.applicants) {
        applicant.documents = DocumentsState::Accepted;
        applicant.identification = IdentificationState::Done;
        applicant.signing = SigningState::Signed;
        applicant.signedContractVersion = a.contractVersion;
    }
    return a;
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

    void aNewBankAccountShowsAtOnceWaitsOfflineAndIsSentWithIfMatch()
    {
        // S5, the DP Portaal way: works offline, the cache shows the change at once.
        Rig rig;
        rig.portal.put(underWay("1", "REF-1", 3));
        QVERIFY(rig.login());
        rig.portal.offline = true;
        QSignalSpy changed(rig.ws.get(), &Workspace::applicationsChanged);
        const auto entryId = rig.ws->changeBankAccount("1", " nl20 ingb 0001 2345 67 ", "J. de Boer-Jansen ");
        QVERIFY(entryId);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toStringList(), QStringList{"1"});

        const auto outbox = rig.ws->cache()->outbox();
        QCOMPARE(outbox.size(), 1);
        const OutboxEntry &entry = outbox.first();
        QCOMPARE(entry.method, QByteArray("PUT"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/applications/1/bank-account"));
        QCOMPARE(entry.baseEtag, QStringLiteral("3")); // If-Match: the version the office looked at
        QCOMPARE(QJsonDocument::fromJson(entry.body).object(),
                 (QJsonObject{{"iban", "NL20INGB0001234567"}, {"accountHolder", "J. de Boer-Jansen"}}));
        QCOMPARE(describeOutboxEntry(entry).kind, OutboxAction::Kind::ChangeBankAccount);
        QCOMPARE(describeOutboxEntry(entry).applicationId, QStringLiteral("1"));
        QCOMPARE(rig.ws->pendingCount(), 1);

        // The local effect: the new IBAN, a new contract, every step again;
        // identification done stays, and so does the invitation (link and code).
        const Application shown = *rig.ws->application("1");
        QCOMPARE(shown.iban, QStringLiteral("NL20INGB0001234567"));
        QCOMPARE(shown.accountHolder, QStringLiteral("J. de Boer-Jansen"));
        QCOMPARE(shown.contractVersion, 2);
        QCOMPARE(shown.version, 3); // the server's answer (a higher version) replaces it
        const Applicant &a = shown.applicants.first();
        QCOMPARE(a.documents, DocumentsState::Open);
        QCOMPARE(a.signing, SigningState::Open);
        QVERIFY(!a.answers.has_value());
        QVERIFY(!a.ibanConfirmed);
        QCOMPARE(a.identification, IdentificationState::Done);
        QCOMPARE(a.invitation->id, QStringLiteral("inv-old-1"));
        QCOMPARE(currentStep(a), FlowStep::Documents);

        // Online again: sent with If-Match, the answer written back.
        QVERIFY(rig.settle()); // the offline attempt is over
        rig.portal.offline = false;
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->pendingCount(), 0);
        QVERIFY(rig.settle());
        const FakeRequest *put = nullptr;
        for (const FakeRequest &request : rig.network.requests())
            if (request.method == "PUT")
                put = &request;
        QVERIFY(put);
        QCOMPARE(put->header("If-Match"), QByteArray("\"3\""));
        QVERIFY(!put->header("Idempotency-Key").isEmpty());
        const Application stored = rig.portal.applications().first();
        QCOMPARE(stored.iban, QStringLiteral("NL20INGB0001234567"));
        QCOMPARE(stored.version, 4);
        const Application after = *rig.ws->application("1");
        QCOMPARE(after.version, 4);
        QCOMPARE(after.contractVersion, 2);
        QCOMPARE(after.iban, QStringLiteral("NL20INGB0001234567"));
        QVERIFY(rig.ws->conflicts().isEmpty());
    }

    void aBankAccountChangeIsCheckedLocallyFirst()
    {
        Rig rig;
        rig.portal.put(underWay("1", "REF-1", 1));
        rig.portal.put(complete(underWay("2", "REF-2", 1)));
        QVERIFY(rig.login());
        // The core IBAN rules, as the server applies them.
        const auto checksum = rig.ws->changeBankAccount("1", "NL20INGB0001234568", "J. de Boer");
        QCOMPARE(checksum.error().code, QStringLiteral("iban.checksum"));
        QCOMPARE(checksum.error().field, QStringLiteral("iban"));
        const auto holder = rig.ws->changeBankAccount("1", "NL20INGB0001234567", "  ");
        QVERIFY(!holder);
        QCOMPARE(holder.error().field, QStringLiteral("accountHolder"));
        const auto same = rig.ws->changeBankAccount("1", "NL91 ABNA 0417 1643 00", "J. de Boer");
        QCOMPARE(same.error().code, QStringLiteral("conflict.bank_account_unchanged"));
        // I5: a complete application's contract cannot change.
        const auto done = rig.ws->changeBankAccount("2", "NL20INGB0001234567", "J. de Boer");
        QCOMPARE(done.error().code, QStringLiteral("conflict.application_complete"));
        QVERIFY(done.error().message.contains("complete"));
        const auto signing = rig.ws->newSigning("2", InvitationKind::Code);
        QCOMPARE(signing.error().code, QStringLiteral("conflict.application_complete"));
        QCOMPARE(rig.ws->changeBankAccount("9", "NL20INGB0001234567", "J. de Boer").error().code,
                 QStringLiteral("not_found"));
        QVERIFY(rig.ws->cache()->outbox().isEmpty());
        QCOMPARE(rig.ws->application("1")->iban, QStringLiteral("NL91ABNA0417164300"));

        rig.portal.offline = true;
        QVERIFY(rig.ws->createApplication(newApplication("REF-P")));
        QString provisional;
        for (const Application &a : rig.ws->applications())
            if (isProvisionalId(a.id))
                provisional = a.id;
        QCOMPARE(rig.ws->changeBankAccount(provisional, "NL20INGB0001234567", "J. de Boer").error().code,
                 QStringLiteral("workspace.not_confirmed"));
    }

    void aStaleBankAccountChangeIsExplainedAndDiscardShowsTheServersAccount()
    {
        Rig rig;
        rig.portal.put(underWay("1", "REF-1", 1));
        QVERIFY(rig.login());
        rig.portal.offline = true;
        QVERIFY(rig.ws->changeBankAccount("1", "NL20INGB0001234567", "J. de Boer"));
        QVERIFY(rig.settle());
        Application elsewhere = underWay("1", "REF-1b", 2); // someone else saved meanwhile
        elsewhere.iban = QStringLiteral("NL39RABO0300065264");
        rig.portal.put(elsewhere);
        rig.portal.offline = false;
        rig.ws->syncNow();
        QTRY_COMPARE(rig.ws->conflicts().size(), 1);
        QVERIFY(rig.settle());
        const Conflict conflict = rig.ws->conflicts().first();
        QCOMPARE(conflict.action.kind, OutboxAction::Kind::ChangeBankAccount);
        QCOMPARE(conflict.title, QStringLiteral("New bank account and contract for application REF-1b"));
        QVERIFY(conflict.explanation.startsWith("Someone else changed this application."));
        QVERIFY(conflict.explanation.contains("No new contract was made."));
        QCOMPARE(rig.portal.applications().first().contractVersion, 1); // nothing happened there

        QVERIFY(rig.ws->discard(conflict.entryId));
        QTRY_COMPARE(rig.ws->application("1")->iban, QStringLiteral("NL39RABO0300065264"));
        QCOMPARE(rig.ws->application("1")->contractVersion, 1);
        QCOMPARE(rig.ws->application("1")->applicants.first().documents, DocumentsState::Accepted);
        QVERIFY(rig.ws->cache()->outbox().isEmpty());
    }

    void aNewSigningIssuesANewInvitationForEveryApplicant()
    {
        // S5, the Maex way: new contract, new invitations; secrets once each.
        Rig rig;
        rig.portal.put(underWay("1", "REF-1", 5, 2));
        QVERIFY(rig.login());
        QSignalSpy issued(rig.ws.get(), &Workspace::invitationIssued);
        rig.portal.offline = true;
        const auto entryId = rig.ws->newSigning("1", InvitationKind::Code);
        QVERIFY(entryId);
        const OutboxEntry entry = rig.ws->cache()->outbox().first();
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/applications/1/new-signing"));
        QCOMPARE(entry.baseEtag, QStringLiteral("5"));
        QCOMPARE(QJsonDocument::fromJson(entry.body).object().value("kind").toString(),
                 QStringLiteral("code"));
        QCOMPARE(describeOutboxEntry(entry).kind, OutboxAction::Kind::NewSigning);
        const Application shown = *rig.ws->application("1");
        QCOMPARE(shown.contractVersion, 2);
        for (const Applicant &a : shown.applicants) {
            QVERIFY(isProvisionalId(a.invitation->id)); // the new ones, not yet made
            QCOMPARE(a.invitation->state, InvitationState::Active);
            QCOMPARE(a.documents, DocumentsState::Open);
        }

        QVERIFY(rig.settle()); // the offline attempt is over
        rig.portal.offline = false;
        rig.ws->syncNow();
        QTRY_COMPARE(issued.size(), 2);
        QVERIFY(rig.settle());
        QCOMPARE(rig.network.requests().last().method, QByteArray("GET")); // the feed after the answer
        QSet<QString> applicants;
        for (const auto &args : std::as_const(issued)) {
            QCOMPARE(args.at(0).toLongLong(), *entryId);
            QCOMPARE(args.at(1).toString(), QStringLiteral("1"));
            QCOMPARE(args.at(3).value<InvitationKind>(), InvitationKind::Code);
            QVERIFY(args.at(4).toString().startsWith("K7QM-2XD9-"));
            applicants.insert(args.at(2).toString());
        }
        QCOMPARE(applicants, (QSet<QString>{"1-ap1", "1-ap2"}));
        const Application after = *rig.ws->application("1");
        for (const Applicant &a : after.applicants)
            QVERIFY(!isProvisionalId(a.invitation->id) && a.invitation->id.startsWith("inv-"));
        QCOMPARE(rig.ws->application("1")->version, 6);
    }

    void documentsAreFetchedOnlineOnly()
    {
        Rig rig;
        Application twice = underWay("1", "REF-1", 1);
        twice.contractVersion = 2;
        rig.portal.put(twice);
        QVERIFY(rig.login());
        std::optional<Result<QList<DocumentVersion>>> listed;
        rig.ws->fetchDocuments("1", [&](const Result<QList<DocumentVersion>> &r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(listed->ok());
        QCOMPARE(listed->value().size(), 2);
        QVERIFY(listed->value().at(0).superseded());
        QVERIFY(!listed->value().at(1).superseded());
        QCOMPARE(listed->value().at(1).contractVersion, 2);

        std::optional<Result<QByteArray>> pdf;
        rig.ws->fetchDocument("1", "doc-2", [&](const Result<QByteArray> &r) { pdf = r; });
        QTRY_VERIFY(pdf.has_value());
        QVERIFY(pdf->ok());
        QCOMPARE(pdf->value(), rig.portal.pdfBytes);
        QCOMPARE(rig.network.requests().last().path(),
                 QStringLiteral("/api/v1/applications/1/documents/doc-2"));

        rig.portal.offline = true;
        listed.reset();
        rig.ws->fetchDocuments("1", [&](const Result<QList<DocumentVersion>> &r) { listed = r; });
        QTRY_VERIFY(listed.has_value());
        QCOMPARE(listed->error().code, QStringLiteral("documents.unavailable"));
        pdf.reset();
        rig.ws->fetchDocument("1", "doc-2", [&](const Result<QByteArray> &r) { pdf = r; });
        QTRY_VERIFY(pdf.has_value());
        QCOMPARE(pdf->error().code, QStringLiteral("documents.unavailable"));
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
