#pragma once

#include "core/Result.h"
#include "core/domain/LoginRules.h"
#include "core/wire/CustomerLoginRequest.h"

#include <QHostAddress>
#include <QString>

namespace dpdesk::server {

class CustomerSessions;
struct ApiDeps;

// What a login attempt came to (C2-C5).
struct CustomerLoginResult
{
    enum class Outcome {
        LoggedIn, // sessionToken and applicantId are set (C2, C7)
        WrongDateOfBirth, // failure (C3, C4, or C5 locked) and attemptsLeft
        NotAllowed, // unknown, locked, revoked, completed or expired alike (no oracle)
        Throttled, // too many attempts from this address; retryAfterMs
        Refused // error: a malformed code (costs no attempt) or db.*
    };
    Outcome outcome = Outcome::NotAllowed;
    QString sessionToken; // shown this once
    QString applicantId;
    LoginFailure failure = LoginFailure::IncorrectDetails;
    int attemptsLeft = 0;
    qint64 retryAfterMs = 0;
    Error error;
};

// The customer's login with code or link plus date of birth, for the JSON
// API (api/CustomerLoginApi) and the web pages alike.
class CustomerLogin
{
public:
    CustomerLogin(ApiDeps &deps, CustomerSessions &sessions);

    // One write transaction (one commit): the per-address throttle hit, the
    // lookup, and either the counted wrong attempt (with its change record,
    // so the office sees a lock at once, C5) or the new session. Refusals are
    // committed too, so the throttle and the count stick; only a database
    // failure rolls back.
    CustomerLoginResult logIn(const CustomerLoginRequest &request, const QHostAddress &from);

private:
    ApiDeps &m_deps;
    CustomerSessions &m_sessions;
};

} // namespace dpdesk::server
