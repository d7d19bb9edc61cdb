#include "core/wire/CreateInvitationRequest.h"

#include "core/wire/FieldReader.h"

namespace dpdesk {

QJsonObject toJson(const CreateInvitationRequest &request)
{
    return QJsonObject{
        {QStringLiteral("kind"), enumToString(request.kind)},
        {QStringLiteral("expiresInDays"), request.expiresInDays},
    };
}

Result<CreateInvitationRequest> createInvitationRequestFromJson(const QJsonObject &object)
{
    return readWith<CreateInvitationRequest>(object, {}, [](FieldReader &reader) {
        using namespace wire_limits;
        CreateInvitationRequest request;
        request.kind = reader.enumValue<InvitationKind>(u"kind");
        request.expiresInDays =
            int(reader.maybeInteger(u"expiresInDays", kMinInvitationDays, kMaxInvitationDays)
                    .value_or(kDefaultInvitationDays));
        return request;
    });
}

} // namespace dpdesk
