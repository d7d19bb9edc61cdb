#include "server/auth/Throttle.h"

#include "server/db/Database.h"

#include <QVariant>

namespace dpdesk::server {

Throttle::Throttle(Database &db)
    : m_db(db)
{ }

Throttle::Verdict Throttle::hit(const QString &bucket, int limit, qint64 windowMs, qint64 nowMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO throttle (bucket, window_start, hits) VALUES (?, ?, 1) "
                       "ON CONFLICT (bucket) DO UPDATE SET "
                       "hits = CASE WHEN throttle.window_start <= ? THEN 1 ELSE throttle.hits + 1 END, "
                       "window_start = CASE WHEN throttle.window_start <= ? THEN excluded.window_start ELSE "
                       "throttle.window_start END "
                       "RETURNING hits, window_start"));
    const qint64 expiredBefore = nowMs - windowMs;
    q.addBindValue(bucket);
    q.addBindValue(nowMs);
    q.addBindValue(expiredBefore);
    q.addBindValue(expiredBefore);
    Verdict v;
    if (!q.exec() || !q.next()) {
        // Fail closed: a throttle that cannot count refuses.
        v.allowed = false;
        v.retryAfterMs = 1000;
        return v;
    }
    v.hits = q.value(0).toInt();
    const qint64 windowStart = q.value(1).toLongLong();
    v.allowed = v.hits <= limit;
    if (!v.allowed)
        v.retryAfterMs = qMax<qint64>(1, windowStart + windowMs - nowMs);
    return v;
}

void Throttle::reset(const QString &bucket)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM throttle WHERE bucket = ?"));
    q.addBindValue(bucket);
    q.exec();
}

} // namespace dpdesk::server
