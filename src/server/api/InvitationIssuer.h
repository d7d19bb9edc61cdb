#pragma once

#include "core/Result.h"
#include "core/wire/CreateInvitationRequest.h"
#include "server/http/HttpTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace dpdesk::server {

struct ApiDeps;

// A new invitation's secret, for the answer to the office (shown this once):
// {"code"} for a code, {"linkToken", "link"} for a link (C1).
struct IssuedInvitation
{
    qint64 id = 0;
    QJsonObject secret;
};

// Inside a write transaction: makes a new active invitation for the
// applicant with a fresh code or link token; only its HMAC is stored.
Result<IssuedInvitation> issueInvitation(ApiDeps &deps, const HttpRequest &request, qint64 applicantId,
                                         const CreateInvitationRequest &invitation, qint64 createdBy,
                                         const QDateTime &now);

} // namespace dpdesk::server
