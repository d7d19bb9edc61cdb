#pragma once

namespace dpdesk::server {

class AccountService;
class Router;
class TokenService;
struct ServerConfig;

// POST /api/v1/auth/login    {username, password, code}      -> tokens + user
// POST /api/v1/auth/refresh  {refreshToken}                  -> new tokens (rotation)
// POST /api/v1/auth/logout   (Bearer)                         -> 204, revokes the token family
// GET  /api/v1/me            (Bearer)                         -> the caller
void registerAuthApi(Router &router, AccountService &accounts, TokenService &tokens,
                     const ServerConfig &config);

} // namespace dpdesk::server
