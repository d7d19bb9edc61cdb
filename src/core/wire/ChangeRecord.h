#pragma once

#include "core/Result.h"
#include "core/domain/Application.h"
#include "core/domain/Invitation.h"
#include "core/domain/NamedEnum.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace dpdesk {

// The kinds of records in the changes feed.
enum class ChangeEntity { Application, Invitation };
enum class ChangeOp { Upsert, Delete };

template<>
struct EnumNames<ChangeEntity>
{
    static constexpr std::pair<ChangeEntity, const char *> entries[] = {
        {ChangeEntity::Application, "application"},
        {ChangeEntity::Invitation, "invitation"},
    };
};

template<>
struct EnumNames<ChangeOp>
{
    static constexpr std::pair<ChangeOp, const char *> entries[] = {
        {ChangeOp::Upsert, "upsert"},
        {ChangeOp::Delete, "delete"},
    };
};

// One entry of the changes feed:
// {"seq": 1.., "entity": "application"|"invitation", "id", "op": "upsert"|"delete",
//  "data": record|null}
// An upsert carries the full record of its entity (ApplicationJson.h,
// InvitationJson.h) whose id is the entry's id; a delete carries null.
// The record is decoded and checked with the entry, so a consumer gets
// typed data or an error with a path such as "data.applicants[0].email".
struct ChangeRecord
{
    qint64 seq = 0;
    ChangeEntity entity = ChangeEntity::Application;
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    std::variant<std::monostate, Application, Invitation> data; // monostate for a delete

    friend bool operator==(const ChangeRecord &, const ChangeRecord &) = default;
};

QJsonObject toJson(const ChangeRecord &change);
Result<ChangeRecord> changeRecordFromJson(const QJsonObject &object, const QString &path = {});

} // namespace dpdesk
