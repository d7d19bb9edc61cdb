#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace dpdesk {

// S5: the office changes the bank account of an application, which puts a
// new contract in place: {"iban": "NL91ABNA0417164300", "accountHolder":
// "J. de Boer"}. Both are required. The IBAN must be valid (Iban::parse:
// iban.* codes, field "iban") and sent in electronic form (capitals, no
// spaces); a valid IBAN in print form is refused with json.invalid_value
// and the electronic form in the message, so the sender stores what the
// user sees.
struct BankAccountChange
{
    QString iban; // normalized
    QString accountHolder;

    friend bool operator==(const BankAccountChange &, const BankAccountChange &) = default;
};

QJsonObject toJson(const BankAccountChange &change);
Result<BankAccountChange> bankAccountChangeFromJson(const QJsonObject &object);

} // namespace dpdesk
