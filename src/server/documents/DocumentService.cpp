#include "server/documents/DocumentService.h"

#include "core/crypto/Digest.h"
#include "core/time/Clock.h"
#include "server/Logging.h"
#include "server/db/Database.h"
#include "server/documents/DocumentSnapshot.h"
#include "server/documents/DocumentTemplates.h"
#include "server/documents/PdfRenderer.h"
#include "server/store/AuditLog.h"

#include <QElapsedTimer>
#include <QVariant>

namespace dpdesk::server {

namespace {
constexpr DocumentKind kKinds[] = {DocumentKind::Esic, DocumentKind::PrivacyStatement,
                                   DocumentKind::ProvisionalAgreement, DocumentKind::Contract};
} // namespace

DocumentService::DocumentService(Database &db, DocumentStore &store, AuditLog &audit,
                                 const LenderProfile &lender, const Clock &clock)
    : m_db(db)
    , m_store(store)
    , m_audit(audit)
    , m_lender(lender)
    , m_clock(clock)
{ }

QString DocumentService::officeName(qint64 officeId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT name FROM offices WHERE id = ?"));
    q.addBindValue(officeId);
    QString name;
    if (q.exec() && q.next())
        name = q.value(0).toString();
    q.finish();
    return name;
}

// An application keeps the rate of its first ESIC: a later version (a new
// contract over the bank account) must not pick up a changed demo rate.
int DocumentService::rateFor(qint64 applicationId)
{
    if (const auto esic = m_store.latest(applicationId, DocumentKind::Esic)) {
        const QJsonValue rate = esic->snapshot.value("loan").toObject().value("rateBasisPoints");
        if (rate.isDouble())
            return rate.toInt();
    }
    return m_lender.annualRateBasisPoints;
}

Result<QList<DocumentVersion>> DocumentService::createFirstVersions(const ApplicationStore::Stored &stored,
                                                                    qint64 actorId, qint64 nowMs)
{
    const qint64 applicationId = stored.application.id.toLongLong();
    const QString office = officeName(stored.officeId);
    QList<DocumentVersion> made;
    for (DocumentKind kind : kKinds) {
        auto version = m_store.addFirstVersion(
            applicationId, kind, stored.application.contractVersion,
            documentSnapshot(kind, stored.application, office, m_lender, m_lender.annualRateBasisPoints),
            actorId, nowMs);
        if (!version)
            return version.error();
        made.append(version.value());
    }
    return made;
}

Result<QList<DocumentVersion>> DocumentService::updateVersions(const ApplicationStore::Stored &stored,
                                                               qint64 actorId, qint64 nowMs)
{
    const qint64 applicationId = stored.application.id.toLongLong();
    const QString office = officeName(stored.officeId);
    const int rate = rateFor(applicationId);
    QList<DocumentVersion> made;
    for (DocumentKind kind : kKinds) {
        const QJsonObject snapshot = documentSnapshot(kind, stored.application, office, m_lender, rate);
        const auto latest = m_store.latest(applicationId, kind);
        if (latest && latest->snapshot == snapshot)
            continue;
        auto version = m_store.addVersion(applicationId, kind, stored.application.contractVersion, snapshot,
                                          actorId, nowMs);
        if (!version)
            return version.error();
        made.append(version.value());
    }
    return made;
}

Result<QByteArray> DocumentService::pdf(const DocumentStore::Stored &document, qint64 officeId)
{
    if (document.document.generated()) {
        if (auto bytes = m_store.content(document.document.id.toLongLong()))
            return *bytes;
        return Error{QStringLiteral("db.error"), QStringLiteral("The stored document cannot be read."), {}};
    }
    const DocumentVersion &d = document.document;
    QElapsedTimer timer;
    timer.start();
    auto rendered = PdfRenderer::render(PdfRenderer::Page{
        documentTitle(d.kind) + QStringLiteral(" \u2013 versie %1").arg(d.version),
        documentHtml(d.kind, document.snapshot, d.version, d.createdAt), [&](int page, int count) {
            return documentFooter(d.kind, document.snapshot, d.version, d.createdAt, page, count);
        }});
    if (!rendered)
        return rendered.error();
    const QString sha256 = QString::fromLatin1(Digest::sha256(rendered.value()).toHex());
    const qint64 now = m_clock.nowMSecs();
    auto stored = m_store.storeContent(d.id.toLongLong(), rendered.value(), sha256, now);
    if (!stored)
        return stored.error();
    if (!stored.value()) { // another request stored it first: serve that one
        if (auto bytes = m_store.content(d.id.toLongLong()))
            return *bytes;
        return Error{QStringLiteral("db.error"), QStringLiteral("The stored document cannot be read."), {}};
    }
    qCDebug(lcServer) << "generated" << enumToString(d.kind) << "version" << d.version << "of application"
                      << document.applicationId << "in" << timer.elapsed() << "ms," << rendered->size()
                      << "bytes";
    if (auto s = m_audit.record(officeId, document.applicationId, QStringLiteral("service"), 0,
                                QStringLiteral("document.generated"),
                                QJsonObject{{"documentId", d.id},
                                            {"kind", enumToString(d.kind)},
                                            {"version", d.version},
                                            {"contractVersion", d.contractVersion},
                                            {"sha256", sha256},
                                            {"sizeBytes", qint64(rendered->size())}},
                                now);
        !s)
        return s.error();
    return rendered;
}

Status DocumentService::generateNow(const QList<DocumentVersion> &versions, qint64 officeId)
{
    if (!PdfRenderer::available())
        return Status::success();
    for (const DocumentVersion &v : versions) {
        const auto document = m_store.load(v.id.toLongLong());
        if (!document)
            return Error{
                QStringLiteral("db.error"), QStringLiteral("A new document version is missing."), {}};
        if (auto bytes = pdf(*document, officeId); !bytes)
            return bytes.error();
    }
    return Status::success();
}

Result<int> DocumentService::backfill()
{
    if (!m_db.beginWrite())
        return Error{QStringLiteral("db.error"), QStringLiteral("Cannot start a transaction."), {}};
    auto fail = [this](const Error &e) -> Result<int> {
        m_db.rollback();
        return e;
    };
    if (m_db.isPostgres()) { // several instances starting at once backfill one after the other
        if (auto s = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727275)")); !s)
            return fail(s.error());
    }
    auto ids = m_store.applicationsWithoutDocuments();
    if (!ids)
        return fail(ids.error());
    ApplicationStore applications(m_db);
    const qint64 now = m_clock.nowMSecs();
    for (qint64 id : ids.value()) {
        const auto stored = applications.load(id);
        if (!stored)
            return fail(
                Error{QStringLiteral("db.error"), QStringLiteral("An application cannot be read."), {}});
        if (auto made = updateVersions(*stored, 0, now); !made)
            return fail(made.error());
    }
    if (!m_db.commit())
        return fail(
            Error{QStringLiteral("db.error"), QStringLiteral("Cannot commit the document versions."), {}});
    return int(ids->size());
}

} // namespace dpdesk::server
