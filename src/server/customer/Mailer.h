#pragma once

#include "core/Result.h"

#include <QString>

namespace dpdesk::server {

// One plain-text e-mail to one person.
struct MailMessage
{
    QString toAddress;
    QString toName;
    QString subject;
    QString body; // plain text, lines separated by \n
};

// Sends e-mail (I6). FolderMailer writes .eml files to an outbox folder (the
// demo and the tests use it); an SMTP mailer would implement the same call.
class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual Status send(const MailMessage &message) = 0;
};

} // namespace dpdesk::server
