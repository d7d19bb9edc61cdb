#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace dpdesk::client {

struct ApiResult;

// Why a login, refresh or logout did not work, in the terms the login
// dialog shows (one plain message per kind; the server's own wording where it
// has one).
enum class AuthFailure {
    InvalidInput, // nothing sent: empty username or password, or a code that is not 6 digits
    InvalidCredentials, // auth.invalid_credentials (A6: username, password or code wrong)
    Throttled, // auth.throttled: too many logins from this address; retryAfterSecs
    AccountLocked, // auth.account_locked: too many failures for this user; retryAfterSecs
    SessionEnded, // auth.invalid_token on refresh: the login ended (expired, revoked, reused)
    ServerUnreachable, // no HTTP answer: offline, refused, timed out
    CertificateProblem, // TLS handshake failed; certificate errors are never ignored
    ServerError, // 5xx
    UnexpectedAnswer, // any other status, or a body that does not decode
};

struct AuthError
{
    AuthFailure kind = AuthFailure::UnexpectedAnswer;
    QString message; // plain words for the user; never a secret
    int retryAfterSecs = 0; // Throttled / AccountLocked, when the server said (Retry-After)
    QString code; // the server's error code, or "network" / "network.certificate"

    bool isTemporary() const
    {
        return kind == AuthFailure::ServerUnreachable || kind == AuthFailure::ServerError;
    }
};

// Classifies a refused or failed auth call.
AuthError authErrorFrom(const ApiResult &result);

// What an auth call answers: the value, or why not.
template<typename T>
struct AuthOutcome
{
    std::optional<T> value;
    AuthError error; // meaningful only without a value

    bool ok() const { return value.has_value(); }
    static AuthOutcome success(T v) { return AuthOutcome{std::move(v), {}}; }
    static AuthOutcome failure(AuthError e) { return AuthOutcome{std::nullopt, std::move(e)}; }
};

} // namespace dpdesk::client

Q_DECLARE_METATYPE(dpdesk::client::AuthError)
