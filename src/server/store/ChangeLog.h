#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace dpdesk::server {

class Database;

// The changes feed's write side. Each office has one counter row; bumping
// it inside the writing transaction takes that row's lock until commit, so
// sequence numbers are handed out in commit order and a reader that has seen
// N has seen everything up to N. One row per entity holds its latest change
// (older rows of the same entity are superseded), and deletes stay as
// tombstones until pruned, after which older cursors must re-fetch.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    // Call inside the write transaction of the change, with the record as
    // the feed will serve it (compact JSON; empty for a delete), rendered
    // once here so reading the feed copies bytes instead of rebuilding JSON.
    // Returns the new seq.
    Result<qint64> record(qint64 officeId, const QString &entity, qint64 entityId, const QString &op,
                          qint64 advisorId, qint64 nowMs, const QByteArray &data);

private:
    Database &m_db;
};

} // namespace dpdesk::server
