#include "server/api/ApplicationsApi.h"

#include "core/domain/ContractTerms.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/ApplicationPatch.h"
#include "core/wire/NewApplicationRequest.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/ApplicationWrites.h"
#include "server/api/ContractRenewal.h"
#include "server/auth/TokenService.h"
#include "server/config/ServerConfig.h"
#include "server/documents/DocumentService.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"
#include "server/store/AuditLog.h"

#include <QJsonArray>

namespace dpdesk::server {

namespace {
qint64 idParam(const HttpRequest &req, const QString &name)
{
    bool ok = false;
    const qint64 id = req.param(name).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

HttpResponse applicationResponse(int status, const Application &a)
{
    HttpResponse r = HttpResponse::json(status, toJson(a));
    r.setHeader("ETag", api::etag(a.version));
    return r;
}

void applyPatch(Application &a, const ApplicationPatch &p)
{
    if (p.reference)
        a.reference = *p.reference;
    if (p.loanAmountCents)
        a.loanAmountCents = *p.loanAmountCents;
    if (p.loanKind)
        a.loanKind = *p.loanKind;
    if (p.termMonths)
        a.termMonths = *p.termMonths;
    if (p.iban)
        a.iban = *p.iban;
    if (p.accountHolder)
        a.accountHolder = *p.accountHolder;
    for (const ApplicantPatch &ap : p.applicants) {
        for (Applicant &applicant : a.applicants) {
            if (applicant.position != ap.position)
                continue;
            if (ap.fullName)
                applicant.fullName = *ap.fullName;
            if (ap.dateOfBirth)
                applicant.dateOfBirth = *ap.dateOfBirth;
            if (ap.email)
                applicant.email = *ap.email;
            if (ap.phone)
                applicant.phone = *ap.phone;
        }
    }
}
} // namespace

void registerApplicationsApi(Router &router, ApiDeps &deps)
{
    router.add(
        "POST", QStringLiteral("/api/v1/applications"),
        api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
            auto body = api::jsonBody(req, deps.config.maxBodyBytes);
            if (body.refusal)
                return *body.refusal;
            auto request = newApplicationRequestFromJson(body.object, deps.clock.nowUtc().date());
            if (!request)
                return api::fail(request.error());
            const qint64 now = deps.clock.nowMSecs();
            return runIdempotentWrite(deps.db, deps.onCommit, req, auth.userId, now, [&](WriteEffects &fx) {
                auto id = deps.applications.insert(request.value(), auth.officeId, auth.userId, now);
                if (!id)
                    return api::fail(id.error());
                auto stored = deps.applications.load(id.value());
                if (!stored)
                    return api::fail(Error{"db.error", QStringLiteral("A database operation failed."), {}});
                // D1: version 1 of each document; the PDFs follow on first download.
                if (auto made = deps.documents.createFirstVersions(*stored, auth.userId, now); !made)
                    return api::fail(made.error());
                if (auto s =
                        recordApplicationChange(deps, *stored, fx, "user", auth.userId, "application.created",
                                                QJsonObject{{"reference", stored->application.reference}});
                    !s)
                    return api::fail(s.error());
                HttpResponse r = applicationResponse(201, stored->application);
                r.setHeader("Location", "/api/v1/applications/" + stored->application.id.toLatin1());
                return r;
            });
        }));

