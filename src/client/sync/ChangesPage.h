#pragma once

#include "core/Result.h"
#include "core/wire/ChangeRecord.h"

#include <QJsonObject>
#include <QList>

namespace dpdesk::client {

// One page of GET /api/v1/changes: {"changes": [ChangeRecord], "nextCursor", "hasMore"}.
struct ChangesPage
{
    QList<ChangeRecord> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
};

// Decodes and checks a page; every record is checked with the wire module.
Result<ChangesPage> changesPageFromJson(const QJsonObject &object);

} // namespace dpdesk::client
