#pragma once

#include "core/Result.h"
#include "core/domain/Invitation.h"
#include "core/wire/FieldReader.h"

#include <QJsonObject>

namespace dpdesk {

// An invitation record as the server sends it:
// {"id", "applicantId", "kind": "link"|"code", "state", "failedAttempts": 0..4,
//  "createdAt", "expiresAt", "lockedAt": time|null, "revokedAt": time|null}
// Consistency: Locked needs lockedAt; Revoked needs revokedAt and only
// Revoked has one; lockedAt only with Locked or Revoked (locked, then replaced).
QJsonObject toJson(const Invitation &invitation);
Invitation readInvitation(FieldReader &reader);
Result<Invitation> invitationFromJson(const QJsonObject &object, const QString &path = {});

} // namespace dpdesk
