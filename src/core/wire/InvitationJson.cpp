#include "core/wire/InvitationJson.h"

#include "core/domain/LoginRules.h"
#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"

namespace dpdesk {

namespace {

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(formatWireTime(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Invitation &invitation)
{
    return QJsonObject{
        {QStringLiteral("id"), invitation.id},
        {QStringLiteral("applicantId"), invitation.applicantId},
        {QStringLiteral("kind"), enumToString(invitation.kind)},
        {QStringLiteral("state"), enumToString(invitation.state)},
        {QStringLiteral("failedAttempts"), invitation.failedAttempts},
        {QStringLiteral("createdAt"), formatWireTime(invitation.createdAt)},
        {QStringLiteral("expiresAt"), formatWireTime(invitation.expiresAt)},
        {QStringLiteral("lockedAt"), timeOrNull(invitation.lockedAt)},
        {QStringLiteral("revokedAt"), timeOrNull(invitation.revokedAt)},
    };
}

Invitation readInvitation(FieldReader &reader)
{
    Invitation invitation;
    invitation.id = reader.string(u"id", kIdRule);
    invitation.applicantId = reader.string(u"applicantId", kIdRule);
    invitation.kind = reader.enumValue<InvitationKind>(u"kind");
    invitation.state = reader.enumValue<InvitationState>(u"state");
    invitation.failedAttempts = int(reader.integer(u"failedAttempts", 0, kLoginLockAtFailedAttempts));
    invitation.createdAt = reader.time(u"createdAt");
    invitation.expiresAt = reader.time(u"expiresAt");
    invitation.lockedAt = reader.optionalTime(u"lockedAt");
    invitation.revokedAt = reader.optionalTime(u"revokedAt");
    if (!reader.ok())
        return invitation;

    const InvitationState state = invitation.state;
    if (state == InvitationState::Locked && !invitation.lockedAt)
        reader.fail(u"lockedAt", wire_error::InvalidValue,
                    QStringLiteral("A locked invitation has lockedAt."));
    else if (invitation.lockedAt && state != InvitationState::Locked && state != InvitationState::Revoked)
        reader.fail(u"lockedAt", wire_error::InvalidValue,
                    QStringLiteral("Only a locked or revoked invitation has lockedAt."));
    else if ((state == InvitationState::Revoked) != invitation.revokedAt.has_value())
        reader.fail(u"revokedAt", wire_error::InvalidValue,
                    QStringLiteral("A revoked invitation, and only a revoked one, has revokedAt."));
    return invitation;
}

Result<Invitation> invitationFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<Invitation>(object, path, readInvitation);
}

} // namespace dpdesk