    router.add("GET", QStringLiteral("/api/v1/applications"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   ApplicationStore::ListFilter filter;
                   filter.search =
                       req.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).left(100);
                   bool ok = true;
                   if (req.query.hasQueryItem(QStringLiteral("limit"))) {
                       filter.limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                       if (!ok || filter.limit < 1 || filter.limit > 500)
                           return api::fail(Error{"json.out_of_range",
                                                  QStringLiteral("limit must be 1 to 500."), "limit"});
                   }
                   if (req.query.hasQueryItem(QStringLiteral("offset"))) {
                       filter.offset = req.query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
                       if (!ok || filter.offset < 0)
                           return api::fail(Error{"json.out_of_range",
                                                  QStringLiteral("offset must be 0 or more."), "offset"});
                   }
                   auto rows = deps.applications.list(auth, filter);
                   if (!rows)
                       return api::fail(rows.error());
                   QJsonArray items;
                   for (const auto &s : rows.value())
                       items.append(toJson(s.application));
                   QJsonObject out{{"items", items}};
                   if (rows->size() == filter.limit)
                       out.insert("nextOffset", filter.offset + filter.limit);
                   return HttpResponse::json(200, out);
               }));

    router.add("GET", QStringLiteral("/api/v1/applications/{id}"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const auto stored = deps.applications.loadVisible(idParam(req, "id"), auth);
                   if (!stored)
                       return api::notFound();
                   return applicationResponse(200, stored->application);
               }));

    router.add(
        "PATCH", QStringLiteral("/api/v1/applications/{id}"),
        api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
            const qint64 id = idParam(req, "id");
            if (!deps.applications.loadVisible(id, auth))
                return api::notFound();
            const auto expected = api::ifMatch(req);
            if (!expected)
                return api::fail(
                    Error{"precondition_required",
                          QStringLiteral("Send If-Match with the version you edited, so no change is lost."),
                          "If-Match"});
            auto body = api::jsonBody(req, deps.config.maxBodyBytes);
            if (body.refusal)
                return *body.refusal;
            auto patch = applicationPatchFromJson(body.object, deps.clock.nowUtc().date());
            if (!patch)
                return api::fail(patch.error());
            const qint64 now = deps.clock.nowMSecs();
            return runIdempotentWrite(deps.db, deps.onCommit, req, auth.userId, now, [&](WriteEffects &fx) {
                auto stored = deps.applications.loadVisible(id, auth);
                if (!stored)
                    return api::notFound();
                if (stored->application.version != *expected)
                    return preconditionFailed(stored->application);
                for (const ApplicantPatch &ap : patch->applicants) {
                    if (ap.position > stored->application.applicants.size())
                        return api::fail(
                            Error{"json.out_of_range",
                                  QStringLiteral("This application has no applicant %1.").arg(ap.position),
                                  "applicants"});
                }
                Application updated = stored->application;
                applyPatch(updated, patch.value());
                QJsonObject details{{"fields", QJsonArray::fromStringList(body.object.keys())}};
                if (contractTermsDiffer(stored->application, updated)) {
                    // S2, S5: what the contract shows changed, so a new contract
                    // is in place, exactly as with PUT .../bank-account.
                    auto renewal =
                        renewContract(deps, *stored, updated, auth.userId, /*keepInvitations=*/true);
                    if (!renewal)
                        return api::fail(renewal.error());
                    const Application &saved = renewal->stored.application;
                    details.insert("contractVersion", saved.contractVersion);
                    details.insert("documents", documentsForAudit(renewal->documents));
                    if (saved.iban != stored->application.iban) {
                        details.insert("oldIban", maskedIban(stored->application.iban));
                        details.insert("newIban", maskedIban(saved.iban));
                    }
                    if (auto s = recordApplicationChange(deps, renewal->stored, fx, "user", auth.userId,
                                                         "application.updated", details);
                        !s)
                        return api::fail(s.error());
                    if (auto s = deps.documents.generateNow(renewal->documents, renewal->stored.officeId); !s)
                        return api::fail(s.error());
                    return applicationResponse(200, saved);
                }
                updated.version = stored->application.version + 1;
                if (auto s = deps.applications.save(updated, stored->application.version, now); !s)
                    return api::fail(s.error());
                auto reloaded = deps.applications.load(id);
                if (!reloaded)
                    return api::fail(Error{"db.error", QStringLiteral("A database operation failed."), {}});
                if (auto s = recordApplicationChange(deps, *reloaded, fx, "user", auth.userId,
                                                     "application.updated", details);
                    !s)
                    return api::fail(s.error());
                return applicationResponse(200, reloaded->application);
            });
        }));

    router.add("GET", QStringLiteral("/api/v1/applications/{id}/audit"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const qint64 id = idParam(req, "id");
                   if (!deps.applications.loadVisible(id, auth))
                       return api::notFound();
                   auto entries = deps.audit.forApplication(id);
                   if (!entries)
                       return api::fail(entries.error());
                   return HttpResponse::json(200, QJsonObject{{"items", entries.value()}});
               }));
}

} // namespace dpdesk::server
