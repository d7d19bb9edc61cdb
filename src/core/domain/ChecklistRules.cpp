#include "core/domain/ChecklistRules.h"

#include <algorithm>

namespace dpdesk {

namespace {

bool hasSigned(const Applicant &applicant)
{
    return applicant.signing == SigningState::WaitingForCoApplicant
        || applicant.signing == SigningState::Signed;
}

// The flow order; WaitingForOffice has no place in it.
int rank(FlowStep step)
{
    return static_cast<int>(step);
}

// The step order of the flow, enforced for every transition.
Status requireStep(const Applicant &applicant, FlowStep wanted)
{
    const FlowStep current = currentStep(applicant);
    if (current == wanted)
        return Status::success();
    if (current == FlowStep::WaitingForOffice)
        return Error{
            checklist_error::WaitingForOffice,
            QStringLiteral("Signing is stopped until the intermediary acts (details wrong or contract "
                           "refused)."),
            {}};
    if (rank(current) < rank(wanted))
        return Error{checklist_error::OutOfOrder,
                     QStringLiteral("Step \"%1\" comes first.").arg(enumToString(current)),
                     {}};
    return Error{checklist_error::AlreadyDone,
                 QStringLiteral("Step \"%1\" is already done.").arg(enumToString(wanted)),
                 {}};
}

int indexOfApplicant(const Application &application, const QString &applicantId)
{
    for (int i = 0; i < application.applicants.size(); ++i) {
        if (application.applicants.at(i).id == applicantId)
            return i;
    }
    return -1;
}

Error unknownApplicant()
{
    return Error{
        checklist_error::UnknownApplicant, QStringLiteral("No such applicant in this application."), {}};
}

} // namespace

FlowStep currentStep(const Applicant &applicant)
{
    if (applicant.documents != DocumentsState::Accepted)
        return FlowStep::Documents; // D1
    if (applicant.signing == SigningState::QuestionsBlocked || applicant.signing == SigningState::Refused)
        return FlowStep::WaitingForOffice; // S2, S6
    if (hasSigned(applicant)) // identification after signing (seed 003, step 25)
        return applicant.identification == IdentificationState::Done ? FlowStep::Finished
                                                                     : FlowStep::Identification;
    if (!applicant.answers)
        return FlowStep::Questions; // S1
    if (!applicant.ibanConfirmed)
        return FlowStep::Iban; // S4
    if (!applicant.idinVerified)
        return FlowStep::Contract; // S6, S7
    return FlowStep::Signing; // S8
}

Result<Applicant> acceptDocuments(const Applicant &applicant)
{
    if (const Status step = requireStep(applicant, FlowStep::Documents); !step)
        return step.error();
    Applicant next = applicant;
    next.documents = DocumentsState::Accepted; // D2
    return next;
}

Result<Applicant> answerQuestions(const Applicant &applicant, const SigningAnswers &answers)
{
    if (const Status step = requireStep(applicant, FlowStep::Questions); !step)
        return step.error();
    if (const Status valid = validateAnswers(answers); !valid) // S1
        return valid.error();
    Applicant next = applicant;
    next.answers = answers; // S3: livesInNetherlands is recorded, nothing more
    if (!answers.detailsCorrect)
        next.signing = SigningState::QuestionsBlocked; // S2
    return next;
}

Result<Applicant> confirmIban(const Applicant &applicant, const QString &applicationIban)
{
    if (const Status step = requireStep(applicant, FlowStep::Iban); !step)
        return step.error();
    if (applicationIban.isEmpty()) // S4
        return Error{checklist_error::IbanMissing,
                     QStringLiteral("The intermediary has not filled in the bank account yet."),
                     QStringLiteral("iban")};
    Applicant next = applicant;
    next.ibanConfirmed = true;
    return next;
}

Result<Applicant> refuseContract(const Applicant &applicant, const QString &reason)
{
    if (const Status step = requireStep(applicant, FlowStep::Contract); !step)
        return step.error();
    if (reason.trimmed().isEmpty()) // S6
        return Error{checklist_error::ReasonRequired, QStringLiteral("Refusing the contract needs a reason."),
                     QStringLiteral("reason")};
    Applicant next = applicant;
    next.signing = SigningState::Refused;
    next.refusalReason = reason;
    return next;
}

Result<Applicant> verifyIdin(const Applicant &applicant, bool verified)
{
    if (const Status step = requireStep(applicant, FlowStep::Contract); !step)
        return step.error();
    if (!verified) // S7 (assumed): stays at the contract step
        return Error{checklist_error::IdinNotVerified,
                     QStringLiteral("iDIN did not confirm the identity; choose a bank and try again."),
                     {}};
    Applicant next = applicant;
    next.idinVerified = true;
    return next;
}

Result<Applicant> recordIdinStatus(const Applicant &applicant, IdinStatus status)
{
    if (const Status step = requireStep(applicant, FlowStep::Contract); !step)
        return step.error();
    Applicant next = applicant;
    next.idinStatus = status;
    next.idinVerified = status == IdinStatus::Success; // S7
    return next;
}

Result<Application> sign(const Application &application, const QString &applicantId)
{
    const int index = indexOfApplicant(application, applicantId);
    if (index < 0)
        return unknownApplicant();
    if (const Status step = requireStep(application.applicants.at(index), FlowStep::Signing); !step)
        return step.error();

    Application next = application;
    next.applicants[index].signedContractVersion = next.contractVersion; // S8
    bool everyoneSigned = true;
    for (int i = 0; i < next.applicants.size(); ++i) {
        if (i != index && !hasSigned(next.applicants.at(i)))
            everyoneSigned = false;
    }
    if (everyoneSigned) {
        for (Applicant &a : next.applicants) // S9: done when the last one signs
            a.signing = SigningState::Signed;
    } else {
        next.applicants[index].signing = SigningState::WaitingForCoApplicant; // S9: the first signer waits
    }
    return next;
}

Result<Applicant> startIdentification(const Applicant &applicant)
{
    if (const Status step = requireStep(applicant, FlowStep::Identification); !step)
        return step.error();
    Applicant next = applicant;
    next.identification = IdentificationState::InProgress; // I2
    next.identificationFailureReason.clear();
    return next;
}

Result<Applicant> identificationResult(const Applicant &applicant, IdDocumentType documentType, bool success,
                                       const QString &reason)
{
    if (const Status step = requireStep(applicant, FlowStep::Identification); !step)
        return step.error();
    if (applicant.identification != IdentificationState::InProgress)
        return Error{
            checklist_error::OutOfOrder, QStringLiteral("No identification session was started."), {}};
    if (documentType == IdDocumentType::DrivingLicence) // I1
        return Error{
            checklist_error::DocumentNotAccepted,
            QStringLiteral("A driving licence is not accepted; use a passport, identity card or residence "
                           "permit."),
            QStringLiteral("documentType")};
    if (success && !reason.isEmpty())
        return Error{checklist_error::ReasonNotExpected,
                     QStringLiteral("A successful identification has no failure reason."),
                     QStringLiteral("reason")};
    Applicant next = applicant;
    next.identificationDocument = documentType;
    next.identification = success ? IdentificationState::Done : IdentificationState::Failed; // I4
    next.identificationFailureReason = success ? QString() : reason;
    return next;
}

Result<Applicant> expireIdentification(const Applicant &applicant)
{
    if (const Status step = requireStep(applicant, FlowStep::Identification); !step)
        return step.error();
    if (applicant.identification != IdentificationState::InProgress)
        return Error{
            checklist_error::OutOfOrder, QStringLiteral("No identification session was started."), {}};
    Applicant next = applicant;
    next.identification = IdentificationState::Open; // I2
    return next;
}

Result<Application> resetForNewContract(const Application &application)
{
    if (isComplete(application))
        return Error{checklist_error::ApplicationComplete,
                     QStringLiteral("The application is complete; a new contract needs a new application."),
                     {}};
    Application next = application;
    ++next.contractVersion; // S5
    for (Applicant &a : next.applicants) {
        a.documents = DocumentsState::Open;
        a.signing = SigningState::Open;
        a.refusalReason.clear();
        a.answers.reset();
        a.ibanConfirmed = false;
        a.idinVerified = false;
        a.idinStatus.reset();
        a.signedContractVersion = 0;
        if (a.identification == IdentificationState::InProgress)
            a.identification = IdentificationState::Open;
        // Done and Failed identification, and the invitation, are kept (see header).
    }
    return next;
}

bool isComplete(const Application &application)
{
    if (application.applicants.isEmpty())
        return false;
    return std::all_of(
        application.applicants.cbegin(), application.applicants.cend(), [](const Applicant &a) {
            return a.documents == DocumentsState::Accepted && a.identification == IdentificationState::Done
                && a.signing == SigningState::Signed; // I5
        });
}

Result<Application> updateApplicant(const Application &application, const QString &applicantId,
                                    const std::function<Result<Applicant>(const Applicant &)> &step)
{
    const int index = indexOfApplicant(application, applicantId);
    if (index < 0)
        return unknownApplicant();
    Result<Applicant> changed = step(application.applicants.at(index));
    if (!changed)
        return changed.error();
    Application next = application;
    next.applicants[index] = std::move(changed).value();
    return next;
}

} // namespace dpdesk
