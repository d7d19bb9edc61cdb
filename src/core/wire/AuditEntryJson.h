#pragma once

#include "core/Result.h"
#include "core/domain/NamedEnum.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace dpdesk {

// Who did something to an application.
enum class AuditActorKind { User, Customer };

template<>
struct EnumNames<AuditActorKind>
{
    static constexpr std::pair<AuditActorKind, const char *> entries[] = {
        {AuditActorKind::User, "user"},
        {AuditActorKind::Customer, "customer"},
    };
};

// One entry of GET /api/v1/applications/{id}/audit:
// {"at", "actor": {"kind": "user"|"customer", "id"?, "name"?}, "action",
//  "details": {...}}
// action is a dotted name such as "invitation.locked"; the server adds new
// ones over time, so any token is accepted and details stay a free object
// (their keys depend on the action: applicantId, failedAttempts, reason, ...).
struct AuditEntry
{
    QDateTime at; // UTC
    AuditActorKind actorKind = AuditActorKind::User;
    QString actorId; // empty when not given
    QString actorName; // the user's display name; empty when not given
    QString action;
    QJsonObject details;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

QJsonObject toJson(const AuditEntry &entry);
Result<AuditEntry> auditEntryFromJson(const QJsonObject &object, const QString &path = {});

// The whole answer, {"items": [AuditEntry...]}, oldest first as sent.
Result<QList<AuditEntry>> auditListFromJson(const QJsonObject &object);

} // namespace dpdesk
