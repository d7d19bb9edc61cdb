#include "core/wire/AuditEntryJson.h"

#include "core/wire/CommonFields.h"
#include "core/wire/WireTime.h"

#include <QJsonArray>

namespace dpdesk {

namespace {

// An audit trail is short (tens of entries); the cap only bounds a hostile answer.
constexpr int kMaxAuditEntries = 100'000;
constexpr TextRule kActionRule{TextKind::Token, 100};

AuditEntry readAuditEntry(FieldReader &reader)
{
    AuditEntry entry;
    entry.at = reader.time(u"at");
    reader.object(u"actor", [&](FieldReader &actor) {
        entry.actorKind = actor.enumValue<AuditActorKind>(u"kind");
        if (const auto id = actor.maybeString(u"id", kIdRule))
            entry.actorId = *id;
        if (const auto name = actor.maybeString(u"name", kNameRule))
            entry.actorName = *name;
    });
    entry.action = reader.string(u"action", kActionRule);
    const QJsonValue details = reader.rawValue(u"details");
    if (details.isUndefined())
        reader.fail(u"details", wire_error::MissingField, QStringLiteral("Required."));
    else if (!details.isObject())
        reader.fail(u"details", wire_error::WrongType, QStringLiteral("Must be an object."));
    else
        entry.details = details.toObject();
    return entry;
}

} // namespace

QJsonObject toJson(const AuditEntry &entry)
{
    QJsonObject actor{{QStringLiteral("kind"), enumToString(entry.actorKind)}};
    if (!entry.actorId.isEmpty())
        actor.insert(QStringLiteral("id"), entry.actorId);
    if (!entry.actorName.isEmpty())
        actor.insert(QStringLiteral("name"), entry.actorName);
    return QJsonObject{
        {QStringLiteral("at"), formatWireTime(entry.at)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("details"), entry.details},
    };
}

Result<AuditEntry> auditEntryFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<AuditEntry>(object, path, readAuditEntry);
}

Result<QList<AuditEntry>> auditListFromJson(const QJsonObject &object)
{
    return readWith<QList<AuditEntry>>(object, {}, [](FieldReader &reader) {
        QList<AuditEntry> entries;
        reader.objectArray(u"items", 0, kMaxAuditEntries,
                           [&](FieldReader &item, int) { entries.append(readAuditEntry(item)); });
        return entries;
    });
}

} // namespace dpdesk
