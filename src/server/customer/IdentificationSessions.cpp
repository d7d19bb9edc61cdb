#include "server/customer/IdentificationSessions.h"

#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
const char *kColumns = "id, applicant_id, provider_session_id, app_url, state, started_at, expires_at";
}

IdentificationSessions::IdentificationSessions(Database &db)
    : m_db(db)
{ }

Status IdentificationSessions::insert(qint64 applicantId, const QString &providerSessionId,
                                      const QString &appUrl, qint64 startedAtMs, qint64 expiresAtMs)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO identification_sessions (applicant_id, provider_session_id, app_url, state, started_at, "
        "expires_at) VALUES (?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(applicantId);
    q.addBindValue(providerSessionId);
    q.addBindValue(appUrl);
    q.addBindValue(startedAtMs);
    q.addBindValue(expiresAtMs);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

Status IdentificationSessions::replaceOpen(qint64 applicantId, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE identification_sessions SET state = 'replaced', finished_at = ? WHERE "
                       "applicant_id = ? AND state = 'open'"));
    q.addBindValue(nowMs);
    q.addBindValue(applicantId);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

std::optional<IdentificationSessions::Row> IdentificationSessions::one(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.id = q.value(0).toLongLong();
    r.applicantId = q.value(1).toLongLong();
    r.providerSessionId = q.value(2).toString();
    r.appUrl = q.value(3).toString();
    r.state = enumFromString<State>(q.value(4).toString()).value_or(State::Discarded);
    r.startedAtMs = q.value(5).toLongLong();
    r.expiresAtMs = q.value(6).toLongLong();
    q.finish();
    return r;
}

std::optional<IdentificationSessions::Row> IdentificationSessions::latestFor(qint64 applicantId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral(
            "SELECT %1 FROM identification_sessions WHERE applicant_id = ? ORDER BY id DESC LIMIT 1")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(applicantId);
    return one(q);
}

std::optional<IdentificationSessions::Row>
IdentificationSessions::byProviderId(const QString &providerSessionId)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM identification_sessions WHERE provider_session_id = ?")
                          .arg(QLatin1String(kColumns)));
    q.addBindValue(providerSessionId);
    return one(q);
}

Status IdentificationSessions::setState(qint64 id, State state, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE identification_sessions SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(enumToString(state));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q);
    return Status::success();
}

} // namespace dpdesk::server
