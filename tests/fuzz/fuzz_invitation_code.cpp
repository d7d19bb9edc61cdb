// libFuzzer target for the invitation secrets a customer types or a browser
// sends: InvitationCode::parse and LinkToken::parse.
//
// Invariants: no crash, no sanitizer report; a successful parse yields a
// well-formed value that re-formats and re-parses to the same value.

#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace dpdesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void fuzzCode(const QString &input)
{
    const auto parsed = InvitationCode::parse(input);
    if (!parsed) {
        const QString &code = parsed.error().code;
        require(code == QLatin1String("invitation_code.characters")
                || code == QLatin1String("invitation_code.length")
                || code == QLatin1String("invitation_code.check"));
        require(parsed.error().field == QLatin1String("code"));
        return;
    }
    const InvitationCode &code = *parsed;
    require(code.payload() <= InvitationCode::PayloadMask);
    const QString canonical = code.canonical();
    const QString formatted = code.formatted();
    require(canonical.size() == InvitationCode::Symbols);
    require(formatted.size() == InvitationCode::Symbols + 2);
    for (QChar ch : canonical)
        require(QLatin1String(InvitationCode::Alphabet).contains(ch));

    const auto fromCanonical = InvitationCode::parse(canonical);
    require(fromCanonical.ok() && *fromCanonical == code);
    const auto fromFormatted = InvitationCode::parse(formatted);
    require(fromFormatted.ok() && *fromFormatted == code);
    const auto fromLower = InvitationCode::parse(formatted.toLower());
    require(fromLower.ok() && *fromLower == code);
    require(InvitationCode::fromPayload(code.payload()) == code);
}

void fuzzToken(const QString &input)
{
    const auto parsed = LinkToken::parse(input);
    if (!parsed) {
        require(parsed.error().code == QLatin1String("link_token.format"));
        return;
    }
    require(parsed->bytes().size() == LinkToken::Bytes);
    const QString text = parsed->toString();
    // One spelling per token: what parsed is exactly what it prints.
    require(text == input);
    const auto again = LinkToken::parse(text);
    require(again.ok() && *again == *parsed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzCode(input);
    fuzzToken(input);
    // Raw Latin-1 too, so every byte value reaches the parsers as one character.
    const QString latin1 = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzCode(latin1);
    fuzzToken(latin1);
    return 0;
}
