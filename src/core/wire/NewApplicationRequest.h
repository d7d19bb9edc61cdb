#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dpdesk {

struct NewApplicantRequest
{
    QString fullName;
    QDate dateOfBirth;
    QString email;
    QString phone; // empty: not given

    friend bool operator==(const NewApplicantRequest &, const NewApplicantRequest &) = default;
};

// What the client sends to create an application (POST):
// {"reference", "loanAmountCents", "loanKind", "termMonths",
//  "iban": string|null, "accountHolder": string|null,
//  "applicants": [{"fullName", "dateOfBirth", "email", "phone": string|null}, ...]}
// One or two applicants; their positions are their order. The server adds
// ids, office, advisor, states and times.
struct NewApplicationRequest
{
    QString reference;
    qint64 loanAmountCents = 0;
    LoanKind loanKind = LoanKind::PersonalLoan;
    int termMonths = 0;
    QString iban; // normalized; empty: the customer's bank account is not known yet (S4)
    QString accountHolder;
    QList<NewApplicantRequest> applicants;

    friend bool operator==(const NewApplicationRequest &, const NewApplicationRequest &) = default;
};

QJsonObject toJson(const NewApplicationRequest &request);

// Besides the field rules: an e-mail address of the right shape, a phone
// number of the right shape, an IBAN in normalized form, and a date of birth
// in the past of an applicant who is an adult on today (checkDateOfBirth in
// CommonFields.h). today is the caller's Clock date (Europe/Amsterdam for
// the Dutch lender).
Result<NewApplicationRequest> newApplicationRequestFromJson(const QJsonObject &object, QDate today);

} // namespace dpdesk
