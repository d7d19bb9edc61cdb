#include "server/customer/ServiceDocumentSource.h"

#include "server/Logging.h"
#include "server/db/Database.h"
#include "server/documents/DocumentService.h"
#include "server/store/DocumentStore.h"

namespace dpdesk::server {

ServiceDocumentSource::ServiceDocumentSource(Database &db, DocumentService &documents)
    : m_db(db)
    , m_documents(documents)
{ }

bool ServiceDocumentSource::available(qint64 applicationId, DocumentKind kind)
{
    return m_documents.store().latest(applicationId, kind).has_value();
}

std::optional<CustomerDocument> ServiceDocumentSource::document(qint64 applicationId, qint64 officeId,
                                                                DocumentKind kind)
{
    const auto latest = m_documents.store().latest(applicationId, kind);
    if (!latest)
        return std::nullopt;
    // A stored PDF is served as it is; only the first download generates and
    // stores it, in a write transaction of its own (as DocumentsApi does).
    const Result<QByteArray> pdf =
        latest->document.generated() ? m_documents.pdf(*latest, officeId) : generate(*latest, officeId);
    if (!pdf) {
        qCWarning(lcServer) << "customer document not available:" << pdf.error().code;
        return std::nullopt;
    }
    CustomerDocument d;
    d.content = pdf.value();
    d.version = latest->document.version;
    d.fileName = QStringLiteral("%1-%2-v%3.pdf")
                     .arg(enumToString(kind).replace(QLatin1Char('_'), QLatin1Char('-')))
                     .arg(applicationId)
                     .arg(d.version);
    return d;
}

Result<QByteArray> ServiceDocumentSource::generate(const DocumentStore::Stored &document, qint64 officeId)
{
    if (!m_db.beginWrite())
        return Error{QStringLiteral("db.unavailable"), QStringLiteral("The database cannot be written."), {}};
    Result<QByteArray> pdf = m_documents.pdf(document, officeId);
    if (pdf && m_db.commit())
        return pdf;
    m_db.rollback();
    if (!pdf)
        return pdf;
    return Error{QStringLiteral("db.commit_failed"), QStringLiteral("The document could not be stored."), {}};
}

} // namespace dpdesk::server
