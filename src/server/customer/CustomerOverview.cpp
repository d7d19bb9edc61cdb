#include "server/customer/CustomerOverview.h"

namespace dpdesk::server {

namespace {
bool hasSigned(SigningState s)
{
    return s == SigningState::WaitingForCoApplicant || s == SigningState::Signed;
}

CoApplicantStatus statusOf(const Applicant &other)
{
    switch (other.signing) {
    case SigningState::Refused:
        return CoApplicantStatus::Refused;
    case SigningState::QuestionsBlocked:
        return CoApplicantStatus::DetailsWrong;
    case SigningState::WaitingForCoApplicant:
    case SigningState::Signed:
        return CoApplicantStatus::Signed;
    case SigningState::Open:
        break;
    }
    return CoApplicantStatus::InProgress;
}
} // namespace

CustomerOverview buildOverview(const Application &application, const QString &applicantId)
{
    CustomerOverview o;
    o.applicationId = application.id;
    o.reference = application.reference;
    o.contractVersion = application.contractVersion;
    o.applicationComplete = isComplete(application);
    const Applicant *other = nullptr;
    for (const Applicant &a : application.applicants) {
        if (a.id == applicantId) {
            o.applicantId = a.id;
            o.position = a.position;
            o.fullName = a.fullName;
            o.currentStep = currentStep(a);
            o.documents = a.documents;
            o.signing = a.signing;
            o.identification = a.identification;
            o.identificationFailureReason = a.identificationFailureReason;
            o.idinStatus = a.idinStatus;
        } else {
            other = &a;
        }
    }
    if (other)
        o.coApplicant = CoApplicantView{other->position, other->fullName, statusOf(*other)};

    QList<CustomerNotice> &n = o.notices;
    if (o.signing == SigningState::QuestionsBlocked)
        n.append(CustomerNotice::DetailsWrong); // S2
    if (o.signing == SigningState::Refused)
        n.append(CustomerNotice::ContractRefused); // S6
    if (o.coApplicant) {
        switch (o.coApplicant->status) {
        case CoApplicantStatus::Refused: // the other applicant is told (issue 6)
            n.append(CustomerNotice::CoApplicantRefused);
            break;
        case CoApplicantStatus::DetailsWrong:
            n.append(CustomerNotice::CoApplicantDetailsWrong);
            break;
        case CoApplicantStatus::Signed:
            if (!hasSigned(o.signing) && o.currentStep != FlowStep::WaitingForOffice)
                n.append(CustomerNotice::CoApplicantSigned);
            break;
        case CoApplicantStatus::InProgress:
            break;
        }
    }
    if (o.signing == SigningState::WaitingForCoApplicant)
        n.append(CustomerNotice::WaitingForCoApplicant); // S9
    if (o.currentStep == FlowStep::Contract && o.idinStatus) {
        if (*o.idinStatus == IdinStatus::Cancelled)
            n.append(CustomerNotice::IdinCancelled);
        else if (*o.idinStatus == IdinStatus::Expired)
            n.append(CustomerNotice::IdinExpired);
        else if (*o.idinStatus == IdinStatus::Failure)
            n.append(CustomerNotice::IdinFailed);
    }
    if (o.identification == IdentificationState::Failed)
        n.append(CustomerNotice::IdentificationFailed); // I4
    if (o.applicationComplete)
        n.append(CustomerNotice::ApplicationComplete); // I5
    else if (o.currentStep == FlowStep::Finished)
        n.append(CustomerNotice::FinishedWaitingForCoApplicant);
    return o;
}

} // namespace dpdesk::server
