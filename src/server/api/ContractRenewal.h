#pragma once

#include "core/Result.h"
#include "core/domain/Application.h"
#include "core/domain/Document.h"
#include "server/store/ApplicationStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace dpdesk::server {

struct ApiDeps;

// What renewContract did, for the caller's answer and audit entry.
struct ContractRenewal
{
    ApplicationStore::Stored stored; // the application as saved
    QList<DocumentVersion> documents; // the versions made (always the contract)
    QJsonArray reopenedInvitations; // ids of completed invitations made active again
};

// Inside a write transaction: puts a new contract in place (S5) for
// `changed`, the current application with the caller's change applied (a
// new bank account, corrected details, or nothing for a new signing):
//  - refused with 409 conflict.application_complete when the application is
//    complete (I5: every applicant signed and identified);
//  - contractVersion + 1 and every applicant's signing progress reset
//    (resetForNewContract, S5: the customer goes through all steps again);
//  - with keepInvitations (the DP Portaal way, S5) the invitations stay as
//    they are, so link and code keep working; a completed one (that
//    applicant had finished) becomes active again, as they must redo the
//    steps. Without it (the Maex way) the caller issues new invitations;
//  - saved as version + 1 (the caller checked If-Match against current);
//  - new document versions: the contract, and any other document whose text
//    changes. The caller records the change (recordApplicationChange) and
//    then generates the PDFs (DocumentService::generateNow).
Result<ContractRenewal> renewContract(ApiDeps &deps, const ApplicationStore::Stored &current,
                                      const Application &changed, qint64 actorId, bool keepInvitations);

// An IBAN for the audit trail: masked (Iban::masked), null when empty.
QJsonValue maskedIban(const QString &iban);

// The versions as a short list for audit details: [{kind, version, documentId}].
QJsonArray documentsForAudit(const QList<DocumentVersion> &documents);

} // namespace dpdesk::server
