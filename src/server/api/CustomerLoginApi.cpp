#include "server/api/CustomerLoginApi.h"

#include "core/domain/LoginRules.h"
#include "core/wire/CustomerLoginRequest.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/config/ServerConfig.h"
#include "server/customer/CustomerLogin.h"
#include "server/customer/CustomerSessions.h"
#include "server/http/Router.h"

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

HttpResponse answer(const CustomerLoginResult &r)
{
    using Outcome = CustomerLoginResult::Outcome;
    switch (r.outcome) {
    case Outcome::LoggedIn:
        return HttpResponse::json(200,
                                  QJsonObject{{"sessionToken", r.sessionToken},
                                              {"expiresIn", CustomerSessions::kInactivityMs / 1000},
                                              {"applicantId", r.applicantId}});
    case Outcome::WrongDateOfBirth: // C3, C4, C5
        return HttpResponse::json(
            401,
            QJsonObject{{"error",
                         QJsonObject{{"code", QStringLiteral("login.") + enumToString(r.failure)},
                                     {"message", loginFailureText(r.failure)}}},
                        {"attemptsLeft", r.attemptsLeft}});
    case Outcome::Throttled: {
        HttpResponse t =
            HttpResponse::error(429, QStringLiteral("login.throttled"),
                                QStringLiteral("Te veel pogingen. Wacht een minuut en probeer het opnieuw."));
        t.setHeader("Retry-After", QByteArray::number((r.retryAfterMs + 999) / 1000));
        return t;
    }
    case Outcome::Refused:
        return api::fail(r.error);
    case Outcome::NotAllowed:
        break;
    }
    return notAllowed();
}
} // namespace

void registerCustomerLoginApi(Router &router, ApiDeps &deps, CustomerLogin &login)
{
    router.add("POST", QStringLiteral("/api/v1/customer/login"), [&deps, &login](HttpRequest &req) {
        auto body = api::jsonBody(req, deps.config.maxBodyBytes);
        if (body.refusal)
            return *body.refusal;
        auto request = customerLoginRequestFromJson(body.object);
        if (!request) // a malformed request is no attempt
            return api::fail(request.error());
        return answer(login.logIn(request.value(), req.remoteAddress));
    });
}

} // namespace dpdesk::server
