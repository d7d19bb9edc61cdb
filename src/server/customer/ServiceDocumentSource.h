#pragma once

#include "core/Result.h"
#include "server/customer/DocumentSource.h"
#include "server/store/DocumentStore.h"

namespace dpdesk::server {

class Database;
class DocumentService;

// The customer's documents from the portal's versioned documents
// (DocumentService): the latest version of the kind, its PDF generated and
// stored in its own write transaction on the first download (the audit trail
// records its SHA-256, as for the office's downloads).
class ServiceDocumentSource final : public DocumentSource
{
public:
    ServiceDocumentSource(Database &db, DocumentService &documents);

    bool available(qint64 applicationId, DocumentKind kind) override;
    std::optional<CustomerDocument> document(qint64 applicationId, qint64 officeId,
                                             DocumentKind kind) override;

private:
    Result<QByteArray> generate(const DocumentStore::Stored &document, qint64 officeId);

    Database &m_db;
    DocumentService &m_documents;
};

} // namespace dpdesk::server
