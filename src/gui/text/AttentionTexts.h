#pragma once

#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dpdesk::client {
struct ApplicantRow;
struct OutboxEntry;
} // namespace dpdesk::client

namespace dpdesk::gui {

// What the office must act on, in plain words (DOMAIN.md, "The back-office
// checklist": locked C5, details wrong S2, refused S6, ID&V failed I4), and
// the office's own changes the server refused (outbox conflicts). One place,
// so the list, the attention panel and the detail pane say the same thing.
class AttentionTexts
{
    Q_DECLARE_TR_FUNCTIONS(AttentionTexts)

public:
    // E.g. "Locked after 4 wrong dates of birth on 12-11 14:03" (C5),
    // "Refused the contract: <reason>" (S6). Times are shown in local time.
    static QString reason(AttentionReason reason, const client::ApplicantRow &applicant);
    // A short label for a reason: "Invitation locked", "Details wrong", ...
    static QString shortLabel(AttentionReason reason);
    // An outbox entry the server refused, e.g. "Your change was not accepted:
    // <the server's message>".
    static QString conflict(const client::OutboxEntry &entry);
    // "12-11 14:03" in local time.
    static QString shortTime(const QDateTime &time);
};

} // namespace dpdesk::gui
