#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"
#include "server/auth/AuthContext.h"
#include "server/auth/TokenService.h"

#include <QHostAddress>
#include <QList>

#include <optional>

namespace dpdesk::server {

class Database;

// Office-user login: username + password + 6-digit authenticator code (A6).
// Throttled per IP and per account (both counted in the database); a TOTP
// step that was used once is never accepted again (replay).
class AccountService
{
public:
    static constexpr int MaxFailuresBeforeLock = 5;
    static constexpr qint64 AccountLockMs = 15 * 60 * 1000;
    static constexpr int IpAttemptsPerMinute = 30;

    struct LoginResult
    {
        TokenService::Tokens tokens;
        AuthContext user;
        QString displayName;
        QString officeName;
    };

    AccountService(Database &db, const Clock &clock, TokenService &tokens, int passwordIterations);

    // Errors: auth.invalid_credentials (401; the same for unknown user, wrong
    // password and wrong or replayed code, so nothing leaks), auth.throttled
    // (429, with retryAfterMs), auth.account_locked (429).
    Result<LoginResult> login(const QString &username, const QString &password, const QString &code,
                              const QHostAddress &from, qint64 *retryAfterMs);

    struct NewUser
    {
        qint64 officeId = 0;
        QString username;
        QString displayName;
        UserRole role = UserRole::Advisor;
        QString password;
        QByteArray totpSecret; // raw bytes
    };
    Result<qint64> createUser(const NewUser &user);
    Result<qint64> createOffice(const QString &name);

    struct UserInfo
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        UserRole role = UserRole::Advisor;
        qint64 createdAtMs = 0;
        bool locked = false;
    };
    Result<QList<UserInfo>> usersOfOffice(qint64 officeId);
    // The user if they belong to the office, else nothing (another office's
    // user is "not there").
    std::optional<UserInfo> userOfOffice(qint64 officeId, qint64 userId);
    // New password and authenticator secret (a forgotten password, a lost
    // phone); unlocks the account and revokes every session of the user.
    Status resetCredentials(qint64 userId, const QString &password, const QByteArray &totpSecret);

private:
    Database &m_db;
    const Clock &m_clock;
    TokenService &m_tokens;
    int m_passwordIterations;
    QString m_dummyHash; // verified for unknown users, so both paths cost the same
};

} // namespace dpdesk::server
