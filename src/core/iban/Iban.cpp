#include "core/iban/Iban.h"

#include <utility>

namespace dpdesk {

namespace {

struct Country
{
    char code[3];
    int length; // the whole IBAN, from the IBAN registry
    int bankStart; // the bank identifier inside the BBAN (0-based)
    int bankLength; // 0 where the registry defines no bank identifier
    const char *subject; // start of the length message, in English, UTF-8
};

// The SEPA countries and territories (EU/EEA, Switzerland, the United Kingdom,
// Monaco, San Marino, Vatican City, Andorra, Gibraltar) with their lengths and
// bank identifier positions from the SWIFT IBAN registry (release 98, 2024).
//
// The French overseas territories are listed in the registry under France and
// their banks issue FR IBANs, but IBANs with their own country code (and the
// French structure, 27 characters) are still in circulation, so they are
// accepted too.
constexpr Country kCountries[] = {
    {"AD", 24, 0, 4, "An Andorran IBAN"},
    {"AT", 20, 0, 5, "An Austrian IBAN"},
    {"BE", 16, 0, 3, "A Belgian IBAN"},
    {"BG", 22, 0, 4, "A Bulgarian IBAN"},
    {"CH", 21, 0, 5, "A Swiss IBAN"},
    {"CY", 28, 0, 3, "A Cypriot IBAN"},
    {"CZ", 24, 0, 4, "A Czech IBAN"},
    {"DE", 22, 0, 8, "A German IBAN"},
    {"DK", 18, 0, 4, "A Danish IBAN"},
    {"EE", 20, 0, 2, "An Estonian IBAN"},
    {"ES", 24, 0, 4, "A Spanish IBAN"},
    {"FI", 18, 0, 3, "A Finnish IBAN"},
    {"FR", 27, 0, 5, "A French IBAN"},
    {"GB", 22, 0, 4, "A British IBAN"},
    {"GI", 23, 0, 4, "A Gibraltar IBAN"},
    {"GR", 27, 0, 3, "A Greek IBAN"},
    {"HR", 21, 0, 7, "A Croatian IBAN"},
    {"HU", 28, 0, 3, "A Hungarian IBAN"},
    {"IE", 22, 0, 4, "An Irish IBAN"},
    {"IS", 26, 0, 2, "An Icelandic IBAN"},
    {"IT", 27, 1, 5, "An Italian IBAN"},
    {"LI", 21, 0, 5, "A Liechtenstein IBAN"},
    {"LT", 20, 0, 5, "A Lithuanian IBAN"},
    {"LU", 20, 0, 3, "A Luxembourg IBAN"},
    {"LV", 21, 0, 4, "A Latvian IBAN"},
    {"MC", 27, 0, 5, "A Monaco IBAN"},
    {"MT", 31, 0, 4, "A Maltese IBAN"},
    {"NL", 18, 0, 4, "A Dutch IBAN"},
    {"NO", 15, 0, 4, "A Norwegian IBAN"},
    {"PL", 28, 0, 0, "A Polish IBAN"},
    {"PT", 25, 0, 4, "A Portuguese IBAN"},
    {"RO", 24, 0, 4, "A Romanian IBAN"},
    {"SE", 24, 0, 3, "A Swedish IBAN"},
    {"SI", 19, 0, 5, "A Slovenian IBAN"},
    {"SK", 24, 0, 4, "A Slovak IBAN"},
    {"SM", 27, 1, 5, "A San Marino IBAN"},
    {"VA", 22, 0, 3, "A Vatican City IBAN"},
    // French overseas territories (French BBAN structure).
    {"BL", 27, 0, 5, "An IBAN from Saint Barth\u00e9lemy"},
    {"GF", 27, 0, 5, "An IBAN from French Guiana"},
    {"GP", 27, 0, 5, "An IBAN from Guadeloupe"},
    {"MF", 27, 0, 5, "An IBAN from Saint Martin"},
    {"MQ", 27, 0, 5, "An IBAN from Martinique"},
    {"NC", 27, 0, 5, "An IBAN from New Caledonia"},
    {"PF", 27, 0, 5, "An IBAN from French Polynesia"},
    {"PM", 27, 0, 5, "An IBAN from Saint Pierre and Miquelon"},
    {"RE", 27, 0, 5, "An IBAN from R\u00e9union"},
    {"TF", 27, 0, 5, "An IBAN from the French Southern Territories"},
    {"WF", 27, 0, 5, "An IBAN from Wallis and Futuna"},
    {"YT", 27, 0, 5, "An IBAN from Mayotte"},
};

// The shortest IBAN in the table (Norway).
constexpr int kMinLength = 15;

struct DutchBank
{
    char code[5];
    const char *name;
};

// Bank codes of Dutch IBANs (the first four letters of the bank's BIC), from
// the BIC list of the Dutch Payments Association. Only well-established ones.
constexpr DutchBank kDutchBanks[] = {
    {"ABNA", "ABN AMRO"},
    {"ADYB", "Adyen"},
    {"ASNB", "ASN Bank"},
    {"BITS", "Yoursafe"}, // formerly Bitsafe
    {"BUNQ", "bunq"},
    {"DEUT", "Deutsche Bank"},
    {"FVLB", "Van Lanschot"},
    {"HAND", "Handelsbanken"},
    {"INGB", "ING"},
    {"KNAB", "Knab"},
    {"NNBA", "Nationale-Nederlanden"},
    {"RABO", "Rabobank"},
    {"RBRB", "RegioBank"},
    {"SNSB", "SNS"},
    {"TRIO", "Triodos Bank"},
};

bool isUpperLetter(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool equalsAscii(QStringView text, const char *ascii)
{
    qsizetype i = 0;
    for (; ascii[i] != '\0'; ++i) {
        if (i >= text.size() || text[i].unicode() != char16_t(ascii[i]))
            return false;
    }
    return i == text.size();
}

const Country *findCountry(QStringView code)
{
    for (const Country &country : kCountries) {
        if (equalsAscii(code, country.code))
            return &country;
    }
    return nullptr;
}

Error ibanError(const char *code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), QStringLiteral("iban")};
}

// How to name a refused character in a message: quoted when it can be seen,
// by its code point when it cannot (control characters, zero-width spaces).
QString describeCharacter(char32_t codePoint)
{
    if (QChar::isPrint(codePoint))
        return QLatin1Char('"') + QString::fromUcs4(&codePoint, 1) + QLatin1Char('"');
    return QStringLiteral("the invisible character U+")
        + QString::number(uint(codePoint), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to
// the end and letters counted as 10 (A) to 35 (Z). Expects A-Z0-9 only.
int mod97(QStringView iban)
{
    int remainder = 0;
    auto feed = [&remainder](QChar c) {
        if (isDigit(c))
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
    };
    for (qsizetype i = 4; i < iban.size(); ++i)
        feed(iban[i]);
    for (qsizetype i = 0; i < 4 && i < iban.size(); ++i)
        feed(iban[i]);
    return remainder;
}

QString groupsOfFour(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += text[i];
    }
    return out;
}

} // namespace

Iban::Iban(QString normalized)
    : m_normalized(std::move(normalized))
{ }

Result<Iban> Iban::parse(const QString &input)
{
    QString iban;
    iban.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (isUpperLetter(c) || isDigit(c)) {
            iban += c;
        } else if (c.unicode() >= u'a' && c.unicode() <= u'z') {
            iban += QChar(char16_t(c.unicode() - u'a' + u'A'));
        } else if (c.isSpace()) {
            continue;
        } else {
            char32_t codePoint = c.unicode();
            if (c.isHighSurrogate() && i + 1 < input.size() && input[i + 1].isLowSurrogate())
                codePoint = QChar::surrogateToUcs4(c, input[i + 1]);
            return ibanError(
                "iban.characters",
                QStringLiteral("An IBAN may only contain the letters A to Z and the digits 0 to 9, "
                               "not %1.")
                    .arg(describeCharacter(codePoint)));
        }
    }

