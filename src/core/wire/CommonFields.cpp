#include "core/wire/CommonFields.h"

#include "core/domain/Age.h"
#include "core/iban/Iban.h"
#include "core/wire/TextShapes.h"

namespace dpdesk {

void checkEmail(FieldReader &reader, QStringView key, const QString &value)
{
    if (!value.isEmpty() && !isEmailShape(value))
        reader.fail(key, wire_error::InvalidValue, QStringLiteral("Must be an e-mail address."));
}

void checkPhone(FieldReader &reader, QStringView key, const QString &value)
{
    if (!value.isEmpty() && !isPhoneShape(value))
        reader.fail(key, wire_error::InvalidValue,
                    QStringLiteral("Must be a phone number of 6 to 15 digits."));
}

void checkIban(FieldReader &reader, QStringView key, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!isIbanShape(value)) {
        reader.fail(key, wire_error::InvalidValue,
                    QStringLiteral("Must be an IBAN in electronic form: capitals and digits, no spaces."));
        return;
    }
    // The full ISO 13616 rules (country, length, mod 97) with their own codes.
    if (const auto iban = Iban::parse(value); !iban)
        reader.fail(key, iban.error().code, iban.error().message);
}

void checkDateOfBirth(FieldReader &reader, QStringView key, QDate dateOfBirth, QDate today)
{
    if (!dateOfBirth.isValid())
        return;
    if (dateOfBirth.year() < wire_limits::kEarliestBirthYear || dateOfBirth >= today)
        reader.fail(
            key, wire_error::OutOfRange,
            QStringLiteral("Must be a day in the past, from %1 on.").arg(wire_limits::kEarliestBirthYear));
    else if (!isAdultOn(dateOfBirth, today))
        reader.fail(key, wire_error::TooYoung,
                    QStringLiteral("The applicant must be at least %1 years old.").arg(kMinimumApplicantAge));
}

QJsonValue nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace dpdesk
