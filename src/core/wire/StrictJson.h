#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace dpdesk {

struct JsonLimits
{
    qsizetype maxBytes = 1024 * 1024;
    // Containers nested inside each other, the top-level object counting 1.
    int maxDepth = 32;
};

// Parses a request or response body strictly. Refused (Error::field empty):
//   json.too_large   more than limits.maxBytes bytes
//   json.malformed   not UTF-8 (overlong forms and encoded surrogates too), a
//                    byte order mark, a JSON syntax error, trailing garbage, a
//                    key twice in one object, an unpaired \uD800-\uDFFF
//                    escape, a number outside the double range
//   json.too_deep    nesting over limits.maxDepth (checked before parsing, so
//                    deep input costs no recursion)
//   json.not_object  valid JSON whose top level is not an object
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits = {});

// The compact UTF-8 form that parseJsonObject reads back.
QByteArray toCompactJson(const QJsonObject &object);

} // namespace dpdesk
