#pragma once

#include "core/Result.h"
#include "server/api/WriteTransaction.h"
#include "server/http/HttpTypes.h"
#include "server/store/ApplicationStore.h"

#include <QJsonObject>

namespace dpdesk::server {

struct ApiDeps;

// Inside a write transaction: records that an application changed (changes
// feed, for its office) and who did what (audit trail).
Status recordApplicationChange(ApiDeps &deps, const ApplicationStore::Stored &stored, WriteEffects &effects,
                               const QString &actorKind, qint64 actorId, const QString &action,
                               const QJsonObject &details);

// 412 with the current record, so the client can show what changed.
HttpResponse preconditionFailed(const Application &current);

} // namespace dpdesk::server
