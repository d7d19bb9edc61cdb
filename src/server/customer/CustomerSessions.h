#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"

#include <QString>

namespace dpdesk::server {

class Database;

// An authenticated customer: one applicant of one application (C2), through
// one invitation. Every customer route acts on this applicant only.
struct CustomerSession
{
    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 applicationId = 0;
    qint64 invitationId = 0;
    qint64 expiresAtMs = 0; // after this much inactivity the session ends
};

namespace customer_session_error {
inline constexpr char Required[] = "auth.session_required"; // no token sent
inline constexpr char Invalid[] = "auth.session_invalid"; // unknown or logged out
inline constexpr char Expired[] = "auth.session_expired"; // inactive too long
inline constexpr char Ended[] = "auth.session_ended"; // the invitation was replaced or locked (C5, C6)
} // namespace customer_session_error

// Customer sessions in the database (table customer_sessions): the token is
// random (32 bytes, base64url, 43 characters) and only its SHA-256 is stored.
// A session ends after kInactivityMs without a request (assumed: 15 minutes,
// the usual limit for a lender's customer pages), on logout, and at once
// when its invitation is replaced (C6) or locked (C5).
class CustomerSessions
{
public:
    static constexpr qint64 kInactivityMs = 15 * 60 * 1000;
    // Activity is written at most this often, so that a burst of reads does
    // not write on every request; the inactivity limit is therefore counted
    // from a moment at most this much before the last request.
    static constexpr qint64 kTouchEveryMs = 60 * 1000;

    CustomerSessions(Database &db, const Clock &clock);

    // A new session for the applicant, inside the caller's transaction.
    // Returns the token, which is shown this once.
    Result<QString> create(qint64 applicantId, qint64 invitationId);

    // The one lookup every customer route (and page) uses: the session of a
    // token, with its inactivity window moved on. Errors are the codes of
    // customer_session_error (HTTP 401).
    Result<CustomerSession> authenticate(const QString &token);

    // Logout: the token stops working.
    Status end(const CustomerSession &session);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dpdesk::server
