#include "core/domain/LoginRules.h"
#include "core/time/Clock.h"

#include <QTest>

using namespace dpdesk;

namespace {

const QDateTime kCreated(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
const QDateTime kExpires = kCreated.addDays(30);

Invitation activeInvitation()
{
    Invitation invitation;
    invitation.id = QStringLiteral("inv-1");
    invitation.applicantId = QStringLiteral("app-1-a1");
    invitation.kind = InvitationKind::Code;
    invitation.createdAt = kCreated;
    invitation.expiresAt = kExpires;
    return invitation;
}

Invitation inState(InvitationState state)
{
    Invitation invitation = activeInvitation();
    invitation.state = state;
    if (state == InvitationState::Locked) {
        invitation.failedAttempts = kLoginLockAtFailedAttempts;
        invitation.lockedAt = kCreated.addDays(1);
    }
    if (state == InvitationState::Revoked)
        invitation.revokedAt = kCreated.addDays(1);
    return invitation;
}

} // namespace

Q_DECLARE_METATYPE(dpdesk::Invitation)

class TestLoginRules : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsAndTexts()
    {
        QCOMPARE(kLoginWarningAtFailedAttempts, 3); // C4
        QCOMPARE(kLoginLockAtFailedAttempts, 4); // C5
        QCOMPARE(loginFailureText(LoginFailure::IncorrectDetails),
                 QStringLiteral("onjuiste gegevens ingevuld")); // C3
        QCOMPARE(loginFailureText(LoginFailure::WarningLastAttempt),
                 QStringLiteral(
                     "Let op: u heeft een onjuiste geboortedatum ingevoerd. Probeert u het opnieuw.")); // C4
        QVERIFY(!loginFailureText(LoginFailure::Locked).isEmpty());
    }

    void oneMoreFailure_data()
    {
        QTest::addColumn<int>("failedSoFar");
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<QString>("message");

        QTest::newRow("C3 first wrong date of birth") << 0 << 1 << "incorrect_details";
        QTest::newRow("C3 second wrong date of birth") << 1 << 2 << "incorrect_details";
        QTest::newRow("C4 third wrong date of birth warns") << 2 << 3 << "warning_last_attempt";
        QTest::newRow("C5 fourth wrong date of birth locks") << 3 << 4 << "locked";
        QTest::newRow("C5 after the lock nothing more is counted") << 4 << 4 << "locked";
        QTest::newRow("C5 a corrupt high count stays locked") << 99 << 4 << "locked";
        QTest::newRow("a negative count counts as none") << -5 << 1 << "incorrect_details";
    }

    void oneMoreFailure()
    {
        QFETCH(int, failedSoFar);
        QFETCH(int, failedAttempts);
        QFETCH(QString, message);
        const FailedLoginOutcome outcome = failedLoginOutcome(failedSoFar);
        QCOMPARE(outcome.failedAttempts, failedAttempts);
        QCOMPARE(enumToString(outcome.message), message);
        QCOMPARE(outcome.locked(), message == QLatin1String("locked"));
    }

    // The nth wrong date of birth in a row on one invitation, n = 1..5.
    void fullLockoutSequence_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<bool>("counted");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<QString>("state");

