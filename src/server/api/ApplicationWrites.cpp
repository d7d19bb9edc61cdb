#include "server/api/ApplicationWrites.h"

#include "core/wire/ApplicationJson.h"
#include "core/wire/CompactRecords.h"
#include "core/wire/StrictJson.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/store/AuditLog.h"
#include "server/store/ChangeLog.h"

namespace dpdesk::server {

Status recordApplicationChange(ApiDeps &deps, const ApplicationStore::Stored &stored, WriteEffects &effects,
                               const QString &actorKind, qint64 actorId, const QString &action,
                               const QJsonObject &details)
{
    const qint64 now = deps.clock.nowMSecs();
    auto seq = deps.changes.record(stored.officeId, QStringLiteral("application"),
                                   stored.application.id.toLongLong(), QStringLiteral("upsert"),
                                   stored.advisorId, now, compactJson(stored.application));
    if (!seq)
        return seq.error();
    effects.changes.append({stored.officeId, seq.value()});
    return deps.audit.record(stored.officeId, stored.application.id.toLongLong(), actorKind, actorId, action,
                             details, now);
}

HttpResponse preconditionFailed(const Application &current)
{
    HttpResponse r = HttpResponse::json(
        412,
        QJsonObject{{"error",
                     QJsonObject{{"code", "precondition_failed"},
                                 {"message",
                                  QStringLiteral("Someone else changed this application in the "
                                                 "meantime. Nothing was overwritten.")}}},
                    {"current", toJson(current)}});
    r.setHeader("ETag", api::etag(current.version));
    return r;
}

} // namespace dpdesk::server
