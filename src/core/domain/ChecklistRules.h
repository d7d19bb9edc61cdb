#pragma once

#include "core/Result.h"
#include "core/domain/Applicant.h"
#include "core/domain/Application.h"
#include "core/domain/NamedEnum.h"
#include "core/domain/SigningAnswers.h"

#include <QString>

#include <functional>
#include <utility>

namespace dpdesk {

// The customer's flow per applicant as pure transitions (D1-D2, S1-S9,
// I1-I5). Each returns the new value or an Error saying why the step is not
// allowed now; the input is never changed. Storing the result, bumping
// Application::version and updatedAt, and audit are the caller's job.

// Where an applicant is in the flow, in the order of the source document
// (seed 003, steps 9-28): documents, then the four questions, the bank
// account, the contract (accept leads to iDIN, or refuse), signing, and
// identification last ("De klant is nu klaar om digitaal te identificeren",
// step 25, comes after signing, step 24).
enum class FlowStep {
    Documents, // D1
    Questions, // S1
    Iban, // S4
    Contract, // S6, S7: refuse, or iDIN at the bank
    Signing, // S8
    Identification, // I1-I4, after the applicant's own signature
    Finished, // all three ticked for this applicant
    WaitingForOffice // S2 or S6: only the office can move things on (S5)
};

template<>
struct EnumNames<FlowStep>
{
    static constexpr std::pair<FlowStep, const char *> entries[] = {
        {FlowStep::Documents, "documents"}, {FlowStep::Questions, "questions"},
        {FlowStep::Iban, "iban"},           {FlowStep::Contract, "contract"},
        {FlowStep::Signing, "signing"},     {FlowStep::Identification, "identification"},
        {FlowStep::Finished, "finished"},   {FlowStep::WaitingForOffice, "waiting_for_office"},
    };
};

namespace checklist_error {
// An earlier step of the flow is not done yet.
inline constexpr char OutOfOrder[] = "checklist.out_of_order";
// This step is already done (or the flow is past it).
inline constexpr char AlreadyDone[] = "checklist.already_done";
// Signing is blocked (S2) or refused (S6): only the office can act (S5).
inline constexpr char WaitingForOffice[] = "checklist.waiting_for_office";
// S4: the office has not filled in the IBAN, so there is nothing to confirm.
inline constexpr char IbanMissing[] = "checklist.iban_missing";
// S6: a refusal needs a non-blank reason.
inline constexpr char ReasonRequired[] = "checklist.reason_required";
// A reason given with a successful identification.
inline constexpr char ReasonNotExpected[] = "checklist.reason_not_expected";
// S7: iDIN at the bank did not confirm the identity; the customer may retry.
inline constexpr char IdinNotVerified[] = "checklist.idin_not_verified";
// I1: a driving licence is not accepted for identification.
inline constexpr char DocumentNotAccepted[] = "checklist.document_not_accepted";
// No applicant with that id in the application.
inline constexpr char UnknownApplicant[] = "checklist.unknown_applicant";
// S5 on an application that is already complete (I5).
inline constexpr char ApplicationComplete[] = "checklist.application_complete";
} // namespace checklist_error

// The step the applicant is at now.
FlowStep currentStep(const Applicant &applicant);

// D1, D2: "Akkoord" on the ESIC, privacy statement and provisional agreement.
Result<Applicant> acceptDocuments(const Applicant &applicant);

// S1-S3: the four questions, after the documents. Invalid answers are refused
// with validateAnswers' error (S1). detailsCorrect == false stores the answers
// and sets signing to QuestionsBlocked, an action for the office (S2).
// livesInNetherlands is only recorded (S3).
Result<Applicant> answerQuestions(const Applicant &applicant, const SigningAnswers &answers);

// S4: the customer confirms the IBAN the office filled in (applicationIban,
// normalized); they cannot enter or change it. Refused with
// checklist.iban_missing when the office has not filled it in.
Result<Applicant> confirmIban(const Applicant &applicant, const QString &applicationIban);

// S6: "Niet akkoord" on the contract, after the IBAN. The reason must not be
// blank; signing becomes Refused, an action for the office.
Result<Applicant> refuseContract(const Applicant &applicant, const QString &reason);

// S7: the return from iDIN at the bank; accepting the contract ("Volgende")
// is implied. verified == false refuses with checklist.idin_not_verified and
// leaves the applicant at the contract step to try again (assumed).
Result<Applicant> verifyIdin(const Applicant &applicant, bool verified);

// S7: the status of an iDIN transaction at the contract step, kept in
// idinStatus so that the office sees it (a cancelled, expired or failed
// attempt too). Success also verifies, as verifyIdin(true) does; any other
// status leaves the applicant at the contract step to choose a bank again
// (assumed).
Result<Applicant> recordIdinStatus(const Applicant &applicant, IdinStatus status);

// S8, S9: "Ondertekenen" by one applicant, after iDIN. With one applicant the
// signing is done. With two, the first signer gets WaitingForCoApplicant and
// both become Signed when the second signs. Records contractVersion in
// signedContractVersion.
Result<Application> sign(const Application &application, const QString &applicantId);

// I1, I2: start (or restart) an identification session. Allowed once the
// applicant's own signature is placed (Signed or WaitingForCoApplicant:
// identification does not wait for the co-applicant, assumed); from Open,
// from InProgress (an abandoned or timed-out 15-minute session, I2) and from
// Failed (a new attempt, assumed). Clears an earlier failure reason.
Result<Applicant> startIdentification(const Applicant &applicant);

// I1, I4: the result of a started session. A driving licence is refused
// (checklist.document_not_accepted) and the session stays in progress.
// success: Done (reason must be empty); otherwise Failed with the reason,
// which may be empty: an action for the office.
Result<Applicant> identificationResult(const Applicant &applicant, IdDocumentType documentType, bool success,
                                       const QString &reason = {});

// I2: the 15-minute session ran out without a result. Identification goes
// back to Open (a new session may be started); refused with
// checklist.out_of_order unless a session is in progress.
Result<Applicant> expireIdentification(const Applicant &applicant);

// S5: the office puts a new contract in place (after changing the IBAN or the
// details). contractVersion + 1 and "the customer goes through all steps
// again" for every applicant:
//  - documents back to Open: the provisional agreement (D1) is part of the
//    contract, so consent to the old one does not carry over;
//  - signing back to Open with answers, refusal reason, ibanConfirmed,
//    idinVerified, idinStatus and signedContractVersion cleared;
//  - identification is kept when Done (and when Failed, so that the office
//    still sees it): ID&V checks the person against an original identity
//    document, which the new contract does not change, and the source
//    document's "alle stappen van hierboven" (seed 003, step 16) names the
//    steps above signing, not identification. A session InProgress belonged
//    to the old round and goes back to Open.
//  - the invitation is untouched: link and code stay the same (S5).
// Refused with checklist.application_complete when isComplete (assumed: a
// complete application is closed; the lender starts a new one).
Result<Application> resetForNewContract(const Application &application);

// I5: every applicant has documents accepted, identification done and
// signing signed. An application without applicants is not complete.
bool isComplete(const Application &application);

// Applies a per-applicant transition to the applicant with applicantId.
// Refused with checklist.unknown_applicant when there is none.
Result<Application> updateApplicant(const Application &application, const QString &applicantId,
                                    const std::function<Result<Applicant>(const Applicant &)> &step);

} // namespace dpdesk
