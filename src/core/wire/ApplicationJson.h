#pragma once

#include "core/Result.h"
#include "core/domain/Application.h"
#include "core/wire/FieldReader.h"

#include <QJsonObject>

namespace dpdesk {

// The full application record as the server sends it:
// {"id", "officeId", "advisorId", "reference", "loanAmountCents", "loanKind",
//  "termMonths", "iban": string|null, "accountHolder": string|null,
//  "contractVersion", "applicants": [1..2 applicant records, see
//  ApplicantJson.h], "createdAt", "updatedAt", "version"}
// applicants[i].position must be i + 1.
QJsonObject toJson(const Application &application);
Application readApplication(FieldReader &reader);
Result<Application> applicationFromJson(const QJsonObject &object, const QString &path = {});

} // namespace dpdesk
