#pragma once

#include "gui/dialogs/IssuedInvitation.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace dpdesk::gui {

// The words that go to the customer with an invitation, shared by the e-mail
// and the letter: how to log in (the code or link plus the date of birth,
// C2), until when, and what happens after four wrong dates of birth (C5, C6).
class InvitationText
{
    Q_DECLARE_TR_FUNCTIONS(InvitationText)

public:
    // "12 June 2026 at 14:00", in the local time zone and the UI language.
    static QString dateAndTime(const QDateTime &utc);

    static QString subject(const IssuedInvitation &invitation);
    // Plain text with \n line breaks, ready for an e-mail.
    static QString mailBody(const IssuedInvitation &invitation);

    // mailto:<applicant>?subject=...&body=... with every reserved character
    // percent-encoded (RFC 6068, line breaks as %0D%0A), for
    // QDesktopServices::openUrl: the office's own mail program opens a
    // pre-filled message, and nothing is sent until the user sends it.
    static QUrl mailtoUrl(const IssuedInvitation &invitation);
};

} // namespace dpdesk::gui
