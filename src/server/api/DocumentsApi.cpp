#include "server/api/DocumentsApi.h"

#include "core/crypto/Digest.h"
#include "core/wire/DocumentJson.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/documents/DocumentService.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"
#include "server/store/DocumentStore.h"

#include <QJsonArray>

namespace dpdesk::server {

namespace {
qint64 idParam(const HttpRequest &req, const QString &name)
{
    bool ok = false;
    const qint64 id = req.param(name).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

HttpResponse pdfResponse(const DocumentVersion &d, const QByteArray &pdf)
{
    HttpResponse r;
    r.status = 200;
    r.body = pdf;
    r.setHeader("Content-Type", "application/pdf");
    r.setHeader("Content-Disposition",
                QStringLiteral("inline; filename=\"%1-%2-v%3.pdf\"")
                    .arg(enumToString(d.kind).replace('_', '-'), d.applicationId)
                    .arg(d.version)
                    .toLatin1());
    r.setHeader("X-Document-Version", QByteArray::number(d.version));
    r.setHeader("X-Content-SHA256", Digest::sha256(pdf).toHex());
    return r;
}
} // namespace

void registerDocumentsApi(Router &router, ApiDeps &deps)
{
    router.add("GET", QStringLiteral("/api/v1/applications/{id}/documents"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const qint64 id = idParam(req, "id");
                   if (!deps.applications.loadVisible(id, auth))
                       return api::notFound();
                   auto documents = deps.documents.store().list(id);
                   if (!documents)
                       return api::fail(documents.error());
                   QJsonArray items;
                   for (const DocumentVersion &d : documents.value())
                       items.append(toJson(d));
                   return HttpResponse::json(200, QJsonObject{{"items", items}});
               }));

    router.add("GET", QStringLiteral("/api/v1/applications/{id}/documents/{documentId}"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const qint64 id = idParam(req, "id");
                   const auto stored = deps.applications.loadVisible(id, auth);
                   if (!stored)
                       return api::notFound();
                   const auto document = deps.documents.store().load(idParam(req, "documentId"));
                   if (!document || document->applicationId != id)
                       return api::notFound();
                   if (document->document.generated()) {
                       auto pdf = deps.documents.pdf(*document, stored->officeId);
                       return pdf ? pdfResponse(document->document, pdf.value()) : api::fail(pdf.error());
                   }
                   // The first download generates it: a write (the PDF, its hash
                   // in the audit trail), committed before it is served.
                   return runWrite(deps.db, deps.onCommit, [&](WriteEffects &) {
                       const auto fresh = deps.documents.store().load(document->document.id.toLongLong());
                       if (!fresh)
                           return api::notFound();
                       auto pdf = deps.documents.pdf(*fresh, stored->officeId);
                       if (!pdf)
                           return pdf.error().code.startsWith(QLatin1String("documents."))
                               ? HttpResponse::error(503, pdf.error())
                               : api::fail(pdf.error());
                       return pdfResponse(fresh->document, pdf.value());
                   });
               }));
}

} // namespace dpdesk::server
