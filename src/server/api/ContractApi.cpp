#include "server/api/ContractApi.h"

#include "core/domain/LoginRules.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/BankAccountChange.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/InvitationJson.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/ApplicationWrites.h"
#include "server/api/ContractRenewal.h"
#include "server/api/InvitationIssuer.h"
#include "server/auth/TokenService.h"
#include "server/config/ServerConfig.h"
#include "server/documents/DocumentService.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"

namespace dpdesk::server {

namespace {
qint64 idParam(const HttpRequest &req)
{
    bool ok = false;
    const qint64 id = req.param(QStringLiteral("id")).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

HttpResponse ifMatchRequired()
{
    return api::fail(
        Error{"precondition_required",
              QStringLiteral("Send If-Match with the version you looked at: a new contract resets "
                             "every applicant's progress, so it must not rest on an old view."),
              "If-Match"});
}

// S5, the DP Portaal way: the bank account changes and a new contract is in
// place; link and code stay the same.
HttpResponse changeBankAccount(ApiDeps &deps, const AuthContext &auth, qint64 id, qint64 expected,
                               const BankAccountChange &change, WriteEffects &fx)
{
    const auto stored = deps.applications.loadVisible(id, auth);
    if (!stored)
        return api::notFound();
    if (stored->application.version != expected)
        return preconditionFailed(stored->application);
    const Application &current = stored->application;
    if (current.iban == change.iban && current.accountHolder == change.accountHolder)
        return api::fail(Error{"conflict.bank_account_unchanged",
                               QStringLiteral("This is already the application's bank account and account "
                                              "holder; nothing was changed and no new contract was made."),
                               "iban"});
    Application changed = current;
    changed.iban = change.iban;
    changed.accountHolder = change.accountHolder;
    auto renewal = renewContract(deps, *stored, changed, auth.userId, /*keepInvitations=*/true);
    if (!renewal)
        return api::fail(renewal.error());
    const Application &saved = renewal->stored.application;
    const QJsonObject details{{"oldIban", maskedIban(current.iban)},
                              {"newIban", maskedIban(saved.iban)},
                              {"accountHolderChanged", current.accountHolder != saved.accountHolder},
                              {"contractVersion", saved.contractVersion},
                              {"documents", documentsForAudit(renewal->documents)},
                              {"reopenedInvitations", renewal->reopenedInvitations}};
    if (auto s = recordApplicationChange(deps, renewal->stored, fx, "user", auth.userId,
                                         "bank_account.changed", details);
        !s)
        return api::fail(s.error());
    if (auto s = deps.documents.generateNow(renewal->documents, renewal->stored.officeId); !s)
        return api::fail(s.error());
    qCInfo(lcServer) << "bank account changed; application" << id << "has contract version"
                     << saved.contractVersion;
    HttpResponse r = HttpResponse::json(200, toJson(saved));
    r.setHeader("ETag", api::etag(saved.version));
    return r;
}

// S5, the Maex way: a new contract and a new invitation for every applicant
// (the old ones are revoked, as with C6).
HttpResponse newSigning(ApiDeps &deps, const HttpRequest &req, const AuthContext &auth, qint64 id,
                        qint64 expected, const CreateInvitationRequest &request, WriteEffects &fx)
{
    const auto stored = deps.applications.loadVisible(id, auth);
    if (!stored)
        return api::notFound();
    if (stored->application.version != expected)
        return preconditionFailed(stored->application);
    auto renewal = renewContract(deps, *stored, stored->application, auth.userId, /*keepInvitations=*/false);
    if (!renewal)
        return api::fail(renewal.error());

    const QDateTime now = deps.clock.nowUtc();
    QJsonArray issuedForAudit;
    QList<QPair<qint64, QJsonObject>> secrets; // applicant id -> secret
    for (const Applicant &a : renewal->stored.application.applicants) {
        const qint64 applicantId = a.id.toLongLong();
        QJsonObject entry{{"applicantId", a.id}, {"kind", enumToString(request.kind)}};
        if (a.invitation) {
            if (auto revoked = revokeInvitation(*a.invitation, now)) { // active or locked: stops working (C6)
                if (auto s = deps.applications.saveInvitation(revoked.value()); !s)
                    return api::fail(s.error());
                entry.insert("replaced", a.invitation->id);
            }
        }
        auto issued = issueInvitation(deps, req, applicantId, request, auth.userId, now);
        if (!issued)
            return api::fail(issued.error());
        issuedForAudit.append(entry);
        secrets.append({applicantId, issued->secret});
    }
    auto reloaded = deps.applications.load(id);
    if (!reloaded)
        return api::fail(Error{"db.error", QStringLiteral("A database operation failed."), {}});
    const QJsonObject details{{"contractVersion", reloaded->application.contractVersion},
                              {"documents", documentsForAudit(renewal->documents)},
                              {"invitations", issuedForAudit}};
    if (auto s = recordApplicationChange(deps, *reloaded, fx, "user", auth.userId, "contract.new_signing",
                                         details);
        !s)
        return api::fail(s.error());
    if (auto s = deps.documents.generateNow(renewal->documents, reloaded->officeId); !s)
        return api::fail(s.error());

    QJsonArray invitations;
    for (const auto &[applicantId, secret] : std::as_const(secrets)) {
        QJsonObject item = secret;
        item.insert("applicantId", QString::number(applicantId));
        if (const auto invitation = deps.applications.currentInvitation(applicantId))
            item.insert("invitation", toJson(*invitation));
        invitations.append(item);
    }
    qCInfo(lcServer) << "new signing for application" << id << "contract version"
                     << reloaded->application.contractVersion;
    HttpResponse r = HttpResponse::json(
        201, QJsonObject{{"application", toJson(reloaded->application)}, {"invitations", invitations}});
    r.setHeader("ETag", api::etag(reloaded->application.version));
    return r;
}
} // namespace

void registerContractApi(Router &router, ApiDeps &deps)
{
    router.add("PUT", QStringLiteral("/api/v1/applications/{id}/bank-account"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const qint64 id = idParam(req);
                   if (!deps.applications.loadVisible(id, auth))
                       return api::notFound();
                   const auto expected = api::ifMatch(req);
                   if (!expected)
                       return ifMatchRequired();
                   auto body = api::jsonBody(req, deps.config.maxBodyBytes);
                   if (body.refusal)
                       return *body.refusal;
                   auto change = bankAccountChangeFromJson(body.object);
                   if (!change)
                       return api::fail(change.error());
                   return runIdempotentWrite(deps.db, deps.onCommit, req, auth.userId, deps.clock.nowMSecs(),
                                             [&](WriteEffects &fx) {
                                                 return changeBankAccount(deps, auth, id, *expected,
                                                                          change.value(), fx);
                                             });
               }));

    router.add("POST", QStringLiteral("/api/v1/applications/{id}/new-signing"),
               api::authenticated(deps.tokens, [&deps](HttpRequest &req, const AuthContext &auth) {
                   const qint64 id = idParam(req);
                   if (!deps.applications.loadVisible(id, auth))
                       return api::notFound();
                   const auto expected = api::ifMatch(req);
                   if (!expected)
                       return ifMatchRequired();
                   auto body = api::jsonBody(req, deps.config.maxBodyBytes);
                   if (body.refusal)
                       return *body.refusal;
                   auto request = createInvitationRequestFromJson(body.object);
                   if (!request)
                       return api::fail(request.error());
                   return runIdempotentWrite(deps.db, deps.onCommit, req, auth.userId, deps.clock.nowMSecs(),
                                             [&](WriteEffects &fx) {
                                                 return newSigning(deps, req, auth, id, *expected,
                                                                   request.value(), fx);
                                             });
               }));
}

} // namespace dpdesk::server
