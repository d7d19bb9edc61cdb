#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dpdesk {

// One invitation of one applicant (C1). It holds no secret: the code or link
// token itself is never part of this record (the server keeps only a hash),
// so the whole record can travel to the office and sit in the client cache.
//
// Each applicant has at most one current invitation; C6 revokes it and makes
// a new one. Expiry is derived (isExpired in LoginRules.h), never stored.
struct Invitation
{
    QString id;
    QString applicantId;
    InvitationKind kind = InvitationKind::Code;
    InvitationState state = InvitationState::Active;
    int failedAttempts = 0; // wrong dates of birth so far (C3-C5)
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC
    std::optional<QDateTime> lockedAt; // set with state Locked (C5)
    std::optional<QDateTime> revokedAt; // set with state Revoked (C6)

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

} // namespace dpdesk
