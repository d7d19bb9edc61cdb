#pragma once

#include "core/wire/AuditEntryJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace dpdesk::gui {

// One audit entry (GET /api/v1/applications/{id}/audit) in words for the
// timeline. applicantNames maps applicant ids to what to call them (their
// name); details name the applicant by id.
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(dpdesk::gui::AuditTexts)

public:
    using Names = QHash<QString, QString>;

    // "Invitation created (code) for Jan Jansen", "Wrong date of birth (3 of 4)".
    // An action this version does not know is shown by its name.
    static QString action(const AuditEntry &entry, const Names &applicantNames);
    // The user's name, or the applicant for a customer action.
    static QString actor(const AuditEntry &entry, const Names &applicantNames);
    // Whether the entry is something the office had to act on (C5, S2, S6, I4).
    static bool isAttention(const AuditEntry &entry);
};

} // namespace dpdesk::gui
