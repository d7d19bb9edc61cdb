#pragma once

#include "core/domain/Application.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/NamedEnum.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace dpdesk::server {

// What the customer is told on the overview besides the ticks. Each has a
// Dutch text (CustomerTexts.h, noticeText).
enum class CustomerNotice {
    DetailsWrong, // S2: you said your details are wrong; the intermediary acts
    ContractRefused, // S6: you refused the contract
    WaitingForCoApplicant, // S9: you signed, the other applicant has not yet
    CoApplicantSigned, // S9: the other applicant signed and waits for you
    CoApplicantRefused, // S6 of the other applicant: nobody else does this well
    CoApplicantDetailsWrong, // S2 of the other applicant
    IdinCancelled, // S7: the last iDIN attempt was cancelled at the bank
    IdinExpired, // S7
    IdinFailed, // S7
    IdentificationFailed, // I4: red, with the reason; a new attempt is possible
    FinishedWaitingForCoApplicant, // all your steps are done, the other's are not
    ApplicationComplete // I5
};

// How the other applicant is doing, as far as it concerns this one.
enum class CoApplicantStatus { InProgress, Signed, Refused, DetailsWrong };

struct CoApplicantView
{
    int position = 2;
    QString fullName;
    CoApplicantStatus status = CoApplicantStatus::InProgress;
};

// The overview page of one applicant (D2, S9, I5): the three steps with
// their ticks, where the applicant is now, and what they must be told.
struct CustomerOverview
{
    QString applicationId;
    QString reference;
    int contractVersion = 1;
    QString applicantId;
    int position = 1;
    QString fullName;

    FlowStep currentStep = FlowStep::Documents;
    DocumentsState documents = DocumentsState::Open; // ticked when Accepted (D2)
    SigningState signing = SigningState::Open; // ticked when Signed (S9)
    IdentificationState identification = IdentificationState::Open; // ticked when Done (I4)
    QString identificationFailureReason;
    std::optional<IdinStatus> idinStatus;
    bool applicationComplete = false; // I5

    std::optional<CoApplicantView> coApplicant;
    QList<CustomerNotice> notices;
};

// Pure: the overview of the applicant with applicantId in application (which
// must hold them).
CustomerOverview buildOverview(const Application &application, const QString &applicantId);

} // namespace dpdesk::server

namespace dpdesk {
template<>
struct EnumNames<server::CustomerNotice>
{
    static constexpr std::pair<server::CustomerNotice, const char *> entries[] = {
        {server::CustomerNotice::DetailsWrong, "details_wrong"},
        {server::CustomerNotice::ContractRefused, "contract_refused"},
        {server::CustomerNotice::WaitingForCoApplicant, "waiting_for_co_applicant"},
        {server::CustomerNotice::CoApplicantSigned, "co_applicant_signed"},
        {server::CustomerNotice::CoApplicantRefused, "co_applicant_refused"},
        {server::CustomerNotice::CoApplicantDetailsWrong, "co_applicant_details_wrong"},
        {server::CustomerNotice::IdinCancelled, "idin_cancelled"},
        {server::CustomerNotice::IdinExpired, "idin_expired"},
        {server::CustomerNotice::IdinFailed, "idin_failed"},
        {server::CustomerNotice::IdentificationFailed, "identification_failed"},
        {server::CustomerNotice::FinishedWaitingForCoApplicant, "finished_waiting_for_co_applicant"},
        {server::CustomerNotice::ApplicationComplete, "application_complete"},
    };
};

template<>
struct EnumNames<server::CoApplicantStatus>
{
    static constexpr std::pair<server::CoApplicantStatus, const char *> entries[] = {
        {server::CoApplicantStatus::InProgress, "in_progress"},
        {server::CoApplicantStatus::Signed, "signed"},
        {server::CoApplicantStatus::Refused, "refused"},
        {server::CoApplicantStatus::DetailsWrong, "details_wrong"},
    };
};
} // namespace dpdesk
