#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dpdesk {

// Changes to an applicant's details, found by position (1 or 2). Absent
// fields stay as they are; phone may be cleared with null.
struct ApplicantPatch
{
    int position = 1;
    std::optional<QString> fullName;
    std::optional<QDate> dateOfBirth;
    std::optional<QString> email;
    std::optional<QString> phone; // an empty string: clear

    friend bool operator==(const ApplicantPatch &, const ApplicantPatch &) = default;
};

// The editable fields of an application (PATCH; the version goes in
// If-Match). Absent fields stay as they are. iban and accountHolder may be
// cleared with null (held here as an empty string). Applicants cannot be
// added or removed here, and states, ids, versions and times are not
// editable at all (json.unknown_field).
// {"reference", "loanAmountCents", "loanKind", "termMonths",
//  "iban": string|null, "accountHolder": string|null,
//  "applicants": [{"position": 1|2, "fullName", "dateOfBirth", "email", "phone": string|null}]}
// Changing the IBAN or details that feed the contract calls for a new
// contract (S5, resetForNewContract); that is the server's decision.
struct ApplicationPatch
{
    std::optional<QString> reference;
    std::optional<qint64> loanAmountCents;
    std::optional<LoanKind> loanKind;
    std::optional<int> termMonths;
    std::optional<QString> iban; // an empty string: clear
    std::optional<QString> accountHolder; // an empty string: clear
    QList<ApplicantPatch> applicants; // empty: no applicant changes

    friend bool operator==(const ApplicationPatch &, const ApplicationPatch &) = default;
};

QJsonObject toJson(const ApplicationPatch &patch);

// The same value rules as NewApplicationRequest; applicants, when present,
// are 1 or 2 items with distinct positions. today as there.
Result<ApplicationPatch> applicationPatchFromJson(const QJsonObject &object, QDate today);

} // namespace dpdesk
