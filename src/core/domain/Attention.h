#pragma once

#include "core/domain/Applicant.h"
#include "core/domain/Application.h"
#include "core/domain/Enums.h"

#include <QList>

namespace dpdesk {

// Every state that needs the intermediary is an action for the office, never
// something they have to discover (DOMAIN.md, "The back-office checklist"):
// the invitation locked (C5), details wrong (S2), contract refused (S6) and
// ID&V failed (I4). In AttentionReason declaration order; empty when the
// applicant needs nothing from the office. Derived, never stored.
QList<AttentionReason> attentionReasons(const Applicant &applicant);

// Some applicant of the application has an attention reason.
bool needsAttention(const Application &application);

} // namespace dpdesk
