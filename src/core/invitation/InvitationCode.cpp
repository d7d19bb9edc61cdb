#include "core/invitation/InvitationCode.h"

#include "core/crypto/SecureRandom.h"

#include <QHashFunctions>

#include <array>

namespace dpdesk {

namespace {

// Damm check over a totally anti-symmetric quasigroup of order 32.
//
// Take the field GF(32) = GF(2)[x]/(x^5 + x^2 + 1) (the polynomial is
// irreducible, even primitive) and a = x, i.e. the element 2. Define
//     r ∘ d = a·r ⊕ d.
// - It is a quasigroup (a Latin square): for fixed r, d ↦ a·r ⊕ d is a
//   bijection; for fixed d, r ↦ a·r ⊕ d is a bijection because a ≠ 0.
// - It is totally anti-symmetric: (c∘x)∘y = a²c ⊕ a·x ⊕ y, so
//   (c∘x)∘y = (c∘y)∘x  ⇔  (a ⊕ 1)·x = (a ⊕ 1)·y  ⇔  x = y, because a ≠ 1.
//
// The running value starts at 0 and takes one symbol at a time; the check
// symbol is the one that brings it back to 0, so a code is valid iff the
// running value over all 9 symbols is 0. Then:
// - a single substitution at position i changes the value right after i
//   (Latin square) and every later step r ↦ a·r ⊕ d is injective in r, so the
//   final value is no longer 0;
// - swapping two different neighbours x, y changes (r∘x)∘y into (r∘y)∘x,
//   which differ by total anti-symmetry, and again later steps keep the
//   difference.
// Both hold for every position, the check symbol included.
constexpr quint8 FieldPolynomial = 0b100101; // x^5 + x^2 + 1

constexpr int mulA(int r)
{
    r <<= 1;
    if (r & 0x20)
        r ^= FieldPolynomial;
    return r;
}

constexpr int dammStep(int interim, int symbol)
{
    return mulA(interim) ^ symbol;
}

// The check symbol for a running value r over the payload: a·r ⊕ c = 0 ⇔ c = a·r.
constexpr int checkFor(int interim)
{
    return mulA(interim);
}

constexpr std::array<qint8, 128> makeDecodeTable()
{
    std::array<qint8, 128> table{};
    for (auto &v : table)
        v = -1;
    for (int i = 0; i < 32; ++i) {
        const char c = InvitationCode::Alphabet[i];
        table[size_t(c)] = qint8(i);
        if (c >= 'A' && c <= 'Z')
            table[size_t(c - 'A' + 'a')] = qint8(i);
    }
    // Crockford's forgiving reads: O looks like 0, I and L look like 1.
    table['O'] = table['o'] = 0;
    table['I'] = table['i'] = table['L'] = table['l'] = 1;
    return table;
}

constexpr std::array<qint8, 128> DecodeTable = makeDecodeTable();

static_assert(sizeof(InvitationCode::Alphabet) == 33, "32 symbols");
static_assert(DecodeTable['U'] == -1 && DecodeTable['u'] == -1, "U is not a symbol");

// Value of a symbol, or -1 when the character cannot be part of a code.
int symbolValue(QChar ch)
{
    const char16_t u = ch.unicode();
    return u < DecodeTable.size() ? DecodeTable[u] : -1;
}

// Characters the customer may type between symbols: any whitespace (also
// no-break spaces from copy and paste) and any dash (hyphen, en dash, ...).
bool isSeparator(QChar ch)
{
    return ch.isSpace() || ch.category() == QChar::Punctuation_Dash || ch == QChar(0x2212); // minus sign
}

int payloadSymbol(quint64 payload, int index)
{
    return int((payload >> (5 * (InvitationCode::PayloadSymbols - 1 - index))) & 0x1f);
}

Error codeError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message, QStringLiteral("code")};
}

} // namespace

InvitationCode InvitationCode::generate()
{
    const QByteArray random = SecureRandom::bytes(PayloadBits / 8);
    quint64 payload = 0;
    for (char b : random)
        payload = (payload << 8) | quint8(b);
    return InvitationCode(payload);
}

InvitationCode InvitationCode::fromPayload(quint64 payload)
{
    return InvitationCode(payload);
}

Result<InvitationCode> InvitationCode::parse(const QString &input)
{
    std::array<int, Symbols> values{};
    qsizetype count = 0;
    for (const QChar ch : input) {
        if (isSeparator(ch))
            continue;
        const int v = symbolValue(ch);
        if (v < 0) {
            return codeError("invitation_code.characters",
                             QStringLiteral("The code contains a character that cannot be part of a code. "
                                            "A code has only the digits 0-9 and the letters A-Z (no U)."));
        }
        if (count < Symbols)
            values[size_t(count)] = v;
        ++count;
    }
    if (count != Symbols) {
        return codeError("invitation_code.length",
                         QStringLiteral("A code has 9 characters, like K7QM-2XD9-3. "
                                        "Check the code in the invitation."));
    }

    int interim = 0;
    quint64 payload = 0;
    for (int i = 0; i < Symbols; ++i) {
        interim = dammStep(interim, values[size_t(i)]);
        if (i < PayloadSymbols)
            payload = (payload << 5) | quint64(values[size_t(i)]);
    }
    if (interim != 0) {
        return codeError("invitation_code.check",
                         QStringLiteral("This code contains a typo. Check the code in the invitation."));
    }
    return InvitationCode(payload);
}

int InvitationCode::checkValue() const
{
    int interim = 0;
    for (int i = 0; i < PayloadSymbols; ++i)
        interim = dammStep(interim, payloadSymbol(m_payload, i));
    return checkFor(interim);
}

QString InvitationCode::canonical() const
{
    QString out;
    out.reserve(Symbols);
    for (int i = 0; i < PayloadSymbols; ++i)
        out.append(QLatin1Char(Alphabet[payloadSymbol(m_payload, i)]));
    out.append(QLatin1Char(Alphabet[checkValue()]));
    return out;
}

QString InvitationCode::formatted() const
{
    const QString c = canonical();
    return c.left(4) + QLatin1Char('-') + c.mid(4, 4) + QLatin1Char('-') + c.mid(8);
}

size_t qHash(const InvitationCode &code, size_t seed) noexcept
{
    return ::qHash(code.payload(), seed);
}

} // namespace dpdesk
