#include "server/auth/AccountService.h"

#include "core/otp/Base32.h"
#include "core/otp/Totp.h"
#include "server/Logging.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/Throttle.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
Error invalidCredentials()
{
    return Error{QStringLiteral("auth.invalid_credentials"),
                 QStringLiteral("The username, password or code is not correct."),
                 {}};
}
} // namespace

AccountService::AccountService(Database &db, const Clock &clock, TokenService &tokens, int passwordIterations)
    : m_db(db)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_passwordIterations(passwordIterations)
    , m_dummyHash(PasswordHasher(passwordIterations).hash(QStringLiteral("dummy password for timing")))
{ }

Result<AccountService::LoginResult> AccountService::login(const QString &username, const QString &password,
                                                          const QString &code, const QHostAddress &from,
                                                          qint64 *retryAfterMs)
{
    const qint64 now = m_clock.nowMSecs();
    Throttle throttle(m_db);
    const auto ipVerdict =
        throttle.hit(QStringLiteral("login-ip:") + from.toString(), IpAttemptsPerMinute, 60'000, now);
    if (!ipVerdict.allowed) {
        *retryAfterMs = ipVerdict.retryAfterMs;
        qCInfo(lcServerAuth) << "login throttled for an IP";
        return Error{QStringLiteral("auth.throttled"),
                     QStringLiteral("Too many login attempts. Please wait a minute and try again."),
                     {}};
    }

    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT u.id, u.office_id, u.role, u.password_hash, u.totp_secret, u.last_totp_step, "
        "u.failed_logins, "
        "u.locked_until, u.display_name, o.name FROM users u JOIN offices o ON o.id = u.office_id "
        "WHERE u.username = ?"));
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec())
        return Database::errorFrom(q);
    if (!q.next()) {
        PasswordHasher::verify(password, m_dummyHash);
        return invalidCredentials();
    }
    const qint64 userId = q.value(0).toLongLong();
    const qint64 lockedUntil = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    if (lockedUntil > now) {
        *retryAfterMs = lockedUntil - now;
        return Error{QStringLiteral("auth.account_locked"),
                     QStringLiteral("This account is locked for a while after too many failed attempts. "
                                    "Try again later or ask your administrator."),
                     {}};
    }

    const bool passwordOk = PasswordHasher::verify(password, q.value(3).toString());
    std::optional<qint64> step;
    if (passwordOk) {
        const auto secret = Base32::decode(q.value(4).toString());
        const std::optional<qint64> lastStep =
            q.value(5).isNull() ? std::nullopt : std::optional<qint64>(q.value(5).toLongLong());
        if (secret)
            step = verifyTotp(*secret, code, m_clock.nowSecs(), TotpParams{}, lastStep);
    }

    if (!passwordOk || !step) {
        // Counted in one statement, so concurrent failures are all counted.
        QSqlQuery f = m_db.query(QStringLiteral(
            "UPDATE users SET failed_logins = failed_logins + 1, "
            "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?"));
        f.addBindValue(MaxFailuresBeforeLock);
        f.addBindValue(now + AccountLockMs);
        f.addBindValue(userId);
        f.exec();
        qCInfo(lcServerAuth) << "failed login for user" << userId;
        return invalidCredentials();
    }

    // Claim the TOTP step atomically: a second login with the same code loses.
    QSqlQuery claim = m_db.query(
        QStringLiteral("UPDATE users SET last_totp_step = ?, failed_logins = 0, locked_until = NULL "
                       "WHERE id = ? AND (last_totp_step IS NULL OR last_totp_step < ?)"));
    claim.addBindValue(*step);
    claim.addBindValue(userId);
    claim.addBindValue(*step);
    if (!claim.exec() || claim.numRowsAffected() != 1)
        return invalidCredentials();

    auto tokens = m_tokens.issue(userId);
    if (!tokens)
        return tokens.error();
    LoginResult r;
    r.tokens = tokens.value();
    r.user.userId = userId;
    r.user.officeId = q.value(1).toLongLong();
    r.user.role = enumFromString<UserRole>(q.value(2).toString()).value_or(UserRole::Advisor);
    r.user.username = username.trimmed().toLower();
    r.displayName = q.value(8).toString();
    r.officeName = q.value(9).toString();
    qCInfo(lcServerAuth) << "user" << userId << "logged in";
    return r;
}

Result<QList<AccountService::UserInfo>> AccountService::usersOfOffice(qint64 officeId)
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT id, username, display_name, role, created_at, locked_until FROM "
                                  "users WHERE office_id = ? ORDER BY username"));
    q.addBindValue(officeId);
    if (!q.exec())
        return Database::errorFrom(q);
    QList<UserInfo> out;
    const qint64 now = m_clock.nowMSecs();
    while (q.next()) {
        UserInfo u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = enumFromString<UserRole>(q.value(3).toString()).value_or(UserRole::Advisor);
        u.createdAtMs = q.value(4).toLongLong();
        u.locked = !q.value(5).isNull() && q.value(5).toLongLong() > now;
        out.append(u);
    }
    return out;
}

std::optional<AccountService::UserInfo> AccountService::userOfOffice(qint64 officeId, qint64 userId)
{
    auto all = usersOfOffice(officeId);
    if (!all)
        return std::nullopt;
    for (const UserInfo &u : all.value()) {
        if (u.id == userId)
            return u;
    }
    return std::nullopt;
}

Status AccountService::resetCredentials(qint64 userId, const QString &password, const QByteArray &totpSecret)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE users SET password_hash = ?, totp_secret = ?, last_totp_step = NULL, failed_logins = 0, "
        "locked_until = NULL WHERE id = ?"));
    q.addBindValue(PasswordHasher(m_passwordIterations).hash(password));
    q.addBindValue(Base32::encode(totpSecret));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::errorFrom(q);
    QSqlQuery r = m_db.query(
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    r.addBindValue(m_clock.nowMSecs());
    r.addBindValue(userId);
    if (!r.exec())
        return Database::errorFrom(r);
    qCInfo(lcServerAuth) << "credentials reset for user" << userId;
    return Status::success();
}

Result<qint64> AccountService::createOffice(const QString &name)
{
    QSqlQuery q =
        m_db.query(QStringLiteral("INSERT INTO offices (name, created_at) VALUES (?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(m_clock.nowMSecs());
    if (!q.exec() || !q.next())
        return Database::errorFrom(q);
    return q.value(0).toLongLong();
}

Result<qint64> AccountService::createUser(const NewUser &user)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO users (office_id, username, display_name, role, password_hash, totp_secret, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.officeId);
    q.addBindValue(user.username.trimmed().toLower());
    q.addBindValue(user.displayName);
    q.addBindValue(enumToString(user.role));
    q.addBindValue(PasswordHasher(m_passwordIterations).hash(user.password));
    q.addBindValue(Base32::encode(user.totpSecret));
    q.addBindValue(m_clock.nowMSecs());
    if (!q.exec() || !q.next()) {
        if (Database::isUniqueViolation(q))
            return Error{QStringLiteral("conflict.username_taken"),
                         QStringLiteral("This username is already in use. Choose another one."),
                         QStringLiteral("username")};
        return Database::errorFrom(q);
    }
    return q.value(0).toLongLong();
}

} // namespace dpdesk::server
