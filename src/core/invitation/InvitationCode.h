#pragma once

#include "core/Result.h"

#include <QString>

#include <cstddef>

namespace dpdesk {

// The unique code an intermediary hands to a customer who is invited without
// a link (rules C1, C2). The customer types it together with the date of birth.
//
// A code is 8 random Crockford base32 symbols (40 bits from the CSPRNG) plus
// one check symbol from the same 32-symbol alphabet, shown as K7QM-2XD9-3.
// The alphabet 0123456789ABCDEFGHJKMNPQRSTVWXYZ has no I, L, O or U, so
// parse() can read O as 0 and I/L as 1 and still be unambiguous.
//
// The check symbol is a Damm check over the quasigroup x∘y = 2·x ⊕ y in
// GF(32) = GF(2)[x]/(x^5 + x^2 + 1). It catches every single-symbol typo and
// every swap of two neighbouring symbols, the check symbol included, so a typo
// is reported as a typo instead of costing one of the customer's date-of-birth
// attempts (C4, C5). It is not a secret and adds no entropy.
//
// The server never stores a code, only SecretHasher::hash() of it.
class InvitationCode
{
public:
    static constexpr int PayloadSymbols = 8;
    static constexpr int Symbols = PayloadSymbols + 1;
    static constexpr int PayloadBits = 5 * PayloadSymbols;
    static constexpr quint64 PayloadMask = (quint64(1) << PayloadBits) - 1;
    // Crockford base32. Index = symbol value.
    static constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // A new code with 40 bits from the CSPRNG.
    static InvitationCode generate();

    // The code for a given 40-bit payload (bits above 40 are ignored). For
    // tests and tools; real invitations use generate().
    static InvitationCode fromPayload(quint64 payload);

    // Reads what a customer typed. Forgives lower case, spaces, hyphens (and
    // other dashes), leading and trailing whitespace, and reads O as 0 and
    // I/L as 1. Errors (field "code"):
    //   invitation_code.characters  a character that cannot be in a code (U, *, é, ...)
    //   invitation_code.length      not 9 symbols
    //   invitation_code.check       the check symbol does not match: a typo
    static Result<InvitationCode> parse(const QString &input);

    // The 40 random bits.
    quint64 payload() const { return m_payload; }
    // The check symbol's value (0..31).
    int checkValue() const;

    // The 9 symbols without separators, e.g. "K7QM2XD93". This is what gets hashed.
    QString canonical() const;
    // For display: "K7QM-2XD9-3".
    QString formatted() const;

    friend bool operator==(const InvitationCode &, const InvitationCode &) = default;

private:
    explicit InvitationCode(quint64 payload)
        : m_payload(payload & PayloadMask)
    { }

    quint64 m_payload;
};

size_t qHash(const InvitationCode &code, size_t seed = 0) noexcept;

} // namespace dpdesk
