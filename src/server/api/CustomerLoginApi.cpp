#include "server/api/CustomerLoginApi.h"

#include "core/domain/LoginRules.h"
#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"
#include "core/invitation/SecretHasher.h"
#include "core/wire/CustomerLoginRequest.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/api/ApplicationWrites.h"
#include "server/auth/Throttle.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerSessions.h"
#include "server/db/Database.h"
#include "server/http/Router.h"
#include "server/store/ApplicationStore.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
HttpResponse notAllowed()
{
    // The same answer for an unknown, locked, revoked, completed or expired
    // invitation, so the page tells an outsider nothing.
    return HttpResponse::error(
        401, QString::fromLatin1(login_error::NotAllowed),
        QStringLiteral("Deze gegevens geven geen toegang. Controleer de code of link, of neem "
                       "contact op met uw tussenpersoon."));
}

HttpResponse failedLogin(int failedAttempts)
{
    const FailedLoginOutcome outcome = failedLoginOutcome(failedAttempts - 1);
    HttpResponse r = HttpResponse::json(
        401,
        QJsonObject{{"error",
                     QJsonObject{{"code", QStringLiteral("login.") + enumToString(outcome.message)},
                                 {"message", loginFailureText(outcome.message)}}},
                    {"attemptsLeft", qMax(0, kLoginLockAtFailedAttempts - failedAttempts)}});
    return r;
}
} // namespace

namespace {
// The whole login in one write transaction (one commit, so one disk flush
// per login): the throttle hit, the lookup, and either the counted wrong
// attempt or the new session. Refusals are committed too, so the throttle
// and the attempt count stick; only a database failure rolls back.
HttpResponse customerLogin(ApiDeps &deps, CustomerSessions &sessions, const HttpRequest &req,
                           WriteEffects &fx)
{
    const qint64 nowMs = deps.clock.nowMSecs();
    Throttle throttle(deps.db);
    const auto verdict = throttle.hit(QStringLiteral("customer-ip:") + req.remoteAddress.toString(),
                                      deps.config.customerLoginsPerIpPerMinute, 60'000, nowMs);
    if (!verdict.allowed) {
        HttpResponse r =
            HttpResponse::error(429, QStringLiteral("login.throttled"),
                                QStringLiteral("Te veel pogingen. Wacht een minuut en probeer het opnieuw."));
        r.setHeader("Retry-After", QByteArray::number((verdict.retryAfterMs + 999) / 1000));
        return r;
    }
    auto body = api::jsonBody(req, deps.config.maxBodyBytes);
    if (body.refusal)
        return *body.refusal;
    auto request = customerLoginRequestFromJson(body.object);
    if (!request)
        return api::fail(request.error());

    QString hash;
    if (request->kind == InvitationKind::Code) {
        auto code = InvitationCode::parse(request->secret);
        if (!code) // a typo the check symbol catches costs no attempt
            return api::fail(code.error());
        hash = QString::fromLatin1(deps.hasher.hash(code.value()));
    } else {
        auto token = LinkToken::parse(request->secret);
        if (!token)
            return notAllowed();
        hash = QString::fromLatin1(deps.hasher.hash(token.value()));
    }
    const auto found = deps.applications.invitationByHash(hash);
    if (!found || !checkCanLogIn(found->invitation, deps.clock.nowUtc()))
        return notAllowed();

    QSqlQuery &dob = deps.db.prepared(QStringLiteral("SELECT date_of_birth FROM applicants WHERE id = ?"));
    dob.addBindValue(found->invitation.applicantId.toLongLong());
    if (!dob.exec() || !dob.next())
        return notAllowed();
    const bool correct = dob.value(0).toString() == request->dateOfBirth.toString(Qt::ISODate);
    dob.finish();

    if (!correct) {
        auto counted = deps.applications.countFailedLogin(found->invitation.id.toLongLong(),
                                                          kLoginLockAtFailedAttempts, nowMs);
        if (!counted)
            return api::fail(counted.error());
        const int attempts = counted.value();
        if (attempts == 0) // locked by a parallel attempt meanwhile
            return notAllowed();
        if (auto s = deps.applications.touch(found->applicationId, nowMs); !s)
            return api::fail(s.error());
        auto stored = deps.applications.load(found->applicationId);
        if (!stored)
            return api::fail(Error{"db.error", QStringLiteral("A database operation failed."), {}});
        const bool locked = attempts >= kLoginLockAtFailedAttempts;
        if (auto s = recordApplicationChange(
                deps, *stored, fx, "customer", 0, locked ? "invitation.locked" : "customer.login_failed",
                QJsonObject{{"applicantId", found->invitation.applicantId}, {"failedAttempts", attempts}});
            !s)
            return api::fail(s.error());
        if (locked)
            qCInfo(lcServerAuth) << "invitation" << found->invitation.id << "locked after" << attempts
                                 << "wrong dates of birth";
        return failedLogin(attempts);
    }

    // C7: a correct login resets nothing; the session is for this applicant only.
    auto token =
        sessions.create(found->invitation.applicantId.toLongLong(), found->invitation.id.toLongLong());
    if (!token)
        return api::fail(token.error());
    return HttpResponse::json(200,
                              QJsonObject{{"sessionToken", token.value()},
                                          {"expiresIn", CustomerSessions::kInactivityMs / 1000},
                                          {"applicantId", found->invitation.applicantId}});
}
} // namespace

void registerCustomerLoginApi(Router &router, ApiDeps &deps, CustomerSessions &sessions)
{
    router.add("POST", QStringLiteral("/api/v1/customer/login"), [&deps, &sessions](HttpRequest &req) {
        return runWrite(
            deps.db, deps.onCommit, [&](WriteEffects &fx) { return customerLogin(deps, sessions, req, fx); },
            CommitWhen::UnlessServerError);
    });
}

} // namespace dpdesk::server
