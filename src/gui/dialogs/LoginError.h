#pragma once

namespace dpdesk::gui {

// Why signing in failed, as the controller classifies the answer (or the
// lack of one); LoginDialog words each for the user.
enum class LoginError {
    WrongCredentials, // username, password or 6-digit code not right (one answer for all three)
    Throttled, // too many attempts: wait (with a time)
    AccountLocked, // locked after failed sign-ins; an administrator unlocks it
    ServerUnreachable, // no answer: wrong address, offline, service down
    CertificateProblem, // TLS: the server's certificate could not be verified
    Other, // anything else; the detail says what
};

} // namespace dpdesk::gui
