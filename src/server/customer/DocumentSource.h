#pragma once

#include "core/domain/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpdesk::server {

// A document as the customer downloads it (D1, S6, S9, I5).
struct CustomerDocument
{
    QByteArray content;
    QByteArray mimeType = "application/pdf";
    QString fileName; // "esic-12-v1.pdf"
    int version = 0;
};

// Where the customer's documents come from: the latest version of each kind
// of an application (S5: after a bank-account change, the new contract).
// ServiceDocumentSource serves the portal's generated PDFs; NoDocuments
// answers that none is available (for tests of the flow without a renderer).
class DocumentSource
{
public:
    virtual ~DocumentSource() = default;
    virtual bool available(qint64 applicationId, DocumentKind kind) = 0;
    // Outside any transaction: may generate the PDF on its first download.
    virtual std::optional<CustomerDocument> document(qint64 applicationId, qint64 officeId,
                                                     DocumentKind kind) = 0;
};

class NoDocuments final : public DocumentSource
{
public:
    bool available(qint64, DocumentKind) override { return false; }
    std::optional<CustomerDocument> document(qint64, qint64, DocumentKind) override { return std::nullopt; }
};

} // namespace dpdesk::server
