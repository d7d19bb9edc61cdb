#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace dpdesk {

// The four yes/no questions at the start of signing (S1), all answered at once.
struct SigningAnswers
{
    // (1) Are your personal details correct? "No" blocks signing (S2).
    bool detailsCorrect = true;
    // (2) Do you live in the Netherlands? Recorded, changes nothing (S3).
    bool livesInNetherlands = true;
    // (3) (assumed) Works in or earns income from a listed high-risk sector.
    // "Yes" needs an explanation and at least one sector (S1).
    bool highRiskSector = false;
    QString highRiskExplanation;
    QStringList highRiskSectors;
    // (4) (assumed) Politically exposed person. "Yes" needs an explanation (S1).
    bool politicallyExposed = false;
    QString politicallyExposedExplanation;

    friend bool operator==(const SigningAnswers &, const SigningAnswers &) = default;
};

// Error codes of validateAnswers; Error::field is the member name, relative
// to the answers object (the wire layer prefixes its JSON path).
namespace answer_error {
inline constexpr char ExplanationRequired[] = "answers.explanation_required";
inline constexpr char SectorRequired[] = "answers.sector_required";
inline constexpr char NotExpected[] = "answers.not_expected";
} // namespace answer_error

// S1: a "yes" on question 3 needs a non-blank explanation and at least one
// sector; a "yes" on question 4 needs a non-blank explanation. An explanation
// or sector given with a "no" is refused (answers.not_expected) rather than
// silently dropped, so that what is stored is exactly what the customer saw.
Status validateAnswers(const SigningAnswers &answers);

} // namespace dpdesk
