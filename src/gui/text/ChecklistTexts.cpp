#include "gui/text/ChecklistTexts.h"

#include "core/domain/LoginRules.h"

namespace dpdesk::gui {

namespace {

bool hasSigned(const Applicant &a)
{
    return a.signing == SigningState::Signed || a.signing == SigningState::WaitingForCoApplicant;
}

} // namespace

CheckLine ChecklistTexts::documents(const Applicant &applicant)
{
    if (applicant.documents == DocumentsState::Accepted) // D2
        return {CheckMark::Done, tr("Accepted")};
    return {CheckMark::Open, tr("Not accepted yet")}; // D1
}

CheckLine ChecklistTexts::identification(const Applicant &applicant)
{
    switch (applicant.identification) {
    case IdentificationState::Open:
        if (!hasSigned(applicant))
            return {CheckMark::Open, tr("Not started (comes after signing)")};
        return {CheckMark::Open, tr("Not started yet")};
    case IdentificationState::InProgress:
        return {CheckMark::Busy, tr("In progress on the smartphone")}; // I2, I3
    case IdentificationState::Done: // I4, green
        if (applicant.identificationDocument)
            return {CheckMark::Done, tr("Done with %1").arg(documentType(*applicant.identificationDocument))};
        return {CheckMark::Done, tr("Done")};
    case IdentificationState::Failed: // I4, red: an action for the office
        if (applicant.identificationFailureReason.trimmed().isEmpty())
            return {CheckMark::Action, tr("ID check failed (no reason given)")};
        return {CheckMark::Action, tr("ID check failed: %1").arg(applicant.identificationFailureReason)};
    }
    return {};
}

CheckLine ChecklistTexts::signing(const Applicant &applicant)
{
    switch (applicant.signing) {
    case SigningState::Open:
        // S7: the last iDIN attempt at the bank, when it did not succeed (the
        // customer can choose a bank again; the office sees why it waits).
        if (applicant.idinStatus == IdinStatus::Cancelled)
            return {CheckMark::Busy, tr("Under way: iDIN cancelled at the bank")};
        if (applicant.idinStatus == IdinStatus::Expired)
            return {CheckMark::Busy, tr("Under way: iDIN expired at the bank")};
        if (applicant.idinStatus == IdinStatus::Failure)
            return {CheckMark::Busy, tr("Under way: iDIN failed at the bank")};
        if (applicant.idinStatus == IdinStatus::Success)
            return {CheckMark::Busy, tr("Under way: confirmed with iDIN, not signed yet")};
        if (applicant.documents == DocumentsState::Accepted && applicant.answers)
            return {CheckMark::Busy, tr("Under way, not signed yet")};
        return {CheckMark::Open, tr("Not signed yet")};
    case SigningState::QuestionsBlocked: // S2
        return {CheckMark::Action, tr("Details are wrong (answered no to “are your details correct?”)")};
    case SigningState::Refused: // S6
        if (applicant.refusalReason.trimmed().isEmpty())
            return {CheckMark::Action, tr("Refused the contract")};
        return {CheckMark::Action, tr("Refused the contract: %1").arg(applicant.refusalReason)};
    case SigningState::WaitingForCoApplicant: // S9
        return {CheckMark::Busy, tr("Signed; waiting for the co-applicant to sign")};
    case SigningState::Signed: // S9
        return {CheckMark::Done, tr("Signed")};
    }
    return {};
}

QString ChecklistTexts::newContractNote(int contractVersion)
{
    return tr("Contract changed (version %1): the customer must go through the steps again.")
        .arg(contractVersion);
}

CheckLine ChecklistTexts::invitation(const Invitation &invitation, const QDateTime &now,
                                     const QLocale &locale)
{
    switch (invitation.state) {
    case InvitationState::Locked: { // C5
        const QString when =
            invitation.lockedAt ? shortDateTime(*invitation.lockedAt, locale) : QStringLiteral("?");
        return {CheckMark::Action,
                tr("Locked after %1 wrong dates of birth on %2").arg(invitation.failedAttempts).arg(when)};
    }
    case InvitationState::Revoked: // C6
        if (invitation.revokedAt)
            return {CheckMark::Open,
                    tr("Deleted on %1; the link or code no longer works")
                        .arg(shortDateTime(*invitation.revokedAt, locale))};
        return {CheckMark::Open, tr("Deleted; the link or code no longer works")};
    case InvitationState::Completed:
        return {CheckMark::Done, tr("Completed: every step is done")};
    case InvitationState::Active:
        if (isExpired(invitation, now))
            return {CheckMark::Action, tr("Expired on %1").arg(shortDateTime(invitation.expiresAt, locale))};
        return {CheckMark::Busy, tr("Active until %1").arg(shortDateTime(invitation.expiresAt, locale))};
    }
    return {};
}

QString ChecklistTexts::invitationStateName(const Invitation &invitation, const QDateTime &now)
{
    switch (invitation.state) {
    case InvitationState::Active:
        return isExpired(invitation, now) ? tr("Expired") : tr("Active");
    case InvitationState::Locked:
        return tr("Locked");
    case InvitationState::Revoked:
        return tr("Deleted");
    case InvitationState::Completed:
        return tr("Completed");
    }
    return {};
}

QString ChecklistTexts::invitationKind(InvitationKind kind)
{
    switch (kind) {
    case InvitationKind::Code:
        return tr("Code");
    case InvitationKind::Link:
        return tr("Link");
    }
    return {};
}

QString ChecklistTexts::attemptsUsed(int failedAttempts)
{
    return tr("%1 of %2 attempts used").arg(failedAttempts).arg(kLoginLockAtFailedAttempts);
}

QString ChecklistTexts::currentStep(const Applicant &applicant)
{
    const FlowStep step = dpdesk::currentStep(applicant);
    const bool canStart = applicant.invitation && applicant.invitation->state != InvitationState::Revoked;
    if (!canStart && step == FlowStep::Documents)
        return tr("Not invited yet");
    return flowStep(step);
}

QString ChecklistTexts::flowStep(FlowStep step)
{
    switch (step) {
    case FlowStep::Documents:
        return tr("Accepting the documents");
    case FlowStep::Questions:
        return tr("Answering the four questions");
    case FlowStep::Iban:
        return tr("Confirming the bank account");
    case FlowStep::Contract:
        return tr("Reading the contract and iDIN");
    case FlowStep::Signing:
        return tr("Signing");
    case FlowStep::Identification:
        return tr("Identifying with the ID app");
    case FlowStep::Finished:
        return tr("Finished");
    case FlowStep::WaitingForOffice:
        return tr("Waiting for the office");
    }
    return {};
}

QString ChecklistTexts::loanKind(LoanKind kind)
{
    switch (kind) {
    case LoanKind::PersonalLoan:
        return tr("Personal loan");
    case LoanKind::RevolvingCredit:
        return tr("Revolving credit");
    }
    return {};
}

QString ChecklistTexts::documentType(IdDocumentType type)
{
    switch (type) {
    case IdDocumentType::Passport:
        return tr("passport");
    case IdDocumentType::IdentityCard:
        return tr("identity card");
    case IdDocumentType::ResidencePermit:
        return tr("residence permit");
    case IdDocumentType::DrivingLicence:
        return tr("driving licence");
    }
    return {};
}

QString ChecklistTexts::pendingChanges(int count)
{
    if (count <= 0)
        return {};
    // One and other are the plural forms of both English and Dutch.
    return count == 1 ? tr("1 change waiting to be sent") : tr("%1 changes waiting to be sent").arg(count);
}

QString ChecklistTexts::shortDateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString ChecklistTexts::shortDate(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

} // namespace dpdesk::gui
