#include "gui/models/ListStates.h"

namespace dpdesk::gui {

StepMark stepMark(const client::ApplicantRow &applicant, ChecklistStep step)
{
    switch (step) {
    case ChecklistStep::Documents: // D1, D2
        return applicant.documents == DocumentsState::Accepted ? StepMark::Done : StepMark::ToDo;
    case ChecklistStep::Identification: // I1-I4
        switch (applicant.identification) {
        case IdentificationState::Open:
            return StepMark::ToDo;
        case IdentificationState::InProgress:
            return StepMark::InProgress;
        case IdentificationState::Done:
            return StepMark::Done;
        case IdentificationState::Failed:
            return StepMark::NeedsAction; // I4
        }
        break;
    case ChecklistStep::Signing: // S1-S9
        switch (applicant.signing) {
        case SigningState::Open:
            // Past the documents and into the questions, IBAN or contract (S1-S8).
            return applicant.step == FlowStep::Iban || applicant.step == FlowStep::Contract
                    || applicant.step == FlowStep::Signing
                ? StepMark::InProgress
                : StepMark::ToDo;
        case SigningState::QuestionsBlocked: // S2
        case SigningState::Refused: // S6
            return StepMark::NeedsAction;
        case SigningState::WaitingForCoApplicant: // S9
            return StepMark::InProgress;
        case SigningState::Signed:
            return StepMark::Done;
        }
        break;
    }
    return StepMark::ToDo;
}

InvitationStatus invitationStatus(const client::ApplicantRow &applicant, qint64 nowMs)
{
    if (!applicant.hasInvitation)
        return InvitationStatus::None;
    switch (applicant.invitationState) {
    case InvitationState::Active: // expired from expiresAt on (LoginRules.h, isExpired)
        return nowMs >= applicant.invitationExpiresAtMs ? InvitationStatus::Expired
                                                        : InvitationStatus::Active;
    case InvitationState::Locked:
        return InvitationStatus::Locked;
    case InvitationState::Revoked:
        return InvitationStatus::Revoked;
    case InvitationState::Completed:
        return InvitationStatus::Completed;
    }
    return InvitationStatus::None;
}

bool isWaitingForCustomer(const client::ApplicationRow &row, qint64 nowMs)
{
    if (row.complete || row.applicants.isEmpty())
        return false;
    for (const client::ApplicantRow &applicant : row.applicants) {
        if (applicant.needsAttention())
            return false;
        if (applicant.step != FlowStep::Finished
            && invitationStatus(applicant, nowMs) != InvitationStatus::Active)
            return false; // not invited, expired, locked or revoked: the office must act
    }
    return true;
}

} // namespace dpdesk::gui
