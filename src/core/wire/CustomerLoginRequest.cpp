#include "core/wire/CustomerLoginRequest.h"

#include "core/wire/FieldReader.h"
#include "core/wire/WireLimits.h"
#include "core/wire/WireTime.h"

namespace dpdesk {

namespace {

const QString kCodeKey = QStringLiteral("code");
const QString kLinkTokenKey = QStringLiteral("linkToken");

} // namespace

QJsonObject toJson(const CustomerLoginRequest &request)
{
    return QJsonObject{
        {request.kind == InvitationKind::Code ? kCodeKey : kLinkTokenKey, request.secret},
        {QStringLiteral("dateOfBirth"), formatWireDate(request.dateOfBirth)},
    };
}

Result<CustomerLoginRequest> customerLoginRequestFromJson(const QJsonObject &object)
{
    return readWith<CustomerLoginRequest>(object, {}, [](FieldReader &reader) {
        using namespace wire_limits;
        CustomerLoginRequest request;
        const std::optional<QString> code =
            reader.maybeString(kCodeKey, TextRule{TextKind::Line, kCodeLength});
        const std::optional<QString> token =
            reader.maybeString(kLinkTokenKey, TextRule{TextKind::Token, kLinkTokenLength});
        if (code && token)
            reader.fail(kLinkTokenKey, wire_error::InvalidValue,
                        QStringLiteral("Give either code or linkToken, not both."));
        else if (!code && !token)
            reader.fail(kCodeKey, wire_error::MissingField, QStringLiteral("code or linkToken is required."));
        request.kind = token ? InvitationKind::Link : InvitationKind::Code;
        request.secret = token ? *token : code.value_or(QString());
        request.dateOfBirth = reader.date(u"dateOfBirth");
        return request;
    });
}

} // namespace dpdesk
