#pragma once

#include "core/Result.h"
#include "core/domain/Applicant.h"
#include "core/wire/FieldReader.h"

#include <QJsonObject>

namespace dpdesk {

// An applicant record with its checklist, as the server sends it:
// {"id", "position": 1|2, "fullName", "dateOfBirth": "YYYY-MM-DD", "email",
//  "phone": string|null, "documents", "identification",
//  "identificationDocument": enum|null, "identificationFailureReason": text|null,
//  "signing", "refusalReason": text|null, "answers": object|null,
//  "ibanConfirmed", "idinVerified", "idinStatus": enum|null (absent reads as null),
//  "signedContractVersion", "invitation": object|null}
// answers: {"detailsCorrect", "livesInNetherlands", "highRiskSector",
//  "highRiskExplanation": text|null, "highRiskSectors": [line, ...],
//  "politicallyExposed", "politicallyExposedExplanation": text|null}, checked
// with validateAnswers (S1). Consistency: refusalReason is set exactly when
// signing is refused (S6); identificationFailureReason only when failed;
// the invitation's applicantId is the applicant's id.
QJsonObject toJson(const Applicant &applicant);
QJsonObject toJson(const SigningAnswers &answers);
Applicant readApplicant(FieldReader &reader);
SigningAnswers readSigningAnswers(FieldReader &reader);
Result<Applicant> applicantFromJson(const QJsonObject &object, const QString &path = {});

} // namespace dpdesk
