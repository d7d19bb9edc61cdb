#pragma once

namespace dpdesk::server {

class CustomerSessions;
class Router;
struct ApiDeps;

// POST /api/v1/customer/login {code | linkToken, dateOfBirth}            (C2)
//  200 {sessionToken, expiresIn, applicantId}: a session for that applicant only
//      (CustomerSessions: ends after 15 minutes without a request)
//  401 login.incorrect_details (C3) | login.warning_last_attempt (C4) | login.locked (C5)
//  401 login.not_allowed: unknown, locked, revoked, completed or expired alike (no oracle)
//  429 login.throttled per IP
void registerCustomerLoginApi(Router &router, ApiDeps &deps, CustomerSessions &sessions);

} // namespace dpdesk::server
