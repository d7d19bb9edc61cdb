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
        ChangeBankAccount, // PUT /api/v1/applications/{id}/bank-account (S5)
        NewSigning, // POST /api/v1/applications/{id}/new-signing (S5, the Maex way)
        Other
    };

    Kind kind = Kind::Other;
    QString applicationId; // empty for CreateApplication
    QString applicantId; // invitations only

    bool isInvitation() const { return kind == Kind::CreateInvitation || kind == Kind::ReplaceInvitation; }
    // A new contract is put in place (S5): every applicant starts over.
    bool isNewContract() const { return kind == Kind::ChangeBankAccount || kind == Kind::NewSigning; }
};

OutboxAction describeOutboxEntry(const OutboxEntry &entry);

} // namespace dpdesk::client
