#include "server/auth/TokenService.h"

#include "core/crypto/Digest.h"
#include "core/crypto/SecureRandom.h"
#include "server/Logging.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
QString newToken()
{
    return QString::fromLatin1(
        SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(Digest::sha256(token.toLatin1()).toHex());
}

Error invalidRefresh()
{
    return Error{QStringLiteral("auth.invalid_token"),
                 QStringLiteral("Your session has ended. Please log in again."),
                 {}};
}
} // namespace

TokenService::TokenService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<TokenService::Tokens> TokenService::issue(qint64 userId, const QString &family)
{
    Tokens t;
    t.accessToken = newToken();
    t.refreshToken = newToken();
    t.accessExpiresInSecs = AccessTtlMs / 1000;
    const qint64 now = m_clock.nowMSecs();
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO auth_tokens (user_id, family, access_hash, "
                                            "refresh_hash, access_expires_at, refresh_expires_at, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(family.isEmpty() ? tokenHash(newToken()) : family);
    q.addBindValue(tokenHash(t.accessToken));
    q.addBindValue(tokenHash(t.refreshToken));
    q.addBindValue(now + AccessTtlMs);
    q.addBindValue(now + RefreshTtlMs);
    q.addBindValue(now);
    if (!q.exec())
        return Database::errorFrom(q);
    return t;
}

std::optional<AuthContext> TokenService::authenticate(const QString &accessToken)
{
    if (accessToken.size() != 43)
        return std::nullopt;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT u.id, u.office_id, u.role, u.username, t.access_expires_at, t.revoked_at FROM auth_tokens t "
        "JOIN users u ON u.id = t.user_id WHERE t.access_hash = ?"));
    q.addBindValue(tokenHash(accessToken));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!q.value(5).isNull() || q.value(4).toLongLong() <= m_clock.nowMSecs())
        return std::nullopt;
    const auto role = enumFromString<UserRole>(q.value(2).toString());
    if (!role)
        return std::nullopt;
    AuthContext c;
    c.userId = q.value(0).toLongLong();
    c.officeId = q.value(1).toLongLong();
    c.role = *role;
    c.username = q.value(3).toString();
    return c;
}

Result<TokenService::Tokens> TokenService::refresh(const QString &refreshToken)
{
    if (refreshToken.size() != 43)
        return invalidRefresh();
    const qint64 now = m_clock.nowMSecs();
    if (!m_db.begin())
        return Error{QStringLiteral("db.error"), QStringLiteral("A database operation failed."), {}};
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, user_id, family, refresh_expires_at, revoked_at FROM "
                                            "auth_tokens WHERE refresh_hash = ?"));
    q.addBindValue(tokenHash(refreshToken));
    if (!q.exec() || !q.next()) {
        m_db.rollback();
        return invalidRefresh();
    }
    const qint64 id = q.value(0).toLongLong();
    const qint64 userId = q.value(1).toLongLong();
    const QString family = q.value(2).toString();
    const bool expired = q.value(3).toLongLong() <= now;
    const bool revoked = !q.value(4).isNull();
    if (revoked) {
        // Reuse of a rotated refresh token: revoke the whole family.
        QSqlQuery r = m_db.query(
            QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"));
        r.addBindValue(now);
        r.addBindValue(family);
        r.exec();
        m_db.commit();
        qCWarning(lcServerAuth) << "refresh token reuse detected; token family revoked for user" << userId;
        return invalidRefresh();
    }
    if (expired) {
        m_db.rollback();
        return invalidRefresh();
    }
    // Only the first of two concurrent refreshes wins the row.
    QSqlQuery r = m_db.query(
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    r.addBindValue(now);
    r.addBindValue(id);
    if (!r.exec() || r.numRowsAffected() != 1) {
        m_db.rollback();
        return invalidRefresh();
    }
    auto issued = issue(userId, family);
    if (!issued) {
        m_db.rollback();
        return issued;
    }
    if (!m_db.commit())
        return Error{QStringLiteral("db.error"), QStringLiteral("A database operation failed."), {}};
    return issued;
}

void TokenService::logout(const QString &accessToken)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND family = "
                       "(SELECT family FROM auth_tokens WHERE access_hash = ?)"));
    q.addBindValue(m_clock.nowMSecs());
    q.addBindValue(tokenHash(accessToken));
    q.exec();
}

} // namespace dpdesk::server
