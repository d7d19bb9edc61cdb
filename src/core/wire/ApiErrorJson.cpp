#include "core/wire/ApiErrorJson.h"

#include "core/wire/FieldReader.h"
#include "core/wire/WireLimits.h"

namespace dpdesk {

QJsonObject toJson(const ApiError &apiError)
{
    QJsonObject error{
        {QStringLiteral("code"), apiError.error.code},
        {QStringLiteral("message"), apiError.error.message},
    };
    if (!apiError.error.field.isEmpty())
        error.insert(QStringLiteral("field"), apiError.error.field);
    return QJsonObject{{QStringLiteral("error"), error}};
}

Result<ApiError> apiErrorFromJson(const QJsonObject &object)
{
    return readWith<ApiError>(object, {}, [](FieldReader &reader) {
        using namespace wire_limits;
        ApiError apiError;
        reader.object(u"error", [&](FieldReader &error) {
            apiError.error.code = error.string(u"code", TextRule{TextKind::Token, kErrorCodeLength});
            apiError.error.message = error.string(u"message", TextRule{TextKind::Text, kErrorMessageLength});
            apiError.error.field =
                error.optionalString(u"field", TextRule{TextKind::Line, kErrorFieldLength});
        });
        return apiError;
    });
}

} // namespace dpdesk
