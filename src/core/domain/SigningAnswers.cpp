#include "core/domain/SigningAnswers.h"

namespace dpdesk {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

Status validateAnswers(const SigningAnswers &answers)
{
    // S1, question 3.
    if (answers.highRiskSector) {
        if (isBlank(answers.highRiskExplanation))
            return Error{answer_error::ExplanationRequired,
                         QStringLiteral("A \"yes\" on the high-risk sector question needs an explanation."),
                         QStringLiteral("highRiskExplanation")};
        if (answers.highRiskSectors.isEmpty())
            return Error{
                answer_error::SectorRequired,
                QStringLiteral("A \"yes\" on the high-risk sector question needs at least one sector."),
                QStringLiteral("highRiskSectors")};
    } else {
        if (!answers.highRiskExplanation.isEmpty())
            return Error{answer_error::NotExpected,
                         QStringLiteral(
                             "An explanation is only given with a \"yes\" on the high-risk sector question."),
                         QStringLiteral("highRiskExplanation")};
        if (!answers.highRiskSectors.isEmpty())
            return Error{
                answer_error::NotExpected,
                QStringLiteral("Sectors are only ticked with a \"yes\" on the high-risk sector question."),
                QStringLiteral("highRiskSectors")};
    }
    // S1, question 4.
    if (answers.politicallyExposed) {
        if (isBlank(answers.politicallyExposedExplanation))
            return Error{
                answer_error::ExplanationRequired,
                QStringLiteral("A \"yes\" on the politically exposed question needs an explanation."),
                QStringLiteral("politicallyExposedExplanation")};
    } else if (!answers.politicallyExposedExplanation.isEmpty()) {
        return Error{answer_error::NotExpected,
                     QStringLiteral(
                         "An explanation is only given with a \"yes\" on the politically exposed question."),
                     QStringLiteral("politicallyExposedExplanation")};
    }
    return Status::success();
}

} // namespace dpdesk
