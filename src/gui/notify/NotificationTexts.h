#pragma once

#include "core/domain/ChangeEvents.h"
#include "gui/notify/Notifier.h"

#include <QCoreApplication>
#include <QList>

namespace dpdesk::gui {

// The words of change notifications. A notification may show on a locked
// screen, so it names the office's reference and the applicant's position,
// never the customer's name, reason or other personal data: those are in
// the detail view.
class NotificationTexts
{
    Q_DECLARE_TR_FUNCTIONS(dpdesk::gui::NotificationTexts)

public:
    // One event: "REF-1: invitation locked", with what to do next.
    static Notification forEvent(const ChangeEvent &event);
    // Several events at once (after being offline, a busy morning): one
    // message with a count per kind.
    static Notification summary(const QList<ChangeEvent> &events);
};

} // namespace dpdesk::gui
