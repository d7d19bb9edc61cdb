#pragma once

#include "core/Result.h"
#include "server/customer/CustomerOverview.h"

#include <QString>

namespace dpdesk::server {

// The Dutch texts of the customer's flow, in one place, for the JSON API and
// the web pages alike.

// What the overview says for a notice.
QString noticeText(CustomerNotice notice);

// The four questions of S1 (index 0-3), as the customer reads them.
QString questionText(int index);

// A refusal as the customer reads it: the Dutch text for the codes of the
// flow (checklist.*, answers.*, idin.*, identification.*), else the
// error's own message.
QString customerMessage(const Error &error);

} // namespace dpdesk::server
