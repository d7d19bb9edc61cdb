#pragma once

#include "core/Result.h"
#include "core/domain/Document.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace dpdesk::server {

class Database;

// The versions of every application's documents (schema v2: documents and
// document_contents). A version's snapshot (what it shows) is fixed when the
// version is made; its PDF is stored once, when it is generated, and never
// replaced. The caller owns the transaction.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db);

    struct Stored
    {
        DocumentVersion document;
        qint64 applicationId = 0;
        QJsonObject snapshot;
    };

    // Makes the next version of kind (1 for the first) and marks the
    // version before it superseded at nowMs.
    Result<DocumentVersion> addVersion(qint64 applicationId, DocumentKind kind, int contractVersion,
                                       const QJsonObject &snapshot, qint64 createdBy, qint64 nowMs);
    // Version 1 of kind for an application that has none of that kind yet
    // (a new application): one cached statement, no look-ups.
    Result<DocumentVersion> addFirstVersion(qint64 applicationId, DocumentKind kind, int contractVersion,
                                            const QJsonObject &snapshot, qint64 createdBy, qint64 nowMs);
    // Every version of the application's documents: by kind (ESIC, privacy
    // statement, provisional agreement, contract), then by version.
    Result<QList<DocumentVersion>> list(qint64 applicationId);
    std::optional<Stored> latest(qint64 applicationId, DocumentKind kind);
    std::optional<Stored> load(qint64 documentId);
    // The stored PDF, or nullopt when not generated yet.
    std::optional<QByteArray> content(qint64 documentId);
    // Stores the generated PDF with its SHA-256 (lower-case hex), once:
    // false when it was already stored (another request or instance was
    // first; the caller then serves that one).
    Result<bool> storeContent(qint64 documentId, const QByteArray &pdf, const QString &sha256, qint64 nowMs);
    // Applications that have no document versions at all (made before
    // schema v2, or by the demo seeder).
    Result<QList<qint64>> applicationsWithoutDocuments();

private:
    Database &m_db;
};

} // namespace dpdesk::server
