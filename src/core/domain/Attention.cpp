#include "core/domain/Attention.h"

#include <algorithm>

namespace dpdesk {

QList<AttentionReason> attentionReasons(const Applicant &applicant)
{
    QList<AttentionReason> reasons;
    if (applicant.invitation && applicant.invitation->state == InvitationState::Locked)
        reasons.append(AttentionReason::InvitationLocked); // C5
    if (applicant.signing == SigningState::QuestionsBlocked)
        reasons.append(AttentionReason::DetailsWrong); // S2
    if (applicant.signing == SigningState::Refused)
        reasons.append(AttentionReason::ContractRefused); // S6
    if (applicant.identification == IdentificationState::Failed)
        reasons.append(AttentionReason::IdentificationFailed); // I4
    return reasons;
}

bool needsAttention(const Application &application)
{
    return std::any_of(application.applicants.cbegin(), application.applicants.cend(),
                       [](const Applicant &a) { return !attentionReasons(a).isEmpty(); });
}

} // namespace dpdesk
