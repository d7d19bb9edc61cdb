#pragma once

#include "core/Result.h"
#include "core/domain/Document.h"
#include "server/documents/LenderProfile.h"
#include "server/store/ApplicationStore.h"
#include "server/store/DocumentStore.h"

#include <QList>

namespace dpdesk {
class Clock;
}

namespace dpdesk::server {

class AuditLog;
class Database;

// The documents of an application (D1, S5, S6): which versions exist, and
// their PDFs.
//
// A version is made inside the write that needs it (the application's
// creation: version 1 of each; a new contract: the next version of every
// document whose text changes, always the contract) with a snapshot of what
// it shows. Its PDF is generated from that snapshot once, stored, and its
// SHA-256 recorded in the audit trail (document.generated). Rendering costs
// some milliseconds per document, so creating an application only makes the
// versions and the PDFs follow on the first download; a new contract is
// generated at once, inside the change.
class DocumentService
{
public:
    DocumentService(Database &db, DocumentStore &store, AuditLog &audit, const LenderProfile &lender,
                    const Clock &clock);

    DocumentStore &store() { return m_store; }

    // Inside a write transaction: version 1 of every document of a new
    // application (D1), at the lender's current rate.
    Result<QList<DocumentVersion>> createFirstVersions(const ApplicationStore::Stored &stored, qint64 actorId,
                                                       qint64 nowMs);

    // Inside a write transaction: brings the versions in line with the
    // application as stored now. For each kind, a new version when there is
    // none yet or when its text would differ from the latest one (the
    // contract always differs after a new contract version). Returns the
    // versions made.
    Result<QList<DocumentVersion>> updateVersions(const ApplicationStore::Stored &stored, qint64 actorId,
                                                  qint64 nowMs);

    // Inside a write transaction: the PDF of a version, generated and stored
    // when it is not yet (audit: document.generated with the SHA-256).
    // documents.renderer_unavailable when it must be generated and this
    // process cannot render.
    Result<QByteArray> pdf(const DocumentStore::Stored &document, qint64 officeId);

    // Inside a write transaction: generates the PDFs of these versions now,
    // when this process can render; otherwise they follow on first download.
    Status generateNow(const QList<DocumentVersion> &versions, qint64 officeId);

    // In its own transaction: version 1 of every document for applications
    // that have none (made before schema v2, or by the demo seeder). Returns
    // how many applications got documents.
    Result<int> backfill();

private:
    QString officeName(qint64 officeId);
    int rateFor(qint64 applicationId);

    Database &m_db;
    DocumentStore &m_store;
    AuditLog &m_audit;
    const LenderProfile &m_lender;
    const Clock &m_clock;
};

} // namespace dpdesk::server
