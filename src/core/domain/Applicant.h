#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Invitation.h"
#include "core/domain/SigningAnswers.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dpdesk {

// One applicant of an application and their checklist (DOMAIN.md, "The
// back-office checklist"). Transitions are in ChecklistRules.h.
struct Applicant
{
    QString id;
    int position = 1; // 1 or 2
    QString fullName;
    QDate dateOfBirth; // also the login secret with the code or link (C2)
    QString email;
    QString phone; // empty when not given

    // D1, D2.
    DocumentsState documents = DocumentsState::Open;

    // I1-I4. The document type is the one used for the last result.
    IdentificationState identification = IdentificationState::Open;
    std::optional<IdDocumentType> identificationDocument;
    QString identificationFailureReason; // may stay empty when Failed

    // S1-S9.
    SigningState signing = SigningState::Open;
    QString refusalReason; // non-empty exactly when Refused (S6)
    std::optional<SigningAnswers> answers; // S1, empty until answered
    bool ibanConfirmed = false; // S4
    bool idinVerified = false; // S7
    // S7: the status of the applicant's last iDIN transaction (cancelled,
    // expired and failure are shown to the office); empty before the first.
    std::optional<IdinStatus> idinStatus;
    int signedContractVersion = 0; // 0: has not signed the current contract

    // The current invitation; its record carries no secret (Invitation.h).
    std::optional<Invitation> invitation;

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

} // namespace dpdesk
