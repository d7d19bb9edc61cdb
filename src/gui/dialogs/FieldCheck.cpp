#include "gui/dialogs/FieldCheck.h"

#include "core/domain/Age.h"
#include "core/iban/Iban.h"
#include "core/wire/TextShapes.h"
#include "core/wire/WireLimits.h"

#include <QLocale>
#include <QRegularExpression>

namespace dpdesk::gui {

namespace {

FieldCheck make(FieldCheck::State state, QString message = {})
{
    return FieldCheck{state, std::move(message)};
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

FieldCheck FieldChecks::requiredText(const QString &text, const QString &missingMessage)
{
    if (text.trimmed().isEmpty())
        return make(FieldCheck::State::Incomplete, missingMessage);
    return make(FieldCheck::State::Valid);
}

FieldCheck FieldChecks::iban(const QString &text)
{
    const QString compact = withoutSpaces(text).toUpper();
    if (compact.isEmpty())
        return make(FieldCheck::State::Empty);

    const Result<Iban> parsed = Iban::parse(text);
    if (parsed) {
        const Iban &iban = parsed.value();
        const QString bank = iban.bankName();
        if (!bank.isEmpty())
            return make(FieldCheck::State::Valid, tr("Bank: %1").arg(bank));
        if (iban.countryCode() == QLatin1String("NL"))
            return make(FieldCheck::State::Valid, tr("Valid Dutch IBAN (bank code %1)").arg(iban.bankCode()));
        return make(FieldCheck::State::Valid, tr("Valid IBAN from %1").arg(iban.countryCode()));
    }

    // Iban::parse decided; this only words its verdict (error codes in Iban.h).
    const QString code = parsed.error().code;
    const QString country = compact.left(2);
    if (code == QLatin1String("iban.characters"))
        return make(FieldCheck::State::Invalid,
                    tr("An IBAN has only the letters A to Z and the digits 0 to 9."));
    if (code == QLatin1String("iban.country_unknown")) {
        if (!country.front().isLetter() || !country.back().isLetter())
            return make(FieldCheck::State::Invalid,
                        tr("An IBAN starts with a two-letter country code, such as NL."));
        return make(
            FieldCheck::State::Invalid,
            tr("%1 is not a SEPA country: only IBANs from SEPA countries are accepted.").arg(country));
    }
    if (code == QLatin1String("iban.length")) {
        const int expected = Iban::expectedLength(country);
        if (compact.size() < 2 || expected == 0)
            return make(FieldCheck::State::Incomplete,
                        tr("An IBAN starts with a two-letter country code, such as NL."));
        if (compact.size() < expected)
            return make(FieldCheck::State::Incomplete,
                        tr("Too short: %1 IBANs have %2 characters; this one has %3.")
                            .arg(country)
                            .arg(expected)
                            .arg(compact.size()));
        return make(FieldCheck::State::Invalid,
                    tr("Too long: %1 IBANs have %2 characters; this one has %3.")
                        .arg(country)
                        .arg(expected)
                        .arg(compact.size()));
    }
    if (code == QLatin1String("iban.format")) {
        if (!isAsciiDigit(compact.at(2)) || !isAsciiDigit(compact.at(3)))
            return make(FieldCheck::State::Invalid,
                        tr("The two characters after the country code are the check digits and must be "
                           "digits."));
        if (country == QLatin1String("NL"))
            return make(FieldCheck::State::Invalid,
                        tr("A Dutch IBAN has 4 letters for the bank (such as INGB) after the check digits, "
                           "then 10 digits."));
        return make(FieldCheck::State::Invalid, tr("This is not how a %1 IBAN is built.").arg(country));
    }
    if (code == QLatin1String("iban.checksum"))
        return make(FieldCheck::State::Invalid,
                    tr("The check digits do not match: probably a typo. Compare it with the customer's "
                       "bank card."));
    return make(FieldCheck::State::Invalid, parsed.error().message);
}

QDate FieldChecks::parseDate(const QString &text)
{
    static const QRegularExpression separated(QStringLiteral(R"(^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = separated.match(trimmed);
    if (!match.hasMatch())
        match = compact.match(trimmed);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

FieldCheck FieldChecks::dateOfBirth(const QString &text, QDate today)
{
    static const QRegularExpression partial(QStringLiteral(R"(^[\d\-/. ]{0,9}$)"));
    const QString trimmed = text.trimmed();
    const QString format = tr("Type the date of birth as DD-MM-YYYY, for example 24-03-1980.");
    if (trimmed.isEmpty())
        return make(FieldCheck::State::Incomplete, format);

    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$|^\d{8}$)"));
    if (!shape.match(trimmed).hasMatch()) {
        const bool typing = partial.match(trimmed).hasMatch();
        return make(typing ? FieldCheck::State::Incomplete : FieldCheck::State::Invalid, format);
    }
    const QDate date = parseDate(trimmed);
    if (!date.isValid())
        return make(FieldCheck::State::Invalid,
                    tr("%1 is not a date on the calendar: check the day and the month.").arg(trimmed));
    if (date.year() < wire_limits::kEarliestBirthYear)
        return make(FieldCheck::State::Invalid,
                    tr("A date of birth before %1 is not accepted.").arg(wire_limits::kEarliestBirthYear));
    if (date >= today)
        return make(FieldCheck::State::Invalid, tr("A date of birth must be in the past."));
    const int age = ageOn(date, today);
    if (!isAdultOn(date, today))
        return make(FieldCheck::State::Invalid,
                    tr("The applicant must be at least %1 years old; with this date of birth, the "
                       "applicant is %2.")
                        .arg(kMinimumApplicantAge)
                        .arg(age));
    return make(FieldCheck::State::Valid,
                tr("%1 (age %2)").arg(QLocale().toString(date, QStringLiteral("d MMMM yyyy"))).arg(age));
}

FieldCheck FieldChecks::email(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return make(FieldCheck::State::Incomplete, tr("Enter the e-mail address."));
    if (isEmailShape(trimmed))
        return make(FieldCheck::State::Valid);
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    const QString shape = tr("This is not an e-mail address: it looks like name@example.nl.");
    if (trimmed.contains(QLatin1Char(' ')) || (at >= 0 && trimmed.lastIndexOf(QLatin1Char('@')) != at))
        return make(FieldCheck::State::Invalid, shape);
    if (at < 0)
        return make(FieldCheck::State::Incomplete, tr("An e-mail address has an @, as in name@example.nl."));
    const QString domain = trimmed.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || domain.size() - dot - 1 < 2)
        return make(FieldCheck::State::Incomplete,
                    tr("The part after the @ is a domain such as example.nl."));
    return make(FieldCheck::State::Invalid, shape);
}

FieldCheck FieldChecks::phone(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return make(FieldCheck::State::Empty);
    if (isPhoneShape(trimmed))
        return make(FieldCheck::State::Valid);
    int digits = 0;
    for (const QChar c : trimmed) {
        if (isAsciiDigit(c))
            ++digits;
    }
    if (digits > 15)
        return make(FieldCheck::State::Invalid, tr("Too long: a phone number has at most 15 digits."));
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[\d \-()]*$)"));
    if (!allowed.match(trimmed).hasMatch())
        return make(FieldCheck::State::Invalid,
                    tr("A phone number has only digits, spaces, - and ( ), and may start with +."));
    return make(FieldCheck::State::Incomplete, tr("Too short: a phone number has 6 to 15 digits."));
}

QUrl FieldChecks::parseServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

FieldCheck FieldChecks::serverUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return make(FieldCheck::State::Incomplete, tr("Enter the address of the portal service."));
    if (!parseServerUrl(trimmed).isEmpty())
        return make(FieldCheck::State::Valid);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!trimmed.contains(QLatin1String("://")))
        return make(FieldCheck::State::Incomplete,
                    tr("Start the address with https://, as in https://portal.example.nl."));
    if (url.isValid() && url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return make(FieldCheck::State::Invalid, tr("The address must start with https:// (or http://)."));
    return make(FieldCheck::State::Invalid,
                tr("This is not a web address; it looks like https://portal.example.nl."));
}

} // namespace dpdesk::gui
