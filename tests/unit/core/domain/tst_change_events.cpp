// detectChangeEvents: what is news for the office between two versions of an
// application (C5, S2, S6, I4, I5), reported once, when the state is entered.
#include "core/domain/ChangeEvents.h"

#include <QTest>

#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace checklist_samples;

namespace {

QList<ChangeEventKind> kinds(const QList<ChangeEvent> &events)
{
    QList<ChangeEventKind> out;
    for (const ChangeEvent &e : events)
        out.append(e.kind);
    return out;
}

using K = ChangeEventKind;

} // namespace

class TestChangeEvents : public QObject
{
    Q_OBJECT

private slots:
    void progressWithoutTroubleIsNoNews()
    {
        const Application a = application(2);
        QVERIFY(detectChangeEvents(a, documentsAccepted(a, 0)).isEmpty());
        QVERIFY(detectChangeEvents(a, signedBy(a, 1)).isEmpty());
        QVERIFY(detectChangeEvents(a, wrongDates(a, 0, 3, at(5))).isEmpty()); // C4 warns the customer only
    }

    void lockIsReportedWithTheApplicantOnce()
    {
        // C5
        const Application a = wrongDates(application(2), 1, 3, at(5));
        const Application locked = wrongDates(a, 1, 1, at(5, 14, 3)); // the fourth
        QCOMPARE(locked.applicants.at(1).invitation->state, InvitationState::Locked);
        const QList<ChangeEvent> events = detectChangeEvents(a, locked);
        QCOMPARE(kinds(events), QList<K>{K::InvitationLocked});
        QCOMPARE(events.first().applicationId, QStringLiteral("app-142"));
        QCOMPARE(events.first().reference, QStringLiteral("DP-2026-0142"));
        QCOMPARE(events.first().applicantId, QStringLiteral("ap-2"));
        QCOMPARE(events.first().applicantPosition, 2);
        // Still locked in the next version (another applicant moves on): no repeat.
        QVERIFY(detectChangeEvents(locked, documentsAccepted(locked, 0)).isEmpty());
    }

    void aNewInvitationLockedAgainIsReportedAgain()
    {
        // C6 then C5 once more: a different invitation is locked.
        const Application locked = lockedOut(application(1), 0, at(5));
        const Application fresh = replaced(locked, 0, at(6));
        QVERIFY(detectChangeEvents(locked, fresh).isEmpty());
        const Application lockedAgain = lockedOut(fresh, 0, at(7));
        QCOMPARE(kinds(detectChangeEvents(fresh, lockedAgain)), QList<K>{K::InvitationLocked});
        // Even when the office missed the active version in between.
        QCOMPARE(kinds(detectChangeEvents(locked, lockedAgain)), QList<K>{K::InvitationLocked});
    }

    void detailsWrongRefusalAndFailedIdAreReported()
    {
        const Application a = application(2);
        QCOMPARE(kinds(detectChangeEvents(a, detailsWrong(a, 0))), QList<K>{K::DetailsWrong}); // S2
        const Application reviewed = ibanConfirmed(a, 1);
        QCOMPARE(kinds(detectChangeEvents(reviewed, refused(a, 1, QStringLiteral("Rente te hoog")))),
                 QList<K>{K::ContractRefused}); // S6
        const Application signedFirst = signedBy(a, 0);
        const Application failed = identified(signedFirst, 0, false, QStringLiteral("Chip niet leesbaar"));
        const QList<ChangeEvent> events = detectChangeEvents(signedFirst, failed);
        QCOMPARE(kinds(events), QList<K>{K::IdentificationFailed}); // I4
        QCOMPARE(events.first().applicantPosition, 1);
    }

    void aSecondFailedIdentificationIsReportedAgain()
    {
        // I4 after a new attempt (Failed -> InProgress -> Failed).
        const Application failed = identified(signedBy(application(1), 0), 0, false, QStringLiteral("Foto"));
        const Application retried = identified(failed, 0, false, QStringLiteral("Foto"));
        const Application inProgress = step(failed, 0, startIdentification);
        QCOMPARE(kinds(detectChangeEvents(inProgress, retried)), QList<K>{K::IdentificationFailed});
        QVERIFY(detectChangeEvents(failed, inProgress).isEmpty());
    }

    void completeIsReportedWhenTheLastTickArrives()
    {
        // I5: with two applicants only when both have all three ticks.
        Application a = complete(2);
        const Application almost = [] {
            Application x = application(2);
            x = signedBy(x, 0);
            x = signedBy(x, 1);
            return identified(x, 0);
        }();
        QVERIFY(!isComplete(almost));
        const Application done = identified(almost, 1);
        QCOMPARE(kinds(detectChangeEvents(almost, done)), QList<K>{K::ApplicationComplete});
        QVERIFY(detectChangeEvents(almost, done).first().applicantId.isEmpty());
        a.version = done.version + 1;
        QVERIFY(detectChangeEvents(done, a).isEmpty()); // stays complete: no repeat
    }

    void severalEventsInOneVersionComeInApplicantOrder()
    {
        // After being offline one version can carry several things at once.
        Application before = application(2);
        Application after = lockedOut(before, 1, at(5));
        after = refused(after, 0, QStringLiteral("Te duur"));
        const QList<ChangeEvent> events = detectChangeEvents(before, after);
        QCOMPARE(kinds(events), (QList<K>{K::ContractRefused, K::InvitationLocked}));
        QCOMPARE(events.at(0).applicantPosition, 1);
        QCOMPARE(events.at(1).applicantPosition, 2);
    }

    void anApplicationSeenForTheFirstTimeReportsWhatNeedsTheOffice()
    {
        const Application locked = lockedOut(application(1), 0, at(5));
        QCOMPARE(kinds(detectChangeEvents(std::nullopt, locked)), QList<K>{K::InvitationLocked});
        QVERIFY(detectChangeEvents(std::nullopt, application(2)).isEmpty());
        QCOMPARE(kinds(detectChangeEvents(std::nullopt, complete(1))), QList<K>{K::ApplicationComplete});
    }

    void anOlderOrSameVersionReportsNothing()
    {
        const Application before = application(1);
        const Application locked = lockedOut(before, 0, at(5));
        QVERIFY(detectChangeEvents(locked, locked).isEmpty()); // an echo
        Application stale = locked;
        stale.version = before.version;
        QVERIFY(detectChangeEvents(locked, stale).isEmpty());
        stale.version = before.version - 1;
        QVERIFY(detectChangeEvents(before, stale).isEmpty()); // out of order
    }

    void anApplicantAddedLaterIsComparedWithNothing()
    {
        Application one = application(1);
        Application two = application(2);
        two.version = one.version + 1;
        two = detailsWrong(two, 1);
        QCOMPARE(kinds(detectChangeEvents(one, two)), QList<K>{K::DetailsWrong});
    }
};

QTEST_GUILESS_MAIN(TestChangeEvents)
#include "tst_change_events.moc"
