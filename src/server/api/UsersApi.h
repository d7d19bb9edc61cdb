#pragma once

namespace dpdesk::server {

class AccountService;
class Router;
struct ApiDeps;

// Office administration, for admins of the office only (others: 403
// forbidden.admin_only; another office's user: 404).
// GET  /api/v1/users                    the office's users
// POST /api/v1/users                    {username, displayName, role} -> 201 {user, enrolment}
// (Idempotency-Key) POST /api/v1/users/{id}/reset         new password + authenticator secret, sessions
// revoked (Idempotency-Key) The enrolment (password, TOTP secret, otpauth URI for the QR code, A5) is in that
// one answer only.
void registerUsersApi(Router &router, ApiDeps &deps, AccountService &accounts);

} // namespace dpdesk::server
