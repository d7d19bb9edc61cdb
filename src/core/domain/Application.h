#pragma once

#include "core/domain/Applicant.h"
#include "core/domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dpdesk {

inline constexpr int kMaxApplicants = 2;

// One loan application (aanvraag) with its one or two applicants.
struct Application
{
    QString id;
    QString officeId;
    QString advisorId;
    QString reference; // the office's own reference
    qint64 loanAmountCents = 0;
    LoanKind loanKind = LoanKind::PersonalLoan;
    int termMonths = 0;
    // Normalized IBAN ("NL91ABNA0417164300"); empty when the office has not
    // filled it in (S4). Validate with Iban::parse where it enters the system.
    QString iban;
    QString accountHolder; // empty when not filled in
    int contractVersion = 1; // S5: a new contract increments it
    QList<Applicant> applicants; // 1..kMaxApplicants, in position order
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    // Monotonically increasing with every stored change; used as the ETag.
    qint64 version = 1;

    friend bool operator==(const Application &, const Application &) = default;
};

} // namespace dpdesk
