#pragma once

#include "gui/models/ListStates.h"

#include <QCoreApplication>
#include <QString>

namespace dpdesk::gui {

// The words of the application list: the checklist marks (tooltips and
// accessible text) and the invitation ("code") states.
class ListTexts
{
    Q_DECLARE_TR_FUNCTIONS(ListTexts)

public:
    static QString stepName(ChecklistStep step); // "Documents", "Identification", "Signing"
    static QString markWord(StepMark mark); // "done", "in progress", "to do", "needs action"
    // "Identification: failed" style detail for one applicant and step.
    static QString stepDetail(const client::ApplicantRow &applicant, ChecklistStep step);
    static QString invitationWord(InvitationStatus status); // "active", "expired", ...
    static QString invitationKindWord(InvitationKind kind); // "Code", "Link"
};

} // namespace dpdesk::gui
