#pragma once

#include <QString>

namespace dpdesk::server {

class Database;

// A fixed-window counter per bucket ("login-ip:127.0.0.1"), kept in the
// database so several server instances share it. One UPSERT statement per
// hit, so concurrent hits are counted exactly.
class Throttle
{
public:
    explicit Throttle(Database &db);

    struct Verdict
    {
        bool allowed = true;
        int hits = 0;
        qint64 retryAfterMs = 0;
    };

    Verdict hit(const QString &bucket, int limit, qint64 windowMs, qint64 nowMs);
    void reset(const QString &bucket);

private:
    Database &m_db;
};

} // namespace dpdesk::server
