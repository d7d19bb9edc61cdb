#pragma once

#include "server/http/HttpTypes.h"

#include <QList>

#include <functional>

namespace dpdesk::server {

class Database;

// What a write did that others must hear about once it is committed.
struct WriteEffects
{
    struct Change
    {
        qint64 officeId;
        qint64 seq;
    };
    QList<Change> changes;
};

using WriteWork = std::function<HttpResponse(WriteEffects &)>;
using CommitListener = std::function<void(const WriteEffects &)>;

enum class CommitWhen {
    Success, // 2xx: a refused request leaves no trace
    UnlessServerError // also 4xx: refusals that must count (throttles, wrong attempts)
};

// Runs work in one write transaction, committed as `when` says and rolled
// back otherwise. After a commit the listener hears the effects (push
// notices go out then, never for rolled-back work).
HttpResponse runWrite(Database &db, const CommitListener &listener, const WriteWork &work,
                      CommitWhen when = CommitWhen::Success);

// The same, for a mutating office request, exactly once per
// (user, Idempotency-Key): the key and a hash of the request are stored with
// the answer in the same transaction. The same key and request again replays
// the stored answer (header Idempotent-Replayed: true); the same key with a
// different request is refused (422 idempotency.key_reused); no key is 400
// idempotency.key_required.
HttpResponse runIdempotentWrite(Database &db, const CommitListener &listener, const HttpRequest &request,
                                qint64 userId, qint64 nowMs, const WriteWork &work);

} // namespace dpdesk::server
