// ChangeNotifier: desktop notifications for what needs the office (C5, S2,
// S6, I4) and for complete applications (I5); quiet on the first load,
// grouped and rate-limited after that. NotificationTexts: the words, without
// personal data. TrayNotifier: drops messages while its icon is hidden.
#include "core/time/Clock.h"
#include "gui/notify/ChangeNotifier.h"
#include "gui/notify/NotificationTexts.h"
#include "gui/notify/Notifier.h"
#include "gui/notify/TrayNotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace checklist_samples;

namespace {

class FakeNotifier final : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

// Settling and the gap are driven by hand (flush, ManualClock) except where
// a test checks the timer itself.
constexpr ChangeNotifier::Options kByHand{60'000, 10'000};

Application withId(Application a, const QString &id, const QString &reference)
{
    a.id = id;
    a.reference = reference;
    return a;
}

struct Fixture
{
    ManualClock clock{at(12, 15)};
    FakeNotifier notifier;
    ChangeNotifier changes{notifier, clock, kByHand};
};

} // namespace

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private slots:
    void theFirstLoadIsNotNews()
    {
        Fixture f;
        const Application locked = lockedOut(application(1), 0, at(12, 14));
        f.changes.observe(locked); // the initial sync brings an application already locked
        f.changes.observe(withId(complete(1), "app-2", "DP-2"));
        f.changes.flush();
        QVERIFY(f.changes.pending().isEmpty());
        QVERIFY(f.notifier.shown.isEmpty());

        f.changes.initialSyncDone();
        QVERIFY(f.changes.isAnnouncing());
        // Still locked in a newer version: nothing new.
        f.changes.observe(bumped(locked));
        f.changes.flush();
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void oneEventGivesOneMessageAboutIt()
    {
        Fixture f;
        const Application a = wrongDates(application(2), 1, 3, at(12, 14));
        f.changes.observe(a);
        f.changes.initialSyncDone();
        f.changes.observe(wrongDates(a, 1, 1, at(12, 14, 5))); // C5
        QCOMPARE(f.changes.pending().size(), 1);
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);
        const Notification &n = f.notifier.shown.first();
        QCOMPARE(n.title, QStringLiteral("DP-2026-0142: invitation locked"));
        QCOMPARE(n.message,
                 QStringLiteral("Applicant 2 entered a wrong date of birth four times and can no longer "
                                "log in. Delete the invitation and create a new one."));
        QCOMPARE(n.severity, Notification::Severity::Warning);
        QCOMPARE(n.applicationId, QStringLiteral("app-142"));
        QVERIFY(f.changes.pending().isEmpty());
    }

    void messagesCarryNoPersonalData()
    {
        // A notification can show on a locked screen: reference and position only.
        Fixture f;
        const Application a = application(2);
        f.changes.observe(a);
        f.changes.initialSyncDone();
        const QString reason = QStringLiteral("Ik ben net gescheiden en kan dit niet betalen");
        f.changes.observe(refused(a, 0, reason));
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);
        const Notification &n = f.notifier.shown.first();
        QCOMPARE(n.title, QStringLiteral("DP-2026-0142: contract refused"));
        for (const QString &secret : {reason, a.applicants.at(0).fullName, a.applicants.at(0).email}) {
            QVERIFY(!n.title.contains(secret));
            QVERIFY(!n.message.contains(secret));
        }
    }

    void aBurstBecomesOneSummary()
    {
        // After being offline: many changes in one sync.
        Fixture f;
        QList<Application> before;
        for (int i = 0; i < 6; ++i) {
            before.append(
                withId(application(2), QStringLiteral("app-%1").arg(i), QStringLiteral("DP-%1").arg(i)));
            f.changes.observe(before.last());
        }
        f.changes.initialSyncDone();
        f.changes.observe(lockedOut(before[0], 0, at(12, 9)));
        f.changes.observe(lockedOut(lockedOut(before[1], 0, at(12, 9)), 1, at(12, 10))); // two in one
        f.changes.observe(refused(before[2], 1, QStringLiteral("Te duur")));
        f.changes.observe(identified(signedBy(before[3], 0), 0, false, QStringLiteral("Foto")));
        f.changes.observe(detailsWrong(before[4], 0));
        Application done = complete(2);
        done.id = before[5].id;
        done.reference = before[5].reference;
        done.version = before[5].version + 20;
        f.changes.observe(done);
        QCOMPARE(f.changes.pending().size(), 7);
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);
        const Notification &n = f.notifier.shown.first();
        QCOMPARE(n.title, QStringLiteral("5 applications need your action"));
        QCOMPARE(n.message.split(u'\n'),
                 (QStringList{"3 invitations locked", "1 applicant with wrong details", "1 contract refused",
                              "1 ID check failed", "1 application complete"}));
        QCOMPARE(n.severity, Notification::Severity::Warning);
        QVERIFY(n.applicationId.isEmpty());
    }

    void onlyGoodNewsIsInformation()
    {
        const ChangeEvent a{ChangeEventKind::ApplicationComplete, "app-1", "DP-1", {}, 0};
        const ChangeEvent b{ChangeEventKind::ApplicationComplete, "app-2", "DP-2", {}, 0};
        const Notification one = NotificationTexts::summary({a});
        QCOMPARE(one.title, QStringLiteral("DP-1: complete"));
        QCOMPARE(one.severity, Notification::Severity::Information);
        QCOMPARE(one.applicationId, QStringLiteral("app-1"));
        const Notification two = NotificationTexts::summary({a, b});
        QCOMPARE(two.title, QStringLiteral("2 applications are complete"));
        QCOMPARE(two.message, QStringLiteral("2 applications complete"));
        QCOMPARE(two.severity, Notification::Severity::Information);
    }

    void atMostOneMessagePerGapTheRestIsGrouped()
    {
        Fixture f;
        const Application a = withId(application(1), "app-a", "DP-A");
        const Application b = withId(application(1), "app-b", "DP-B");
        const Application c = withId(application(1), "app-c", "DP-C");
        for (const auto &x : {a, b, c})
            f.changes.observe(x);
        f.changes.initialSyncDone();

        f.changes.observe(lockedOut(a, 0, at(12, 14)));
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);

        f.clock.advanceSecs(3); // within the 10 s gap
        f.changes.observe(detailsWrong(b, 0));
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1); // held back
        f.clock.advanceSecs(4);
        f.changes.observe(refused(c, 0, QStringLiteral("x")));
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);
        QCOMPARE(f.changes.pending().size(), 2);

        f.clock.advanceSecs(3); // 10 s after the first message
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 2);
        QCOMPARE(f.notifier.shown.last().title, QStringLiteral("2 applications need your action"));
        QVERIFY(f.changes.pending().isEmpty());
        f.changes.flush(); // nothing waiting: nothing shown
        QCOMPARE(f.notifier.shown.size(), 2);
    }

    void theTimerDeliversAfterSettling()
    {
        // The real timer with a settle time of 0: no flush by hand.
        ManualClock clock(at(12, 15));
        FakeNotifier notifier;
        ChangeNotifier changes(notifier, clock, ChangeNotifier::Options{0, 10'000});
        const Application a = application(1);
        changes.observe(a);
        changes.initialSyncDone();
        changes.observe(lockedOut(a, 0, at(12, 14)));
        changes.observe(withId(detailsWrong(a, 0), "app-2", "DP-2")); // same burst, before the loop runs
        QVERIFY(notifier.shown.isEmpty());
        QTRY_COMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.first().title, QStringLiteral("2 applications need your action"));
    }

    void olderCopiesAndEchoesAreIgnored()
    {
        Fixture f;
        const Application a = application(1);
        const Application locked = lockedOut(a, 0, at(12, 14));
        f.changes.initialSyncDone();
        f.changes.observe(locked); // first seen after the initial sync: reported
        QCOMPARE(f.changes.pending().size(), 1);
        f.changes.flush();
        f.changes.observe(a); // an older copy arrives late
        f.changes.observe(locked); // and the newer one again
        QVERIFY(f.changes.pending().isEmpty());
        f.clock.advanceSecs(60);
        f.changes.flush();
        QCOMPARE(f.notifier.shown.size(), 1);
    }

    void forgottenApplicationsAreNotAnnounced()
    {
        Fixture f;
        const Application a = application(1);
        f.changes.observe(a);
        f.changes.initialSyncDone();
        f.changes.observe(lockedOut(a, 0, at(12, 14)));
        f.changes.forget(a.id); // deleted before the message went out
        f.changes.flush();
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void switchedOffNothingIsAnnounced()
    {
        Fixture f;
        const Application a = application(1);
        f.changes.observe(a);
        f.changes.initialSyncDone();
        f.changes.setEnabled(false);
        const Application locked = lockedOut(a, 0, at(12, 14));
        f.changes.observe(locked);
        f.changes.flush();
        QVERIFY(f.notifier.shown.isEmpty());
        // Switched on again: the lock is known, not news any more.
        f.changes.setEnabled(true);
        f.changes.observe(bumped(locked));
        f.changes.flush();
        QVERIFY(f.notifier.shown.isEmpty());
    }

    void clickingASingleMessageOpensItsApplication()
    {
        Fixture f;
        QSignalSpy open(&f.changes, &ChangeNotifier::openApplicationRequested);
        f.changes.notificationClicked(QStringLiteral("app-142"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("app-142"));
        f.changes.notificationClicked({}); // a summary: nothing to open
        QCOMPARE(open.size(), 1);
    }

    void trayNotifierNeedsAVisibleIcon()
    {
        QSystemTrayIcon icon;
        TrayNotifier tray(&icon);
        QSignalSpy clicked(&tray, &TrayNotifier::clicked);
        tray.show(Notification{"t", "m", Notification::Severity::Warning, "app-1"}); // hidden icon: dropped
        emit icon.messageClicked();
        QCOMPARE(clicked.size(), 1);
        QVERIFY(clicked.at(0).at(0).toString().isEmpty()); // nothing was shown, nothing to open
        TrayNotifier without(nullptr);
        without.show(Notification{}); // no icon: no crash
    }
};

QTEST_MAIN(TestChangeNotifier)
#include "tst_change_notifier.moc"
