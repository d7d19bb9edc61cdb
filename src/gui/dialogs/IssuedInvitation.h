#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace dpdesk::gui {

// A new invitation as the server hands it over once (C1): what the office
// passes on to the applicant by e-mail, letter or phone. It holds the secret,
// so it lives only as long as the dialog that shows it and is never logged
// or stored.
struct IssuedInvitation
{
    InvitationKind kind = InvitationKind::Code;
    // The code as the customer types it ("K7QM-2XD9-3"), or the link token.
    QString secret;
    // Link: the personal link (the token is in it). Code: the application
    // page where the code is typed; may be empty.
    QUrl link;
    QString applicantName;
    QString applicantEmail; // may be empty
    QString officeName;
    QDateTime expiresAt; // UTC

    // What the customer needs: the code, or the personal link.
    QString handOver() const
    {
        return kind == InvitationKind::Code ? secret : link.toString(QUrl::FullyEncoded);
    }
};

} // namespace dpdesk::gui
