#include "core/wire/StrictJson.h"

#include "core/wire/WireErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace dpdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{wire_error::Malformed, message, {}};
}

struct Scan
{
    int maxDepth = 0;
    qsizetype members = 0; // ':' outside strings: one per object member
};

// One pass over the bytes outside string literals: the deepest nesting (and
// an early stop beyond limit) and the number of object members. Assumes
// nothing about validity; QJsonDocument checks the syntax afterwards.
bool scan(const QByteArray &bytes, int limit, Scan &out)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > limit)
                return false;
            out.maxDepth = std::max(out.maxDepth, depth);
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ':':
            ++out.members;
            break;
        default:
            break;
        }
    }
    return true;
}

// Walks the parsed tree: counts object members (fewer than scanned means a
// duplicate key that Qt silently merged) and checks every string and key
// for unpaired surrogates and every number for finiteness.
bool checkTree(const QJsonValue &value, qsizetype &members, QString &problem);

bool checkString(const QString &text, QString &problem)
{
    if (!QStringView(text).isValidUtf16()) {
        problem = QStringLiteral("A string holds an unpaired surrogate escape.");
        return false;
    }
    return true;
}

bool checkObject(const QJsonObject &object, qsizetype &members, QString &problem)
{
    members += object.size();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!checkString(it.key(), problem) || !checkTree(it.value(), members, problem))
            return false;
    }
    return true;
}

bool checkTree(const QJsonValue &value, qsizetype &members, QString &problem)
{
    switch (value.type()) {
    case QJsonValue::String:
        return checkString(value.toString(), problem);
    case QJsonValue::Double:
        if (!std::isfinite(value.toDouble())) {
            problem = QStringLiteral("A number is outside the range of a double.");
            return false;
        }
        return true;
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            if (!checkTree(item, members, problem))
                return false;
        }
        return true;
    case QJsonValue::Object:
        return checkObject(value.toObject(), members, problem);
    default:
        return true;
    }
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return Error{wire_error::TooLarge,
                     QStringLiteral("The body is larger than %1 bytes.").arg(limits.maxBytes),
                     {}};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return malformed(QStringLiteral("The body starts with a byte order mark."));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decodes only when converted to QString
    if (decoder.hasError())
        return malformed(QStringLiteral("The body is not valid UTF-8."));

    Scan scanned;
    if (!scan(bytes, limits.maxDepth, scanned))
        return Error{wire_error::TooDeep,
                     QStringLiteral("The body nests deeper than %1 levels.").arg(limits.maxDepth),
                     {}};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top; a lone value (valid
        // JSON since RFC 7159) is reported as not an object, not as malformed.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return Error{wire_error::NotObject, QStringLiteral("The body must be a JSON object."), {}};
        return malformed(QStringLiteral("Not valid JSON at offset %1: %2.")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error{wire_error::NotObject, QStringLiteral("The body must be a JSON object."), {}};

    const QJsonObject object = document.object();
    qsizetype members = 0;
    QString problem;
    if (!checkObject(object, members, problem))
        return malformed(problem);
    if (members != scanned.members)
        return malformed(QStringLiteral("An object holds the same key twice."));
    return object;
}

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace dpdesk
