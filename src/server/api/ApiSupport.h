#pragma once

#include "core/Result.h"
#include "server/auth/AuthContext.h"
#include "server/http/HttpTypes.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace dpdesk::server {

class TokenService;

// What every endpoint shares: strict JSON bodies, the bearer-token guard,
// and the mapping from an Error code to an HTTP status.
struct ServerConfig;

namespace api {

// The body as a strict JSON object (wire rules: UTF-8, depth, size, no
// duplicate keys). On failure, a ready 400 answer.
struct Body
{
    QJsonObject object;
    std::optional<HttpResponse> refusal;
};
Body jsonBody(const HttpRequest &request, qint64 maxBytes);

// The caller of an office endpoint, or a 401 answer.
struct Caller
{
    AuthContext auth;
    std::optional<HttpResponse> refusal;
};
Caller authenticate(const HttpRequest &request, TokenService &tokens);

// A route handler for office users: runs only with a valid bearer token and
// receives the caller; answers 401 otherwise.
using AuthedHandler = std::function<HttpResponse(HttpRequest &, const AuthContext &)>;
std::function<HttpResponse(HttpRequest &)> authenticated(TokenService &tokens, AuthedHandler handler);

// 400 for validation codes (json.*, iban.*, applicant.*, …), 401 auth.*,
// 404 not_found, 409 conflict.*, 412 precondition_failed, 429 *.throttled.
int statusFor(const Error &error);
HttpResponse fail(const Error &error);

HttpResponse notFound();

// ETags are the record version: W/ is never used; "7".
QByteArray etag(qint64 version);
// The version named by If-Match, or nullopt when absent; -1 when unparsable.
std::optional<qint64> ifMatch(const HttpRequest &request);

// The service's address as the customer reaches it (invitation links, the
// iDIN return address): --public-url, else the Host the request came to.
QString customerBaseUrl(const ServerConfig &config, const HttpRequest &request);

} // namespace api
} // namespace dpdesk::server
