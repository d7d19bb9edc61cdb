#pragma once

#include <QLoggingCategory>

// Server logging categories. Never log personal data or secrets: no names,
// dates of birth, IBANs, invitation codes, link tokens, passwords, TOTP codes.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerDb)
Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)
Q_DECLARE_LOGGING_CATEGORY(lcServerPush)
