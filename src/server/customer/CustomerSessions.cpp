#include "server/customer/CustomerSessions.h"

#include "core/crypto/Digest.h"
#include "core/crypto/SecureRandom.h"
#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(Digest::sha256(token.toLatin1()).toHex());
}

Error sessionError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message, {}};
}
} // namespace

CustomerSessions::CustomerSessions(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QString> CustomerSessions::create(qint64 applicantId, qint64 invitationId)
{
    const qint64 nowMs = m_clock.nowMSecs();
    const QString token = QString::fromLatin1(
        SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO customer_sessions (token_hash, applicant_id, invitation_id, expires_at, "
                       "last_seen_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(applicantId);
    q.addBindValue(invitationId);
    q.addBindValue(nowMs + kInactivityMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::errorFrom(q);
    return token;
}

Result<CustomerSession> CustomerSessions::authenticate(const QString &token)
{
    if (token.isEmpty())
        return sessionError(customer_session_error::Required, QStringLiteral("Log eerst in."));
    const qint64 nowMs = m_clock.nowMSecs();
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.applicant_id, a.application_id, s.invitation_id, s.last_seen_at, s.expires_at, "
        "i.state "
        "FROM customer_sessions s JOIN applicants a ON a.id = s.applicant_id JOIN invitations i ON i.id = "
        "s.invitation_id WHERE s.token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return Database::errorFrom(q);
    if (!q.next())
        return sessionError(customer_session_error::Invalid,
                            QStringLiteral("Uw sessie is beëindigd. Log opnieuw in."));
    CustomerSession s;
    s.id = q.value(0).toLongLong();
    s.applicantId = q.value(1).toLongLong();
    s.applicationId = q.value(2).toLongLong();
    s.invitationId = q.value(3).toLongLong();
    const qint64 lastSeen = q.value(4).toLongLong();
    s.expiresAtMs = q.value(5).toLongLong();
    const QString invitationState = q.value(6).toString();
    q.finish();

    const bool expired = nowMs >= s.expiresAtMs;
    // A replaced (C6) or locked (C5) invitation ends its sessions at once; a
    // completed one keeps them, so the customer can still download (I5).
    const bool ended =
        invitationState != QLatin1String("active") && invitationState != QLatin1String("completed");
    if (expired || ended) {
        QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM customer_sessions WHERE id = ?"));
        del.addBindValue(s.id);
        if (!del.exec())
            return Database::errorFrom(del);
        return expired ? sessionError(customer_session_error::Expired,
                                      QStringLiteral("U was te lang niet actief. Log opnieuw in."))
                       : sessionError(customer_session_error::Ended,
                                      QStringLiteral("Deze uitnodiging is niet meer geldig. Neem contact op "
                                                     "met uw tussenpersoon."));
    }
    if (nowMs - lastSeen >= kTouchEveryMs) {
        QSqlQuery &touch = m_db.prepared(
            QStringLiteral("UPDATE customer_sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?"));
        touch.addBindValue(nowMs);
        touch.addBindValue(nowMs + kInactivityMs);
        touch.addBindValue(s.id);
        if (!touch.exec())
            return Database::errorFrom(touch);
        s.expiresAtMs = nowMs + kInactivityMs;
    }
    return s;
}

Status CustomerSessions::end(const CustomerSession &session)
{
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM customer_sessions WHERE id = ?"));
    del.addBindValue(session.id);
    if (!del.exec())
        return Database::errorFrom(del);
    return Status::success();
}

} // namespace dpdesk::server