    if (iban.isEmpty())
        return ibanError("iban.empty", QStringLiteral("No IBAN was entered."));

    if (iban.size() < 2) {
        return ibanError("iban.length",
                         QStringLiteral("An IBAN has at least %1 characters; this one has %2.")
                             .arg(kMinLength)
                             .arg(iban.size()));
    }

    const QStringView code = QStringView(iban).left(2);
    if (!isUpperLetter(code[0]) || !isUpperLetter(code[1])) {
        return ibanError(
            "iban.country_unknown",
            QStringLiteral("An IBAN starts with a two-letter country code such as NL, not \"%1\".")
                .arg(code));
    }
    const Country *country = findCountry(code);
    if (!country) {
        return ibanError(
            "iban.country_unknown",
            QStringLiteral("Unknown country code \"%1\": only IBANs from SEPA countries are accepted.")
                .arg(code));
    }

    if (iban.size() != country->length) {
        return ibanError("iban.length",
                         QStringLiteral("%1 has %2 characters; this one has %3.")
                             .arg(QString::fromUtf8(country->subject))
                             .arg(country->length)
                             .arg(iban.size()));
    }

    if (!isDigit(iban[2]) || !isDigit(iban[3])) {
        return ibanError(
            "iban.format",
            QStringLiteral("The two characters after the country code are the check digits and must "
                           "be digits."));
    }

