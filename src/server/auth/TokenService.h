#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"
#include "server/auth/AuthContext.h"

#include <optional>

namespace dpdesk::server {

class Database;

// Short-lived access tokens and rotating refresh tokens for office users.
// Tokens are 256 random bits; only their SHA-256 is stored. A refresh token
// is used once: refreshing revokes it and issues a new pair in the same
// family. Presenting a refresh token that was already used revokes the whole
// family (it was stolen or replayed), so the thief and the user both have to
// log in again.
class TokenService
{
public:
    static constexpr qint64 AccessTtlMs = 15 * 60 * 1000;
    static constexpr qint64 RefreshTtlMs = 30LL * 24 * 3600 * 1000;

    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        qint64 accessExpiresInSecs = 0;
    };

    TokenService(Database &db, const Clock &clock);

    Result<Tokens> issue(qint64 userId, const QString &family = {});
    std::optional<AuthContext> authenticate(const QString &accessToken);
    Result<Tokens> refresh(const QString &refreshToken);
    // Revokes every token of the family the access token belongs to.
    void logout(const QString &accessToken);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dpdesk::server
