#pragma once

#include "client/cache/OutboxEntry.h"

#include <QString>

namespace dpdesk::client {

// What an outbox entry does, read back from its method and path
// (OutboxRequests.h builds them), so that entries kept across restarts can
// be explained, retried and undone.
struct OutboxAction
{
    enum class Kind {
        CreateApplication, // POST /api/v1/applications
        UpdateApplication, // PATCH /api/v1/applications/{id}
        CreateInvitation, // POST .../applicants/{applicantId}/invitations (C1)
        ReplaceInvitation, // POST .../applicants/{applicantId}/invitations/replace (C6)
        Other
    };

    Kind kind = Kind::Other;
    QString applicationId; // empty for CreateApplication
    QString applicantId; // invitations only

    bool isInvitation() const { return kind == Kind::CreateInvitation || kind == Kind::ReplaceInvitation; }
};

OutboxAction describeOutboxEntry(const OutboxEntry &entry);

} // namespace dpdesk::client