    if (equalsAscii(code, "NL")) {
        for (qsizetype i = 4; i < 8; ++i) {
            if (!isUpperLetter(iban[i])) {
                return ibanError(
                    "iban.format",
                    QStringLiteral("In a Dutch IBAN the four characters after the check digits are "
                                   "the bank code and must be letters (such as ABNA or RABO)."));
            }
        }
        for (qsizetype i = 8; i < 18; ++i) {
            if (!isDigit(iban[i])) {
                return ibanError(
                    "iban.format",
                    QStringLiteral("In a Dutch IBAN the last ten characters are the account number "
                                   "and must be digits."));
            }
        }
    }

    // Check digits 00, 01 and 99 satisfy mod 97 for some IBANs but are never
    // issued (ISO 13616 check digits run from 02 to 98).
    const QStringView checkDigits = QStringView(iban).mid(2, 2);
    const bool reservedCheckDigits = checkDigits == u"00" || checkDigits == u"01" || checkDigits == u"99";
    if (reservedCheckDigits || mod97(iban) != 1) {
        return ibanError("iban.checksum",
                         QStringLiteral("The check digits do not match: there is probably a typo."));
    }

    return Iban(std::move(iban));
}

bool Iban::isValid(const QString &input)
{
    return parse(input).ok();
}

int Iban::expectedLength(const QString &countryCode)
{
    const QString code = countryCode.trimmed().toUpper();
    const Country *country = findCountry(code);
    return country ? country->length : 0;
}

QString Iban::formatted() const
{
    return groupsOfFour(m_normalized);
}

QString Iban::masked() const
{
    QString masked = m_normalized;
    for (qsizetype i = 4; i < masked.size() - 4; ++i)
        masked[i] = QLatin1Char('*');
    return groupsOfFour(masked);
}

QString Iban::bankCode() const
{
    const Country *country = findCountry(QStringView(m_normalized).left(2));
    if (!country || country->bankLength == 0)
        return {};
    return m_normalized.mid(4 + country->bankStart, country->bankLength);
}

QString Iban::bankName() const
{
    if (!equalsAscii(QStringView(m_normalized).left(2), "NL"))
        return {};
    const QStringView code = QStringView(m_normalized).mid(4, 4);
    for (const DutchBank &bank : kDutchBanks) {
        if (equalsAscii(code, bank.code))
            return QString::fromUtf8(bank.name);
    }
    return {};
}

} // namespace dpdesk
