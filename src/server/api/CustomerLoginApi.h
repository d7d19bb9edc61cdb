#pragma once

namespace dpdesk::server {

class CustomerLogin;
class Router;
struct ApiDeps;

// POST /api/v1/customer/login {code | linkToken, dateOfBirth}            (C2)
//  200 {sessionToken, expiresIn, applicantId}: a session for that applicant only
//      (CustomerSessions: ends after 15 minutes without a request)
//  401 login.incorrect_details (C3) | login.warning_last_attempt (C4) | login.locked (C5)
//  401 login.not_allowed: unknown, locked, revoked, completed or expired alike (no oracle)
//  429 login.throttled per IP (a malformed body is a 400 and no attempt)
// The work is CustomerLogin::logIn, which the web pages call directly.
void registerCustomerLoginApi(Router &router, ApiDeps &deps, CustomerLogin &login);

} // namespace dpdesk::server
