#include "core/wire/BankAccountChange.h"

#include "core/iban/Iban.h"
#include "core/wire/CommonFields.h"
#include "core/wire/FieldReader.h"

namespace dpdesk {

namespace {
// Wide enough for the print form (34 characters and 8 spaces), so that a
// print-form IBAN gets the precise message below rather than a length error.
constexpr TextRule kIbanInputRule{TextKind::Line, 50};
} // namespace

QJsonObject toJson(const BankAccountChange &change)
{
    return QJsonObject{
        {QStringLiteral("iban"), change.iban},
        {QStringLiteral("accountHolder"), change.accountHolder},
    };
}

Result<BankAccountChange> bankAccountChangeFromJson(const QJsonObject &object)
{
    return readWith<BankAccountChange>(object, {}, [](FieldReader &reader) {
        BankAccountChange change;
        const QString iban = reader.string(u"iban", kIbanInputRule);
        change.accountHolder = reader.string(u"accountHolder", kNameRule);
        if (!reader.ok())
            return change;
        const auto parsed = Iban::parse(iban);
        if (!parsed) {
            reader.fail(u"iban", parsed.error().code, parsed.error().message);
            return change;
        }
        if (parsed->normalized() != iban) {
            reader.fail(u"iban", wire_error::InvalidValue,
                        QStringLiteral("Send the IBAN in electronic form, capitals without spaces: %1.")
                            .arg(parsed->normalized()));
            return change;
        }
        change.iban = parsed->normalized();
        return change;
    });
}

} // namespace dpdesk
