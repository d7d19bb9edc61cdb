#include "core/wire/DocumentJson.h"

#include "core/wire/CommonFields.h"
#include "core/wire/WireLimits.h"
#include "core/wire/WireTime.h"

namespace dpdesk {

namespace {

constexpr char kPdf[] = "application/pdf";
constexpr TextRule kSha256Rule{TextKind::Token, 64};

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(formatWireTime(*time)) : QJsonValue(QJsonValue::Null);
}

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QJsonObject toJson(const DocumentVersion &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("applicationId"), d.applicationId},
        {QStringLiteral("kind"), enumToString(d.kind)},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("contractVersion"), d.contractVersion},
        {QStringLiteral("createdAt"), formatWireTime(d.createdAt)},
        {QStringLiteral("superseded"), d.superseded()},
        {QStringLiteral("supersededAt"), timeOrNull(d.supersededAt)},
        {QStringLiteral("sha256"), nullIfEmpty(d.sha256)},
        {QStringLiteral("sizeBytes"), d.generated() ? QJsonValue(d.sizeBytes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("generatedAt"), timeOrNull(d.generatedAt)},
        {QStringLiteral("contentType"), QLatin1String(kPdf)},
    };
}

DocumentVersion readDocumentVersion(FieldReader &reader)
{
    using namespace wire_limits;
    DocumentVersion d;
    d.id = reader.string(u"id", kIdRule);
    d.applicationId = reader.string(u"applicationId", kIdRule);
    d.kind = reader.enumValue<DocumentKind>(u"kind");
    d.version = int(reader.integer(u"version", 1, kMaxContractVersion));
    d.contractVersion = int(reader.integer(u"contractVersion", 1, kMaxContractVersion));
    d.createdAt = reader.time(u"createdAt");
    const bool superseded = reader.boolean(u"superseded");
    d.supersededAt = reader.optionalTime(u"supersededAt");
    d.sha256 = reader.optionalString(u"sha256", kSha256Rule);
    const QJsonValue size = reader.rawValue(u"sizeBytes");
    d.generatedAt = reader.optionalTime(u"generatedAt");
    const QString contentType = reader.string(u"contentType", TextRule{TextKind::Line, 100});
    if (!reader.ok())
        return d;

    if (superseded != d.supersededAt.has_value())
        reader.fail(u"supersededAt", wire_error::InvalidValue,
                    QStringLiteral("A superseded version, and only a superseded one, has supersededAt."));
    else if (!d.sha256.isEmpty() && (d.sha256.size() != 64 || !isLowerHex(d.sha256)))
        reader.fail(u"sha256", wire_error::InvalidValue,
                    QStringLiteral("Must be 64 lower-case hexadecimal digits."));
    else if (contentType != QLatin1String(kPdf))
        reader.fail(u"contentType", wire_error::InvalidValue, QStringLiteral("Must be application/pdf."));
    if (!reader.ok())
        return d;

    const bool generated = !d.sha256.isEmpty();
    if (generated) {
        if (!size.isDouble() || size.toDouble() != double(size.toInteger()) || size.toInteger() < 1)
            reader.fail(u"sizeBytes", wire_error::InvalidValue,
                        QStringLiteral("A generated document has a size of 1 byte or more."));
        else
            d.sizeBytes = size.toInteger();
    } else if (!size.isNull() && !size.isUndefined()) {
        reader.fail(u"sizeBytes", wire_error::InvalidValue,
                    QStringLiteral("A document that is not generated yet has no size."));
    }
    if (reader.ok() && generated != d.generatedAt.has_value())
        reader.fail(u"generatedAt", wire_error::InvalidValue,
                    QStringLiteral("sha256, sizeBytes and generatedAt are set together."));
    return d;
}

Result<DocumentVersion> documentVersionFromJson(const QJsonObject &object, const QString &path)
{
    return readWith<DocumentVersion>(object, path, readDocumentVersion);
}

} // namespace dpdesk
