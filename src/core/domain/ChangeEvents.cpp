#include "core/domain/ChangeEvents.h"

#include "core/domain/ChecklistRules.h"

namespace dpdesk {

namespace {

const Applicant *findApplicant(const std::optional<Application> &application, const QString &applicantId)
{
    if (!application)
        return nullptr;
    for (const Applicant &a : application->applicants) {
        if (a.id == applicantId)
            return &a;
    }
    return nullptr;
}

bool isLocked(const Applicant *a)
{
    return a && a->invitation && a->invitation->state == InvitationState::Locked;
}

// The invitation that is locked now was not locked before: another
// invitation, or the same one that was still active (C5).
bool becameLocked(const Applicant *before, const Applicant &after)
{
    if (!isLocked(&after))
        return false;
    return !isLocked(before) || before->invitation->id != after.invitation->id;
}

bool entered(const Applicant *before, const Applicant &after, auto state)
{
    return state(after) && !(before && state(*before));
}

} // namespace

QList<ChangeEvent> detectChangeEvents(const std::optional<Application> &before, const Application &after)
{
    QList<ChangeEvent> events;
    if (before && after.version <= before->version)
        return events;

    auto event = [&](ChangeEventKind kind, const Applicant *applicant) {
        ChangeEvent e;
        e.kind = kind;
        e.applicationId = after.id;
        e.reference = after.reference;
        if (applicant) {
            e.applicantId = applicant->id;
            e.applicantPosition = applicant->position;
        }
        events.append(e);
    };

    for (const Applicant &now : after.applicants) {
        const Applicant *then = findApplicant(before, now.id);
        if (becameLocked(then, now))
            event(ChangeEventKind::InvitationLocked, &now); // C5
        if (entered(then, now,
                    [](const Applicant &a) { return a.signing == SigningState::QuestionsBlocked; }))
            event(ChangeEventKind::DetailsWrong, &now); // S2
        if (entered(then, now, [](const Applicant &a) { return a.signing == SigningState::Refused; }))
            event(ChangeEventKind::ContractRefused, &now); // S6
        if (entered(then, now,
                    [](const Applicant &a) { return a.identification == IdentificationState::Failed; }))
            event(ChangeEventKind::IdentificationFailed, &now); // I4
    }
    if (isComplete(after) && !(before && isComplete(*before)))
        event(ChangeEventKind::ApplicationComplete, nullptr); // I5
    return events;
}

} // namespace dpdesk
