#include "server/api/InvitationsApi.h"

#include "core/domain/LoginRules.h"
#include "core/wire/CreateInvitationRequest.h"
#include "core/wire/InvitationJson.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/ApplicationWrites.h"
#include "server/api/InvitationIssuer.h"
#include "server/auth/TokenService.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"

namespace dpdesk::server {

namespace {
struct Target
{
    qint64 applicationId = 0;
    qint64 applicantId = 0;
};

Target target(const HttpRequest &req)
{
    Target t;
    t.applicationId = req.param(QStringLiteral("id")).toLongLong();
    t.applicantId = req.param(QStringLiteral("applicantId")).toLongLong();
    return t;
}

bool applicantBelongs(const ApplicationStore::Stored &stored, qint64 applicantId)
{
    for (const Applicant &a : stored.application.applicants) {
        if (a.id.toLongLong() == applicantId)
            return true;
    }
    return false;
}

// Creates a new invitation inside the caller's transaction. Returns the
// answer for the office (with the secret, shown this once).
HttpResponse createInvitation(ApiDeps &deps, const HttpRequest &req, const AuthContext &auth, const Target &t,
                              const CreateInvitationRequest &request, bool replace, WriteEffects &fx)
{
    auto stored = deps.applications.loadVisible(t.applicationId, auth);
    if (!stored || !applicantBelongs(*stored, t.applicantId))
        return api::notFound();
    if (const auto expected = api::ifMatch(req); expected && *expected != stored->application.version)
        return preconditionFailed(stored->application);

    const QDateTime now = deps.clock.nowUtc();
    const auto current = deps.applications.currentInvitation(t.applicantId);
    QJsonObject details{{"applicantId", QString::number(t.applicantId)},
                        {"kind", enumToString(request.kind)}};
    if (replace) {
        if (!current)
            return api::fail(
                Error{"conflict.no_invitation",
                      QStringLiteral("This applicant has no invitation to replace yet. Create one."),
                      {}});
        auto revoked = revokeInvitation(*current, now); // C6
        if (!revoked)
            return api::fail(Error{"conflict.invitation_not_replaceable",
                                   QStringLiteral("This invitation cannot be replaced any more (%1).")
                                       .arg(enumToString(current->state)),
                                   {}});
        if (auto s = deps.applications.saveInvitation(revoked.value()); !s)
            return api::fail(s.error());
        details.insert("replaced", current->id);
        details.insert("previousState",
                       isExpired(*current, now) ? QStringLiteral("expired") : enumToString(current->state));
    } else if (current
               && (current->state == InvitationState::Active || current->state == InvitationState::Locked)) {
        return api::fail(
            Error{"conflict.invitation_exists",
                  QStringLiteral("This applicant already has an invitation. Use \"delete and create new\" "
                                 "to replace it; the old link or code then stops working."),
                  {}});
    }

    auto issued = issueInvitation(deps, req, t.applicantId, request, auth.userId, now);
    if (!issued)
        return api::fail(issued.error());
    QJsonObject out = issued->secret;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto s = deps.applications.touch(t.applicationId, nowMs); !s)
        return api::fail(s.error());
    auto reloaded = deps.applications.load(t.applicationId);
    if (!reloaded)
        return api::fail(Error{"db.error", QStringLiteral("A database operation failed."), {}});
    if (auto s = recordApplicationChange(deps, *reloaded, fx, "user", auth.userId,
                                         replace ? "invitation.replaced" : "invitation.created", details);
        !s)
        return api::fail(s.error());
    const auto invitation = deps.applications.currentInvitation(t.applicantId);
    out.insert("invitation", toJson(*invitation));
    qCInfo(lcServer) << (replace ? "invitation replaced" : "invitation created") << "for applicant"
                     << t.applicantId;
    HttpResponse r = HttpResponse::json(201, out);
    r.setHeader("ETag", api::etag(reloaded->application.version));
    return r;
}

void addRoute(Router &router, ApiDeps &deps, const QString &path, bool replace)
{
    router.add("POST", path,
               api::authenticated(deps.tokens, [&deps, replace](HttpRequest &req, const AuthContext &auth) {
                   const Target t = target(req);
                   if (!deps.applications.loadVisible(t.applicationId, auth))
                       return api::notFound();
                   auto body = api::jsonBody(req, deps.config.maxBodyBytes);
                   if (body.refusal)
                       return *body.refusal;
                   auto request = createInvitationRequestFromJson(body.object);
                   if (!request)
                       return api::fail(request.error());
                   return runIdempotentWrite(deps.db, deps.onCommit, req, auth.userId, deps.clock.nowMSecs(),
                                             [&](WriteEffects &fx) {
                                                 return createInvitation(deps, req, auth, t, request.value(),
                                                                         replace, fx);
                                             });
               }));
}
} // namespace

void registerInvitationsApi(Router &router, ApiDeps &deps)
{
    addRoute(router, deps, QStringLiteral("/api/v1/applications/{id}/applicants/{applicantId}/invitations"),
             false);
    addRoute(router, deps,
             QStringLiteral("/api/v1/applications/{id}/applicants/{applicantId}/invitations/replace"), true);
}

} // namespace dpdesk::server
