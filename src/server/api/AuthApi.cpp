#include "server/api/AuthApi.h"

#include "core/wire/FieldReader.h"
#include "server/api/ApiSupport.h"
#include "server/auth/AccountService.h"
#include "server/auth/TokenService.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

namespace dpdesk::server {

namespace {
QJsonObject tokensJson(const TokenService::Tokens &t)
{
    return QJsonObject{{"accessToken", t.accessToken},
                       {"refreshToken", t.refreshToken},
                       {"tokenType", "Bearer"},
                       {"expiresIn", t.accessExpiresInSecs}};
}

HttpResponse withRetryAfter(HttpResponse r, qint64 retryAfterMs)
{
    if (retryAfterMs > 0)
        r.setHeader("Retry-After", QByteArray::number((retryAfterMs + 999) / 1000));
    return r;
}
} // namespace

void registerAuthApi(Router &router, AccountService &accounts, TokenService &tokens,
                     const ServerConfig &config)
{
    const qint64 maxBytes = config.maxBodyBytes;

    router.add("POST", QStringLiteral("/api/v1/auth/login"), [&accounts, maxBytes](HttpRequest &req) {
        auto body = api::jsonBody(req, maxBytes);
        if (body.refusal)
            return *body.refusal;
        FieldReader r(body.object);
        const QString username = r.string(u"username", {TextKind::Line, 100});
        const QString password = r.string(u"password", {TextKind::Text, 200});
        const QString code = r.string(u"code", {TextKind::Token, 8});
        if (auto s = r.finish(); !s)
            return api::fail(s.error());
        qint64 retryAfter = 0;
        auto result = accounts.login(username, password, code, req.remoteAddress, &retryAfter);
        if (!result)
            return withRetryAfter(api::fail(result.error()), retryAfter);
        QJsonObject out = tokensJson(result->tokens);
        out.insert("user",
                   QJsonObject{{"id", QString::number(result->user.userId)},
                               {"username", result->user.username},
                               {"displayName", result->displayName},
                               {"role", enumToString(result->user.role)},
                               {"officeId", QString::number(result->user.officeId)},
                               {"officeName", result->officeName}});
        return HttpResponse::json(200, out);
    });

    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), [&tokens, maxBytes](HttpRequest &req) {
        auto body = api::jsonBody(req, maxBytes);
        if (body.refusal)
            return *body.refusal;
        FieldReader r(body.object);
        const QString refreshToken = r.string(u"refreshToken", {TextKind::Token, 64});
        if (auto s = r.finish(); !s)
            return api::fail(s.error());
        auto refreshed = tokens.refresh(refreshToken);
        if (!refreshed)
            return api::fail(refreshed.error());
        return HttpResponse::json(200, tokensJson(refreshed.value()));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/logout"),
               api::authenticated(tokens, [&tokens](HttpRequest &req, const AuthContext &) {
                   tokens.logout(QString::fromLatin1(req.header("Authorization").mid(7).trimmed()));
                   return HttpResponse::noContent();
               }));

    router.add("GET", QStringLiteral("/api/v1/me"),
               api::authenticated(tokens, [](HttpRequest &, const AuthContext &a) {
                   return HttpResponse::json(200,
                                             QJsonObject{{"id", QString::number(a.userId)},
                                                         {"username", a.username},
                                                         {"role", enumToString(a.role)},
                                                         {"officeId", QString::number(a.officeId)}});
               }));
}

} // namespace dpdesk::server
