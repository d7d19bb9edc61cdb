#pragma once

#include "core/domain/Application.h"
#include "server/customer/Mailer.h"

namespace dpdesk::server {

// I6: the e-mail that confirms the contract was signed, for one applicant of
// a complete application (I5). In Dutch, like every text for the customer;
// it names the reference and the contract version, and nothing secret.
MailMessage confirmationMail(const Application &application, const Applicant &to);

} // namespace dpdesk::server
