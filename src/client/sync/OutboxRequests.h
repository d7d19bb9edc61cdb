#pragma once

#include "client/cache/OutboxEntry.h"
#include "core/time/Clock.h"
#include "core/wire/ApplicationPatch.h"
#include "core/wire/BankAccountChange.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/NewApplicationRequest.h"

namespace dpdesk::client {

// Builds the outbox entries of the office's changes (docs/api/openapi.yaml),
// each with a fresh Idempotency-Key and the time from the Clock seam.
namespace outbox_requests {

// "dpd-" and a random UUID: matches the API's [A-Za-z0-9._:~-]{8,100}.
QString newIdempotencyKey();

// POST /api/v1/applications
OutboxEntry createApplication(const NewApplicationRequest &request, const Clock &clock);
// PATCH /api/v1/applications/{id}, If-Match: the version that was edited
OutboxEntry updateApplication(const QString &applicationId, qint64 editedVersion,
                              const ApplicationPatch &patch, const Clock &clock);
// POST .../applicants/{applicantId}/invitations (C1); seenVersion 0: no If-Match
OutboxEntry createInvitation(const QString &applicationId, const QString &applicantId, qint64 seenVersion,
                             const CreateInvitationRequest &request, const Clock &clock);
// POST .../applicants/{applicantId}/invitations/replace (C6); seenVersion 0: no If-Match
OutboxEntry replaceInvitation(const QString &applicationId, const QString &applicantId, qint64 seenVersion,
                              const CreateInvitationRequest &request, const Clock &clock);

// PUT /api/v1/applications/{id}/bank-account (S5, the DP Portaal way), If-Match:
// the version the change was made on (the server requires it)
OutboxEntry changeBankAccount(const QString &applicationId, qint64 seenVersion,
                              const BankAccountChange &change, const Clock &clock);
// POST /api/v1/applications/{id}/new-signing (S5, the Maex way), If-Match as above
OutboxEntry newSigning(const QString &applicationId, qint64 seenVersion,
                       const CreateInvitationRequest &request, const Clock &clock);

} // namespace outbox_requests
} // namespace dpdesk::client
