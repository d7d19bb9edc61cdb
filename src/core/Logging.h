#pragma once

#include <QLoggingCategory>

// Logging categories of the core layer. Each layer declares its own
// (dpdesk.sync.*, dpdesk.server.*, dpdesk.gui). Never log personal data
// (names, dates of birth, IBANs) or secrets (codes, tokens, passwords, TOTP).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcCoreWire)
