#pragma once

#include <QByteArray>

namespace dpdesk::server {

class Router;
class CustomerFlow;
class CustomerLogin;
class CustomerSessions;
struct ApiDeps;

// The customer's web pages (issue 6), server-rendered in Dutch on top of the
// same service functions as the JSON API (CustomerFlow, CustomerLogin):
//   GET  /                          start page with the login by code (C2)
//   GET  /k/{token}                 the invitation link: date of birth only (C1, C2)
//   POST /inloggen                  login (C3-C5 messages), then the overview
//   GET  /overzicht                 the three steps with ticks (D2, S9, I5)
//   GET  /documenten, /documenten/{kind}; POST /documenten/akkoord   (D1, D2)
//   GET  /vragen; POST /vragen                                       (S1-S3)
//   GET  /rekening; POST /rekening                                   (S4)
//   GET  /contract, /contract/niet-akkoord; POST /contract/niet-akkoord (S6)
//   GET  /idin; POST /idin; GET /idin/terug?trxid=                   (S7)
//   GET  /ondertekenen, /ondertekend; POST /ondertekenen             (S8, S9)
//   GET  /identificatie; POST /identificatie                         (I1-I4)
//   POST /uitloggen
//   GET  /static/klant.css, /static/klant.js
// Plain HTML forms work without JavaScript. Every form carries a CSRF token
// (web/WebSupport.h); the session lives in an HttpOnly, SameSite=Lax cookie
// (Secure under TLS) and ends after 15 minutes without a request.
void registerCustomerPages(Router &router, ApiDeps &deps, CustomerLogin &login, CustomerSessions &sessions,
                           CustomerFlow &flow, const QByteArray &secretKey);

} // namespace dpdesk::server
