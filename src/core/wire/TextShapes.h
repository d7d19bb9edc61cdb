#pragma once

#include <QStringView>

namespace dpdesk {

// Shape checks for strings that cross the wire. They say whether a string
// looks right, not whether it exists (an e-mail address can still bounce,
// an IBAN can still have a wrong check digit: Iban::parse checks that).

// local@domain.tld: one '@'; a local part of 1-64 printable ASCII
// characters without spaces, quotes or ()<>[]\,;: and without leading,
// trailing or double dots; a domain of at least two dot-separated labels of
// letters, digits and inner hyphens, the last of at least two letters.
// Internationalised addresses are refused (assumed).
bool isEmailShape(QStringView text);

// An optional leading '+', then digits, spaces, '-', '(' and ')' with 6 to 15
// digits in all (E.164 allows 15).
bool isPhoneShape(QStringView text);

// The normalized electronic form: two capital letters, two digits, then 11
// to 30 capital letters or digits, no spaces.
bool isIbanShape(QStringView text);

} // namespace dpdesk
