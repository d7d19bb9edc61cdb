// libFuzzer target for Iban::parse: arbitrary bytes, decoded as UTF-8.
//
// Invariants: parsing never crashes; a refusal carries one of the documented
// error codes, field "iban" and a message; an accepted IBAN is upper-case
// A-Z0-9 with the registry length of its country, passes the mod-97 check,
// and parses back to itself from its print form and in lower case.

#include "core/iban/Iban.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace dpdesk;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool isUpperAlnum(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

int mod97(const QString &iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        const int value = c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
    }
    return remainder;
}

bool isKnownErrorCode(const QString &code)
{
    return code == u"iban.empty" || code == u"iban.characters" || code == u"iban.country_unknown"
        || code == u"iban.length" || code == u"iban.format" || code == u"iban.checksum";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Iban> parsed = Iban::parse(input);
    check(Iban::isValid(input) == parsed.ok());

    if (!parsed.ok()) {
        check(isKnownErrorCode(parsed.error().code));
        check(parsed.error().field == u"iban");
        check(!parsed.error().message.isEmpty());
        return 0;
    }

    const Iban &iban = parsed.value();
    const QString normalized = iban.normalized();
    check(isUpperAlnum(normalized));
    check(normalized.size() >= 15 && normalized.size() <= 34);
    check(normalized.size() == Iban::expectedLength(iban.countryCode()));
    check(iban.countryCode() + iban.checkDigits() + iban.bban() == normalized);
    check(mod97(normalized) == 1);

    const Result<Iban> fromFormatted = Iban::parse(iban.formatted());
    check(fromFormatted.ok() && fromFormatted->normalized() == normalized);
    const Result<Iban> fromLower = Iban::parse(normalized.toLower());
    check(fromLower.ok() && fromLower.value() == iban);

    const QString masked = iban.masked();
    check(masked.size() == iban.formatted().size());
    check(masked.left(4) == normalized.left(4));
    check(!Iban::isValid(masked));

    if (iban.countryCode() == u"NL")
        check(iban.bankCode().size() == 4);
    else
        check(iban.bankName().isEmpty());
    return 0;
}
