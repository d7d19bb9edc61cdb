// libFuzzer target for the JSON wire format (src/core/wire).
//
// Arbitrary bytes go through the strict reader with its limits, then through
// every top-level decoder. Invariants:
//  - nothing crashes, leaks or trips a sanitizer;
//  - every refusal carries an error code (and the reader only its four);
//  - a value that decodes re-encodes to bytes the strict reader accepts and
//    that decode to an equal value.
// Run: fuzz_wire -max_total_time=120 [corpus-dir]

#include "core/wire/ApiErrorJson.h"
#include "core/wire/ApplicantJson.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/ApplicationPatch.h"
#include "core/wire/ChangeRecord.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/CustomerLoginRequest.h"
#include "core/wire/InvitationJson.h"
#include "core/wire/NewApplicationRequest.h"
#include "core/wire/StrictJson.h"
#include "core/wire/WireErrors.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace dpdesk;

namespace {

const QDate kToday(2026, 6, 15);

[[noreturn]] void violated(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_wire invariant violated: %s %s\n", what, detail.constData());
    std::abort();
}

template<typename T, typename Decode>
void checkDecoder(const char *name, const QJsonObject &object, Decode decode)
{
    const Result<T> first = decode(object);
    if (!first) {
        if (first.error().code.isEmpty())
            violated(name, "refused without an error code");
        return;
    }
    const QByteArray bytes = toCompactJson(toJson(first.value()));
    const Result<QJsonObject> reparsed = parseJsonObject(bytes, JsonLimits{16 * 1024 * 1024, 32});
    if (!reparsed)
        violated(name, "re-encoded bytes are refused: " + reparsed.error().code.toUtf8() + ' ' + bytes);
    const Result<T> second = decode(reparsed.value());
    if (!second)
        violated(name,
                 "re-encoded value is refused: " + second.error().code.toUtf8() + ' '
                     + second.error().field.toUtf8() + ' ' + bytes);
    if (!(second.value() == first.value()))
        violated(name, "round trip changed the value: " + bytes);
}

bool isReaderError(const QString &code)
{
    return code == QLatin1String(wire_error::Malformed) || code == QLatin1String(wire_error::TooDeep)
        || code == QLatin1String(wire_error::TooLarge) || code == QLatin1String(wire_error::NotObject);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QJsonObject> parsed = parseJsonObject(bytes, JsonLimits{256 * 1024, 32});
    if (!parsed) {
        if (!isReaderError(parsed.error().code))
            violated("reader", parsed.error().code.toUtf8());
        return 0;
    }
    const QJsonObject &object = parsed.value();

    checkDecoder<Invitation>("invitation", object,
                             [](const QJsonObject &o) { return invitationFromJson(o); });
    checkDecoder<Applicant>("applicant", object, [](const QJsonObject &o) { return applicantFromJson(o); });
    checkDecoder<Application>("application", object,
                              [](const QJsonObject &o) { return applicationFromJson(o); });
    checkDecoder<NewApplicationRequest>("new application", object, [](const QJsonObject &o) {
        return newApplicationRequestFromJson(o, kToday);
    });
    checkDecoder<ApplicationPatch>("patch", object,
                                   [](const QJsonObject &o) { return applicationPatchFromJson(o, kToday); });
    checkDecoder<CreateInvitationRequest>(
        "create invitation", object, [](const QJsonObject &o) { return createInvitationRequestFromJson(o); });
    checkDecoder<CustomerLoginRequest>("customer login", object,
                                       [](const QJsonObject &o) { return customerLoginRequestFromJson(o); });
    checkDecoder<ChangeRecord>("change record", object,
                               [](const QJsonObject &o) { return changeRecordFromJson(o); });
    checkDecoder<ApiError>("api error", object, [](const QJsonObject &o) { return apiErrorFromJson(o); });
    return 0;
}
