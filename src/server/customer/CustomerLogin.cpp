#include "server/customer/CustomerLogin.h"

#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"
#include "core/invitation/SecretHasher.h"
#include "server/Logging.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApplicationWrites.h"
#include "server/auth/Throttle.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerSessions.h"
#include "server/db/Database.h"
#include "server/store/ApplicationStore.h"

#include <QVariant>

namespace dpdesk::server {

namespace {
using Outcome = CustomerLoginResult::Outcome;

CustomerLoginResult with(Outcome outcome)
{
    CustomerLoginResult r;
    r.outcome = outcome;
    return r;
}

CustomerLoginResult refused(const Error &error)
{
    CustomerLoginResult r = with(Outcome::Refused);
    r.error = error;
    return r;
}
} // namespace

CustomerLogin::CustomerLogin(ApiDeps &deps, CustomerSessions &sessions)
    : m_deps(deps)
    , m_sessions(sessions)
{ }

CustomerLoginResult CustomerLogin::logIn(const CustomerLoginRequest &request, const QHostAddress &from)
{
    ApiDeps &deps = m_deps;
    if (!deps.db.beginWrite())
        return refused(Error{"db.unavailable", QStringLiteral("The service is busy. Please try again."), {}});
    WriteEffects fx;
    const CustomerLoginResult result = [&]() -> CustomerLoginResult {
        const qint64 nowMs = deps.clock.nowMSecs();
        Throttle throttle(deps.db);
        const auto verdict = throttle.hit(QStringLiteral("customer-ip:") + from.toString(),
                                          deps.config.customerLoginsPerIpPerMinute, 60'000, nowMs);
        if (!verdict.allowed) {
            CustomerLoginResult r = with(Outcome::Throttled);
            r.retryAfterMs = verdict.retryAfterMs;
            return r;
        }

        QString hash;
        if (request.kind == InvitationKind::Code) {
            auto code = InvitationCode::parse(request.secret);
            if (!code) // a typo the check symbol catches costs no attempt
                return refused(code.error());
            hash = QString::fromLatin1(deps.hasher.hash(code.value()));
        } else {
            auto token = LinkToken::parse(request.secret);
            if (!token)
                return with(Outcome::NotAllowed);
            hash = QString::fromLatin1(deps.hasher.hash(token.value()));
        }
        const auto found = deps.applications.invitationByHash(hash);
        if (!found || !checkCanLogIn(found->invitation, deps.clock.nowUtc()))
            return with(Outcome::NotAllowed);

        QSqlQuery &dob =
            deps.db.prepared(QStringLiteral("SELECT date_of_birth FROM applicants WHERE id = ?"));
        dob.addBindValue(found->invitation.applicantId.toLongLong());
        if (!dob.exec() || !dob.next())
            return with(Outcome::NotAllowed);
        const bool correct = dob.value(0).toString() == request.dateOfBirth.toString(Qt::ISODate);
        dob.finish();

        if (!correct) { // C3-C5
            auto counted = deps.applications.countFailedLogin(found->invitation.id.toLongLong(),
                                                              kLoginLockAtFailedAttempts, nowMs);
            if (!counted)
                return refused(counted.error());
            const int attempts = counted.value();
            if (attempts == 0) // locked by a parallel attempt meanwhile
                return with(Outcome::NotAllowed);
            if (auto s = deps.applications.touch(found->applicationId, nowMs); !s)
                return refused(s.error());
            auto stored = deps.applications.load(found->applicationId);
            if (!stored)
                return refused(Error{"db.error", QStringLiteral("A database operation failed."), {}});
            const bool locked = attempts >= kLoginLockAtFailedAttempts;
            if (auto s = recordApplicationChange(deps, *stored, fx, "customer", 0,
                                                 locked ? "invitation.locked" : "customer.login_failed",
                                                 QJsonObject{{"applicantId", found->invitation.applicantId},
                                                             {"failedAttempts", attempts}});
                !s)
                return refused(s.error());
            if (locked)
                qCInfo(lcServerAuth) << "invitation" << found->invitation.id << "locked after" << attempts
                                     << "wrong dates of birth";
            CustomerLoginResult r = with(Outcome::WrongDateOfBirth);
            r.failure = failedLoginOutcome(attempts - 1).message;
            r.attemptsLeft = qMax(0, kLoginLockAtFailedAttempts - attempts);
            return r;
        }

        // C7: a correct login resets nothing; the session is for this applicant only.
        auto token =
            m_sessions.create(found->invitation.applicantId.toLongLong(), found->invitation.id.toLongLong());
        if (!token)
            return refused(token.error());
        CustomerLoginResult r = with(Outcome::LoggedIn);
        r.sessionToken = token.value();
        r.applicantId = found->invitation.applicantId;
        return r;
    }();
    if (result.outcome == Outcome::Refused && result.error.code.startsWith(QLatin1String("db."))) {
        deps.db.rollback();
        return result;
    }
    if (!deps.db.commit()) {
        deps.db.rollback();
        return refused(Error{"db.unavailable", QStringLiteral("The service is busy. Please try again."), {}});
    }
    if (deps.onCommit)
        deps.onCommit(fx);
    return result;
}

} // namespace dpdesk::server
