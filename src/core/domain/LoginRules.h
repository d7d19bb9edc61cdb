#pragma once

#include "core/Result.h"
#include "core/domain/Invitation.h"
#include "core/domain/NamedEnum.h"

#include <QDateTime>
#include <QString>

#include <utility>

namespace dpdesk {

// Customer login with code or link plus date of birth (C2-C7).

// C4: the warning comes with the third wrong date of birth.
inline constexpr int kLoginWarningAtFailedAttempts = 3;
// C5: the fourth wrong date of birth locks the invitation for good.
inline constexpr int kLoginLockAtFailedAttempts = 4;

// C3, the exact text on the login page.
inline constexpr char kIncorrectDetailsText[] = "onjuiste gegevens ingevuld";
// C4, the exact text on the login page.
inline constexpr char kLastAttemptWarningText[] =
    "Let op: u heeft een onjuiste geboortedatum ingevoerd. Probeert u het opnieuw.";
// C5 (assumed): the documents give no text for a locked invitation.
inline constexpr char kLockedText[] =
    "U bent geblokkeerd. Neem contact op met uw tussenpersoon voor een nieuwe uitnodiging.";

// What the customer is shown after one more wrong date of birth.
enum class LoginFailure {
    IncorrectDetails, // C3
    WarningLastAttempt, // C4
    Locked // C5
};

template<>
struct EnumNames<LoginFailure>
{
    static constexpr std::pair<LoginFailure, const char *> entries[] = {
        {LoginFailure::IncorrectDetails, "incorrect_details"},
        {LoginFailure::WarningLastAttempt, "warning_last_attempt"},
        {LoginFailure::Locked, "locked"},
    };
};

// The Dutch text for the customer (kIncorrectDetailsText, ...).
QString loginFailureText(LoginFailure failure);

struct FailedLoginOutcome
{
    int failedAttempts = 0; // including this one
    LoginFailure message = LoginFailure::IncorrectDetails;

    bool locked() const { return message == LoginFailure::Locked; }
    friend bool operator==(const FailedLoginOutcome &, const FailedLoginOutcome &) = default;
};

// The outcome of one more wrong date of birth after failedSoFar earlier ones:
// 1st and 2nd: incorrect_details (C3); 3rd: warning_last_attempt (C4);
// 4th: locked (C5). From kLoginLockAtFailedAttempts on the count stays there
// (a locked invitation counts nothing more). Negative input counts as 0.
//
// There is no function for a correct login on purpose: it resets nothing (C7),
// neither the customer's progress nor the count of wrong attempts (assumed:
// the four chances are for the life of the invitation, not per session).
FailedLoginOutcome failedLoginOutcome(int failedSoFar);

namespace login_error {
// One code and one message for locked, revoked, completed and expired alike,
// so that the login page tells an outsider nothing about the invitation.
inline constexpr char NotAllowed[] = "login.not_allowed";
} // namespace login_error

namespace invitation_error {
inline constexpr char NotRevocable[] = "invitation.not_revocable";
} // namespace invitation_error

// An invitation has expired from expiresAt on (now >= expiresAt).
bool isExpired(const Invitation &invitation, const QDateTime &now);

// Only an active, unexpired invitation can log in (C5, C6). Refuses with
// login.not_allowed otherwise.
Status checkCanLogIn(const Invitation &invitation, const QDateTime &now);

struct FailedLogin
{
    Invitation invitation;
    LoginFailure message = LoginFailure::IncorrectDetails;
};

// Counts one wrong date of birth on an invitation that can log in; the
// fourth sets state Locked and lockedAt = now (C5). Refuses with
// login.not_allowed when the invitation cannot log in, counting nothing.
Result<FailedLogin> recordFailedLogin(const Invitation &invitation, const QDateTime &now);

// C6: a new invitation replaces this one, which stops working at once and
// stays on record as Revoked with revokedAt = now. Only an Active (expired
// or not) or Locked invitation can be revoked; otherwise
// invitation.not_revocable.
Result<Invitation> revokeInvitation(const Invitation &invitation, const QDateTime &now);

} // namespace dpdesk
