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
    if (!m_db.beginWrite())
        return std::nullopt;
    const auto latest = m_documents.store().latest(applicationId, kind);
    if (!latest) {
        m_db.rollback();
        return std::nullopt;
    }
    auto pdf = m_documents.pdf(*latest, officeId);
    if (!pdf || !m_db.commit()) {
        if (!pdf)
            qCWarning(lcServer) << "customer document not generated:" << pdf.error().code;
        m_db.rollback();
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

} // namespace dpdesk::server
