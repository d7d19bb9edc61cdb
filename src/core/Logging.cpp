#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "dpdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreWire, "dpdesk.core.wire", QtInfoMsg)
