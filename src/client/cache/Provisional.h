#pragma once

#include <QString>

namespace dpdesk::client {

// A provisional record stands in the cache for something the office made
// locally and the server has not confirmed yet (e.g. a new application while
// its POST waits in the outbox). Its id is "pending:" and the idempotency key
// of its outbox entry. References are unique per office (409
// conflict.reference_taken), so the server's application with the same
// reference replaces a provisional one wherever it comes from: the answer
// to the POST, or the changes feed when that answer was lost (LocalCache
// does this in every application write), so nothing shows twice.
inline QString provisionalId(const QString &idempotencyKey)
{
    return QStringLiteral("pending:") + idempotencyKey;
}

inline bool isProvisionalId(const QString &id)
{
    return id.startsWith(QLatin1String("pending:"));
}

} // namespace dpdesk::client
