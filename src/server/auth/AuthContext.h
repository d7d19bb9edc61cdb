#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace dpdesk::server {

// Who is calling an office endpoint, established from the bearer token.
struct AuthContext
{
    qint64 userId = 0;
    qint64 officeId = 0;
    UserRole role = UserRole::Advisor;
    QString username;

    // Advisors see their own applications; back office and admins the whole office.
    bool seesWholeOffice() const { return role != UserRole::Advisor; }
    bool isAdmin() const { return role == UserRole::Admin; }
};

} // namespace dpdesk::server
