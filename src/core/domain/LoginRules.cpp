#include "core/domain/LoginRules.h"

#include <algorithm>

namespace dpdesk {

QString loginFailureText(LoginFailure failure)
{
    switch (failure) {
    case LoginFailure::IncorrectDetails:
        return QString::fromUtf8(kIncorrectDetailsText);
    case LoginFailure::WarningLastAttempt:
        return QString::fromUtf8(kLastAttemptWarningText);
    case LoginFailure::Locked:
        return QString::fromUtf8(kLockedText);
    }
    return {};
}

FailedLoginOutcome failedLoginOutcome(int failedSoFar)
{
    const int attempts = std::clamp(failedSoFar, 0, kLoginLockAtFailedAttempts - 1) + 1;
    if (attempts >= kLoginLockAtFailedAttempts)
        return {attempts, LoginFailure::Locked}; // C5
    if (attempts >= kLoginWarningAtFailedAttempts)
        return {attempts, LoginFailure::WarningLastAttempt}; // C4
    return {attempts, LoginFailure::IncorrectDetails}; // C3
}

bool isExpired(const Invitation &invitation, const QDateTime &now)
{
    return now >= invitation.expiresAt;
}

Status checkCanLogIn(const Invitation &invitation, const QDateTime &now)
{
    if (invitation.state != InvitationState::Active || isExpired(invitation, now))
        return Error{
            login_error::NotAllowed,
            QStringLiteral("This invitation can no longer be used. Ask your intermediary for a new one."),
            {}};
    return Status::success();
}

Result<FailedLogin> recordFailedLogin(const Invitation &invitation, const QDateTime &now)
{
    if (const Status allowed = checkCanLogIn(invitation, now); !allowed)
        return allowed.error();
    const FailedLoginOutcome outcome = failedLoginOutcome(invitation.failedAttempts);
    FailedLogin result{invitation, outcome.message};
    result.invitation.failedAttempts = outcome.failedAttempts;
    if (outcome.locked()) { // C5
        result.invitation.state = InvitationState::Locked;
        result.invitation.lockedAt = now;
    }
    return result;
}

Result<Invitation> revokeInvitation(const Invitation &invitation, const QDateTime &now)
{
    if (invitation.state != InvitationState::Active && invitation.state != InvitationState::Locked)
        return Error{invitation_error::NotRevocable,
                     QStringLiteral("Only an active or locked invitation can be replaced."),
                     {}};
    Invitation revoked = invitation;
    revoked.state = InvitationState::Revoked; // C6
    revoked.revokedAt = now;
    return revoked;
}

} // namespace dpdesk
