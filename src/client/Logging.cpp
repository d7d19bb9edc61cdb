#include "client/Logging.h"

Q_LOGGING_CATEGORY(lcNet, "dpdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "dpdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncOutbox, "dpdesk.sync.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "dpdesk.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "dpdesk.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "dpdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPush, "dpdesk.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "dpdesk.workspace", QtInfoMsg)
