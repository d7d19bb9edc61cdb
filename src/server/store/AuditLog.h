#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpdesk::server {

class Database;

// Who did what, when, per application. Details never hold secrets; IBANs
// are masked.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Status record(qint64 officeId, qint64 applicationId, const QString &actorKind, qint64 actorId,
                  const QString &action, const QJsonObject &details, qint64 nowMs);
    // Oldest first: [{at, actor: {kind, id, name}, action, details}]
    Result<QJsonArray> forApplication(qint64 applicationId);

private:
    Database &m_db;
};

} // namespace dpdesk::server
