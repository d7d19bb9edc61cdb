#include "core/wire/ChangeRecord.h"

#include "core/wire/ApplicationJson.h"
#include "core/wire/CommonFields.h"
#include "core/wire/InvitationJson.h"

namespace dpdesk {

QJsonObject toJson(const ChangeRecord &change)
{
    QJsonValue data(QJsonValue::Null);
    if (const auto *application = std::get_if<Application>(&change.data))
        data = toJson(*application);
    else if (const auto *invitation = std::get_if<Invitation>(&change.data))
        data = toJson(*invitation);
    return QJsonObject{
        {QStringLiteral("seq"), change.seq}, {QStringLiteral("entity"), enumToString(change.entity)},
        {QStringLiteral("id"), change.id},   {QStringLiteral("op"), enumToString(change.op)},
        {QStringLiteral("data"), data},
    };
}

Result<ChangeRecord> changeRecordFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<ChangeRecord>(object, path, [](FieldReader &reader) {
        ChangeRecord change;
        change.seq = reader.integer(u"seq", 1, wire_limits::kMaxCounter);
        change.entity = reader.enumValue<ChangeEntity>(u"entity");
        change.id = reader.string(u"id", kIdRule);
        change.op = reader.enumValue<ChangeOp>(u"op");
        if (!reader.ok())
            return change;

        if (change.op == ChangeOp::Delete) {
            const QJsonValue data = reader.rawValue(u"data");
            if (data.isUndefined())
                reader.fail(u"data", wire_error::MissingField,
                            QStringLiteral("Required (null for a delete)."));
            else if (!data.isNull())
                reader.fail(u"data", wire_error::InvalidValue, QStringLiteral("Must be null for a delete."));
            return change;
        }
        QString dataId;
        reader.object(u"data", [&](FieldReader &data) {
            if (change.entity == ChangeEntity::Application) {
                change.data = readApplication(data);
                dataId = std::get<Application>(change.data).id;
            } else {
                change.data = readInvitation(data);
                dataId = std::get<Invitation>(change.data).id;
            }
        });
        if (reader.ok() && dataId != change.id)
            reader.failAtPath(reader.pathOf(u"data.id"), wire_error::InvalidValue,
                              QStringLiteral("Must be the id of the change."));
        return change;
    });
}

} // namespace dpdesk
