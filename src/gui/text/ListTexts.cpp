#include "gui/text/ListTexts.h"

namespace dpdesk::gui {

QString ListTexts::stepName(ChecklistStep step)
{
    switch (step) {
    case ChecklistStep::Documents:
        return tr("Documents");
    case ChecklistStep::Identification:
        return tr("Identification");
    case ChecklistStep::Signing:
        return tr("Signing");
    }
    return {};
}

QString ListTexts::markWord(StepMark mark)
{
    switch (mark) {
    case StepMark::ToDo:
        return tr("to do");
    case StepMark::InProgress:
        return tr("in progress");
    case StepMark::Done:
        return tr("done");
    case StepMark::NeedsAction:
        return tr("needs action");
    }
    return {};
}

QString ListTexts::stepDetail(const client::ApplicantRow &applicant, ChecklistStep step)
{
    switch (step) {
    case ChecklistStep::Documents:
        return applicant.documents == DocumentsState::Accepted ? tr("accepted") : tr("not yet accepted");
    case ChecklistStep::Identification:
        switch (applicant.identification) {
        case IdentificationState::Open:
            return tr("not started");
        case IdentificationState::InProgress:
            return tr("in progress");
        case IdentificationState::Done:
            return tr("done");
        case IdentificationState::Failed:
            return tr("failed");
        }
        break;
    case ChecklistStep::Signing:
        switch (applicant.signing) {
        case SigningState::Open:
            return stepMark(applicant, step) == StepMark::InProgress ? tr("in progress") : tr("not started");
        case SigningState::QuestionsBlocked:
            return tr("stopped: details wrong");
        case SigningState::Refused:
            return tr("contract refused");
        case SigningState::WaitingForCoApplicant:
            return tr("signed, waiting for the co-applicant");
        case SigningState::Signed:
            return tr("signed");
        }
        break;
    }
    return {};
}

QString ListTexts::invitationWord(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::None:
        return tr("not invited");
    case InvitationStatus::Active:
        return tr("active");
    case InvitationStatus::Expired:
        return tr("expired");
    case InvitationStatus::Locked:
        return tr("locked");
    case InvitationStatus::Revoked:
        return tr("revoked");
    case InvitationStatus::Completed:
        return tr("completed");
    }
    return {};
}

QString ListTexts::invitationKindWord(InvitationKind kind)
{
    return kind == InvitationKind::Link ? tr("Link") : tr("Code");
}

} // namespace dpdesk::gui
