#pragma once

#include "core/domain/Application.h"
#include "core/domain/NamedEnum.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace dpdesk {

// What happened between two versions of one application that the office
// should hear about without looking (DOMAIN.md, "The back-office checklist":
// an action for the office is never something they have to discover), and
// the good news that the application is complete (I5).
enum class ChangeEventKind {
    InvitationLocked, // C5: the fourth wrong date of birth
    DetailsWrong, // S2: "no" on "are your personal details correct?"
    ContractRefused, // S6: "Niet akkoord" with a reason
    IdentificationFailed, // I4: ID&V red
    ApplicationComplete // I5: every applicant has all three ticked
};

template<>
struct EnumNames<ChangeEventKind>
{
    static constexpr std::pair<ChangeEventKind, const char *> entries[] = {
        {ChangeEventKind::InvitationLocked, "invitation_locked"},
        {ChangeEventKind::DetailsWrong, "details_wrong"},
        {ChangeEventKind::ContractRefused, "contract_refused"},
        {ChangeEventKind::IdentificationFailed, "identification_failed"},
        {ChangeEventKind::ApplicationComplete, "application_complete"},
    };
};

struct ChangeEvent
{
    ChangeEventKind kind = ChangeEventKind::InvitationLocked;
    QString applicationId;
    QString reference; // the office's own reference, for the message
    // The applicant the event is about; empty and 0 for ApplicationComplete.
    QString applicantId;
    int applicantPosition = 0;

    friend bool operator==(const ChangeEvent &, const ChangeEvent &) = default;
};

// The events between before and after, two versions of the same application.
// before is empty for an application not seen until now: then every state of
// after that needs the office is new. An event is reported once, when its
// state is entered: an applicant that stays locked (or refused, ...) in the
// next version reports nothing, and a new lock of a new invitation (C6, then
// C5 again) reports again. An after that is not newer than before (version)
// reports nothing, so an echo or an out-of-order copy never repeats events.
// Order: per applicant in position order, in ChangeEventKind order, then
// ApplicationComplete.
QList<ChangeEvent> detectChangeEvents(const std::optional<Application> &before, const Application &after);

} // namespace dpdesk
