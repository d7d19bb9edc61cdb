#pragma once

#include "core/Result.h"
#include "server/customer/CustomerSessions.h"
#include "server/http/HttpTypes.h"

#include <functional>

namespace dpdesk::server {

class CustomerFlow;

// What the customer routes share: the session guard and the mapping of the
// flow's refusals to HTTP.
namespace api {

// The customer session token of an API request: "Authorization: Bearer
// <sessionToken>" from POST /api/v1/customer/login. (The web pages keep it
// in a cookie and give it to CustomerSessions::authenticate themselves; the
// JSON API does not accept the cookie, so that a cross-site form cannot use
// it.) Empty when none was sent.
QString customerToken(const HttpRequest &request);

// A route handler for the customer: runs only with a live session and
// receives it; answers 401 auth.session_* otherwise (503 on a database error).
using CustomerHandler = std::function<HttpResponse(HttpRequest &, const CustomerSession &)>;
std::function<HttpResponse(HttpRequest &)> customerAuthenticated(CustomerSessions &sessions,
                                                                 CustomerHandler handler);

// 400 invalid input; 401 auth.*; 404 not_found, document.not_available,
// idin.unknown_transaction; 409 a step out of order (checklist.*) and
// conflict.*; 503 db.*. The message is the Dutch one (customerMessage).
int customerStatusFor(const Error &error);

// The refusal as an answer. A step out of order (409) also names the step
// the applicant is at: {"error": {...}, "currentStep": "questions"}.
HttpResponse customerFail(CustomerFlow &flow, const CustomerSession &session, const Error &error);
HttpResponse customerFail(const Error &error);

// 200 with a JSON body written elsewhere (CustomerApiJson.h).
HttpResponse jsonBytes(int status, QByteArray body);

// An empty JSON object body ({}), for steps without parameters: anything
// else is a 400 (json.*).
std::optional<HttpResponse> requireEmptyObject(const HttpRequest &request, qint64 maxBytes);

} // namespace api
} // namespace dpdesk::server
