#pragma once

#include "core/domain/NamedEnum.h"

#include <utility>

namespace dpdesk {

// The enums of the back-office checklist (DOMAIN.md, "The back-office
// checklist") with their stable wire names. See NamedEnum.h for
// enumToString / enumFromString / enumNames.

// C1: how an applicant is invited.
enum class InvitationKind { Link, Code };

// The stored state of an invitation. Expiry is not a state: it is derived
// from expiresAt and a Clock (LoginRules.h, isExpired).
enum class InvitationState {
    Active,
    Locked, // C5: the fourth wrong date of birth
    Revoked, // C6: replaced by a new invitation
    Completed // the applicant finished every step
};

// D1, D2.
enum class DocumentsState { Open, Accepted };

// I1-I4.
enum class IdentificationState { Open, InProgress, Done, Failed };

// S1-S9.
enum class SigningState {
    Open,
    QuestionsBlocked, // S2: "no" on "are your personal details correct?"
    Refused, // S6: "Niet akkoord" with a reason
    WaitingForCoApplicant, // S9: signed, the other applicant has not yet
    Signed // S9: every applicant has signed
};

enum class LoanKind { PersonalLoan, RevolvingCredit };

enum class UserRole { Advisor, BackOffice, Admin };

// I1: a driving licence is a value here only so that it can be refused by name.
enum class IdDocumentType { Passport, IdentityCard, ResidencePermit, DrivingLicence };

// S7: the status of an iDIN transaction, with the names iDIN itself uses.
// Open: created, the customer has not finished at the bank; Pending: the
// bank has not decided yet; the other four are final.
enum class IdinStatus { Open, Pending, Success, Cancelled, Expired, Failure };

// The states that are an action for the office (DOMAIN.md, last paragraph of
// "The back-office checklist").
enum class AttentionReason {
    InvitationLocked, // C5
    DetailsWrong, // S2
    ContractRefused, // S6
    IdentificationFailed // I4
};

template<>
struct EnumNames<InvitationKind>
{
    static constexpr std::pair<InvitationKind, const char *> entries[] = {
        {InvitationKind::Link, "link"},
        {InvitationKind::Code, "code"},
    };
};

template<>
struct EnumNames<InvitationState>
{
    static constexpr std::pair<InvitationState, const char *> entries[] = {
        {InvitationState::Active, "active"},
        {InvitationState::Locked, "locked"},
        {InvitationState::Revoked, "revoked"},
        {InvitationState::Completed, "completed"},
    };
};

template<>
struct EnumNames<DocumentsState>
{
    static constexpr std::pair<DocumentsState, const char *> entries[] = {
        {DocumentsState::Open, "open"},
        {DocumentsState::Accepted, "accepted"},
    };
};

template<>
struct EnumNames<IdentificationState>
{
    static constexpr std::pair<IdentificationState, const char *> entries[] = {
        {IdentificationState::Open, "open"},
        {IdentificationState::InProgress, "in_progress"},
        {IdentificationState::Done, "done"},
        {IdentificationState::Failed, "failed"},
    };
};

template<>
struct EnumNames<SigningState>
{
    static constexpr std::pair<SigningState, const char *> entries[] = {
        {SigningState::Open, "open"},       {SigningState::QuestionsBlocked, "questions_blocked"},
        {SigningState::Refused, "refused"}, {SigningState::WaitingForCoApplicant, "waiting_for_co_applicant"},
        {SigningState::Signed, "signed"},
    };
};

template<>
struct EnumNames<LoanKind>
{
    static constexpr std::pair<LoanKind, const char *> entries[] = {
        {LoanKind::PersonalLoan, "personal_loan"},
        {LoanKind::RevolvingCredit, "revolving_credit"},
    };
};

template<>
struct EnumNames<UserRole>
{
    static constexpr std::pair<UserRole, const char *> entries[] = {
        {UserRole::Advisor, "advisor"},
        {UserRole::BackOffice, "back_office"},
        {UserRole::Admin, "admin"},
    };
};

template<>
struct EnumNames<IdDocumentType>
{
    static constexpr std::pair<IdDocumentType, const char *> entries[] = {
        {IdDocumentType::Passport, "passport"},
        {IdDocumentType::IdentityCard, "identity_card"},
        {IdDocumentType::ResidencePermit, "residence_permit"},
        {IdDocumentType::DrivingLicence, "driving_licence"},
    };
};

template<>
struct EnumNames<IdinStatus>
{
    static constexpr std::pair<IdinStatus, const char *> entries[] = {
        {IdinStatus::Open, "open"},       {IdinStatus::Pending, "pending"},
        {IdinStatus::Success, "success"}, {IdinStatus::Cancelled, "cancelled"},
        {IdinStatus::Expired, "expired"}, {IdinStatus::Failure, "failure"},
    };
};

template<>
struct EnumNames<AttentionReason>
{
    static constexpr std::pair<AttentionReason, const char *> entries[] = {
        {AttentionReason::InvitationLocked, "invitation_locked"},
        {AttentionReason::DetailsWrong, "details_wrong"},
        {AttentionReason::ContractRefused, "contract_refused"},
        {AttentionReason::IdentificationFailed, "identification_failed"},
    };
};

} // namespace dpdesk
