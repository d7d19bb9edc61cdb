#pragma once

#include "core/time/Clock.h"
#include "server/customer/Mailer.h"

namespace dpdesk::server {

// Writes each message as an RFC 5322 file "<time>-<random>.eml" into a
// folder (created when missing), UTF-8 text with CRLF line ends, headers
// with non-ASCII text as RFC 2047 encoded words. Written to a temporary name
// ("....part") and renamed, so a reader of the folder never sees half a
// message.
class FolderMailer final : public Mailer
{
public:
    FolderMailer(QString folder, QString fromAddress, const Clock &clock);

    Status send(const MailMessage &message) override;

    const QString &folder() const { return m_folder; }

    // The message as the file holds it (also for tests).
    QByteArray render(const MailMessage &message, const QByteArray &messageId) const;

private:
    QString m_folder;
    bool m_folderReady = false;
    QString m_from;
    const Clock &m_clock;
};

} // namespace dpdesk::server
