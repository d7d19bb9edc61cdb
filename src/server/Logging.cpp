#include "server/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "dpdesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "dpdesk.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDb, "dpdesk.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAuth, "dpdesk.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerPush, "dpdesk.server.push", QtInfoMsg)
