#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace dpdesk {

// The body of every error response:
// {"error": {"code": "json.missing_field", "message": "Required.", "field": "applicants[0].email"}}
// field is left out when empty. (A wrapper, because Result<Error> cannot
// tell a value from an error.)
struct ApiError
{
    Error error;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

QJsonObject toJson(const ApiError &apiError);
// code: A-Z a-z 0-9 . _ ~ : - (at most 100); message: non-blank text (at
// most 1000); field: one line (at most 300), optional.
Result<ApiError> apiErrorFromJson(const QJsonObject &object);

} // namespace dpdesk