        QTest::newRow("C3 attempt 1") << 1 << true << "incorrect_details" << 1 << "active";
        QTest::newRow("C3 attempt 2") << 2 << true << "incorrect_details" << 2 << "active";
        QTest::newRow("C4 attempt 3 warns") << 3 << true << "warning_last_attempt" << 3 << "active";
        QTest::newRow("C5 attempt 4 locks for good") << 4 << true << "locked" << 4 << "locked";
        QTest::newRow("C5 attempt 5 is refused, not counted") << 5 << false << QString() << 4 << "locked";
    }

    void fullLockoutSequence()
    {
        QFETCH(int, attempt);
        QFETCH(bool, counted);
        QFETCH(QString, message);
        QFETCH(int, failedAttempts);
        QFETCH(QString, state);

        ManualClock clock(kCreated.addDays(2));
        Invitation invitation = activeInvitation();
        for (int i = 1; i < attempt; ++i) {
            const Result<FailedLogin> earlier = recordFailedLogin(invitation, clock.nowUtc());
            if (earlier)
                invitation = earlier->invitation;
            clock.advanceSecs(20);
        }
        const Result<FailedLogin> result = recordFailedLogin(invitation, clock.nowUtc());
        QCOMPARE(result.ok(), counted);
        if (counted) {
            QCOMPARE(enumToString(result->message), message);
            invitation = result->invitation;
        } else {
            QCOMPARE(result.error().code, QStringLiteral("login.not_allowed"));
        }
        QCOMPARE(invitation.failedAttempts, failedAttempts);
        QCOMPARE(enumToString(invitation.state), state);
        QCOMPARE(invitation.lockedAt.has_value(), state == QLatin1String("locked"));
        if (attempt == 4)
            QCOMPARE(*invitation.lockedAt, clock.nowUtc()); // C5: locked at the fourth attempt
        QCOMPARE(checkCanLogIn(invitation, clock.nowUtc()).ok(), state == QLatin1String("active"));
    }

    void canLogIn_data()
    {
        QTest::addColumn<Invitation>("invitation");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("C2 active, before expiry") << activeInvitation() << kExpires.addMSecs(-1) << true;
        QTest::newRow("C2 active with two wrong attempts") << [] {
            Invitation i = activeInvitation();
            i.failedAttempts = 2;
            return i;
        }() << kCreated << true;
        QTest::newRow("expired at expiresAt") << activeInvitation() << kExpires << false;
        QTest::newRow("expired after expiresAt") << activeInvitation() << kExpires.addDays(3) << false;
        QTest::newRow("C5 locked") << inState(InvitationState::Locked) << kCreated.addDays(2) << false;
        QTest::newRow("C6 revoked") << inState(InvitationState::Revoked) << kCreated.addDays(2) << false;
        QTest::newRow("completed") << inState(InvitationState::Completed) << kCreated.addDays(2) << false;
    }

    void canLogIn()
    {
        QFETCH(Invitation, invitation);
        QFETCH(QDateTime, now);
        QFETCH(bool, allowed);
        const Status status = checkCanLogIn(invitation, now);
        QCOMPARE(status.ok(), allowed);
        QCOMPARE(isExpired(invitation, now), now >= invitation.expiresAt);
        if (!allowed) {
            // Locked, revoked, completed and expired refuse the same way.
            const Status expired = checkCanLogIn(activeInvitation(), kExpires);
            QCOMPARE(status.error(), expired.error());
            QCOMPARE(status.error().code, QStringLiteral("login.not_allowed"));
            // And a wrong date of birth on such an invitation counts nothing.
            const Result<FailedLogin> failed = recordFailedLogin(invitation, now);
            QVERIFY(!failed.ok());
            QCOMPARE(failed.error(), expired.error());
        }
    }

    void revoke_data()
    {
        QTest::addColumn<Invitation>("invitation");
        QTest::addColumn<bool>("revocable");

        QTest::newRow("C6 active invitation replaced") << activeInvitation() << true;
        QTest::newRow("C6 locked invitation replaced") << inState(InvitationState::Locked) << true;
        QTest::newRow("revoked twice") << inState(InvitationState::Revoked) << false;
        QTest::newRow("completed") << inState(InvitationState::Completed) << false;
    }

    void revoke()
    {
        QFETCH(Invitation, invitation);
        QFETCH(bool, revocable);
        const QDateTime now = kCreated.addDays(5);
        const Result<Invitation> revoked = revokeInvitation(invitation, now);
        QCOMPARE(revoked.ok(), revocable);
        if (!revocable) {
            QCOMPARE(revoked.error().code, QStringLiteral("invitation.not_revocable"));
            return;
        }
        QCOMPARE(revoked->state, InvitationState::Revoked);
        QCOMPARE(*revoked->revokedAt, now);
        // C6: on record for audit, with its history, but it stops working at once.
        QCOMPARE(revoked->failedAttempts, invitation.failedAttempts);
        QCOMPARE(revoked->lockedAt, invitation.lockedAt);
        QVERIFY(!checkCanLogIn(*revoked, now).ok());
    }
};

QTEST_GUILESS_MAIN(TestLoginRules)
#include "tst_login_rules.moc"
