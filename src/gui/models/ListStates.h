#pragma once

#include "client/cache/ApplicationRow.h"

#include <QList>
#include <QMetaType>

namespace dpdesk::gui {

// The three checklist steps of one applicant (DOMAIN.md, "The back-office
// checklist"), each shown as one mark in the application list.
enum class ChecklistStep { Documents, Identification, Signing };
inline constexpr int kChecklistStepCount = 3;

// The four marks. Drawn with distinct shapes (StepMarkDelegate), not by
// colour alone.
enum class StepMark : quint8 {
    ToDo, // nothing done yet
    InProgress, // started (I2 session, S1 answered, S9 waiting for the co-applicant)
    Done, // D2 accepted, I4 done, S9 signed
    NeedsAction // the office must act: S2, S6 (signing), I4 failed (identification)
};

// One mark per applicant, in position order (ApplicationListModel::StepMarksRole).
using StepMarks = QList<StepMark>;

StepMark stepMark(const client::ApplicantRow &applicant, ChecklistStep step);

// Where an applicant's current invitation stands. Expired is derived from the
// time (isExpired in LoginRules.h), never stored.
enum class InvitationStatus { None, Active, Expired, Locked, Revoked, Completed };
inline constexpr int kInvitationStatusCount = 6;

InvitationStatus invitationStatus(const client::ApplicantRow &applicant, qint64 nowMs);

// The customer has what they need and the office has nothing to do: not
// complete (I5), no attention reason, and every applicant who has not
// finished has an active invitation that has not expired.
bool isWaitingForCustomer(const client::ApplicationRow &row, qint64 nowMs);

} // namespace dpdesk::gui

Q_DECLARE_METATYPE(dpdesk::gui::StepMarks)
