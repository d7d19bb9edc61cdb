#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"
#include "core/wire/WireLimits.h"

#include <QJsonObject>

namespace dpdesk {

// The office invites an applicant (C1) or replaces a locked or lost
// invitation (C6): {"kind": "link"|"code", "expiresInDays": 1..90}.
// expiresInDays may be left out (30).
struct CreateInvitationRequest
{
    InvitationKind kind = InvitationKind::Code;
    int expiresInDays = wire_limits::kDefaultInvitationDays;

    friend bool operator==(const CreateInvitationRequest &, const CreateInvitationRequest &) = default;
};

QJsonObject toJson(const CreateInvitationRequest &request);
Result<CreateInvitationRequest> createInvitationRequestFromJson(const QJsonObject &object);

} // namespace dpdesk
