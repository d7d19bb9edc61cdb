#pragma once

#include "client/cache/LocalCache.h"
#include "client/workspace/OutboxAction.h"

#include <QDateTime>
#include <QList>

namespace dpdesk::client {

// A change the server refused (an outbox entry in state Conflict), explained
// in plain words for the office, which then retries or discards it.
struct Conflict
{
    qint64 entryId = 0;
    OutboxAction action;
    QString title; // what the change was: "New application REF-12"
    QString explanation; // why it was refused and what the buttons do
    QDateTime createdAt; // when the change was made (UTC)
};

QList<Conflict> conflictsIn(const LocalCache &cache);
Conflict describeConflict(const LocalCache &cache, const OutboxEntry &entry);

} // namespace dpdesk::client
