#pragma once

#include "core/Result.h"

#include <QHashFunctions>
#include <QString>

namespace dpdesk {

// An International Bank Account Number (ISO 13616) from a SEPA country.
//
// A value type that can only hold a valid IBAN: the only way to get one is
// parse(), which checks the characters, the country, the per-country length
// from the IBAN registry, the mod-97 check digits and, for Dutch IBANs, the
// structure (bank code of four letters, account number of ten digits).
//
// An IBAN is personal data. Never log normalized() or formatted(); use masked().
class Iban
{
public:
    // Accepts the electronic form ("NL91ABNA0417164300") and the print form
    // ("NL91 ABNA 0417 1643 00"), in any letter case. Whitespace of any kind
    // (spaces, non-breaking spaces, tabs, line breaks) is ignored; any other
    // character than A-Z, a-z and 0-9 is refused. Error codes, all with
    // field "iban": iban.empty, iban.characters, iban.country_unknown,
    // iban.length, iban.format, iban.checksum.
    static Result<Iban> parse(const QString &input);

    // parse(input).ok(), for places that only need a yes or no.
    static bool isValid(const QString &input);

    // The IBAN length for a supported (SEPA) country code such as "NL", or 0
    // when the country is not supported. Useful for input hints.
    static int expectedLength(const QString &countryCode);

    // "NL91ABNA0417164300": upper case, no spaces. For storage and comparison.
    const QString &normalized() const { return m_normalized; }
    // "NL91 ABNA 0417 1643 00": groups of four, for display and print.
    QString formatted() const;
    // "NL91 **** **** **43 00": country, check digits and the last four
    // characters only. The form to use in audit logs.
    QString masked() const;

    QString countryCode() const { return m_normalized.left(2); }
    QString checkDigits() const { return m_normalized.mid(2, 2); }
    // The national account number, everything after the check digits.
    QString bban() const { return m_normalized.mid(4); }

    // The bank identifier inside the BBAN as the IBAN registry defines it
    // ("ABNA" for NL91ABNA0417164300, "37040044" for a German IBAN). Empty
    // for countries whose registry entry has no bank identifier (Poland).
    QString bankCode() const;
    // The display name of a Dutch bank ("ABN AMRO" for ABNA); empty for
    // unknown bank codes and for IBANs from other countries.
    QString bankName() const;

    friend bool operator==(const Iban &, const Iban &) = default;
    friend size_t qHash(const Iban &iban, size_t seed = 0) noexcept { return qHash(iban.m_normalized, seed); }

private:
    explicit Iban(QString normalized);

    QString m_normalized;
};

} // namespace dpdesk
