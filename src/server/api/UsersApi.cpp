#include "server/api/UsersApi.h"

#include "core/wire/FieldReader.h"
#include "core/wire/WireTime.h"
#include "server/api/ApiDeps.h"
#include "server/api/ApiSupport.h"
#include "server/auth/AccountService.h"
#include "server/auth/Enrolment.h"
#include "server/config/ServerConfig.h"
#include "server/http/Router.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace dpdesk::server {

namespace {
HttpResponse adminOnly()
{
    return HttpResponse::error(403, QStringLiteral("forbidden.admin_only"),
                               QStringLiteral("Only an administrator of your office can manage users."));
}

QJsonObject userJson(const AccountService::UserInfo &u)
{
    return QJsonObject{{"id", QString::number(u.id)},
                       {"username", u.username},
                       {"displayName", u.displayName},
                       {"role", enumToString(u.role)},
                       {"createdAt", formatWireTime(QDateTime::fromMSecsSinceEpoch(u.createdAtMs, Qt::UTC))},
                       {"locked", u.locked}};
}

QJsonObject enrolmentJson(const Enrolment &e)
{
    return QJsonObject{
        {"password", e.password}, {"totpSecret", e.totpSecretBase32}, {"otpauthUri", e.otpauthUri}};
}
} // namespace

void registerUsersApi(Router &router, ApiDeps &deps, AccountService &accounts)
{
    router.add("GET", QStringLiteral("/api/v1/users"),
               api::authenticated(deps.tokens, [&accounts](HttpRequest &, const AuthContext &auth) {
                   if (!auth.isAdmin())
                       return adminOnly();
                   auto users = accounts.usersOfOffice(auth.officeId);
                   if (!users)
                       return api::fail(users.error());
                   QJsonArray items;
                   for (const auto &u : users.value())
                       items.append(userJson(u));
                   return HttpResponse::json(200, QJsonObject{{"items", items}});
               }));

    router.add("POST", QStringLiteral("/api/v1/users"),
               api::authenticated(deps.tokens, [&deps, &accounts](HttpRequest &req, const AuthContext &auth) {
                   if (!auth.isAdmin())
                       return adminOnly();
                   auto body = api::jsonBody(req, deps.config.maxBodyBytes);
                   if (body.refusal)
                       return *body.refusal;
                   FieldReader r(body.object);
                   const QString username = r.string(u"username", {TextKind::Token, 64});
                   const QString displayName = r.string(u"displayName", {TextKind::Line, 200});
                   const UserRole role = r.enumValue<UserRole>(u"role");
                   if (auto s = r.finish(); !s)
                       return api::fail(s.error());
                   static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9._-]{1,63}$"));
                   if (!shape.match(username).hasMatch())
                       return api::fail(
                           Error{"json.invalid_value",
                                 QStringLiteral("A username is 2 to 64 lower-case letters, digits, dots, "
                                                "hyphens or underscores, starting with a letter."),
                                 "username"});
                   return runIdempotentWrite(
                       deps.db, deps.onCommit, req, auth.userId, deps.clock.nowMSecs(), [&](WriteEffects &) {
                           const Enrolment enrolment = Enrolment::create(username);
                           AccountService::NewUser nu;
                           nu.officeId = auth.officeId;
                           nu.username = username;
                           nu.displayName = displayName;
                           nu.role = role;
                           nu.password = enrolment.password;
                           nu.totpSecret = enrolment.totpSecret;
                           auto id = accounts.createUser(nu);
                           if (!id)
                               return api::fail(id.error());
                           const auto created = accounts.userOfOffice(auth.officeId, id.value());
                           HttpResponse out =
                               HttpResponse::json(201,
                                                  QJsonObject{{"user", userJson(*created)},
                                                              {"enrolment", enrolmentJson(enrolment)}});
                           out.setHeader("Location", "/api/v1/users/" + QByteArray::number(id.value()));
                           return out;
                       });
               }));

    router.add("POST", QStringLiteral("/api/v1/users/{id}/reset"),
               api::authenticated(deps.tokens, [&deps, &accounts](HttpRequest &req, const AuthContext &auth) {
                   const auto user = accounts.userOfOffice(auth.officeId, req.param("id").toLongLong());
                   if (!user)
                       return api::notFound(); // another office's user is not there
                   if (!auth.isAdmin())
                       return adminOnly();
                   return runIdempotentWrite(
                       deps.db, deps.onCommit, req, auth.userId, deps.clock.nowMSecs(), [&](WriteEffects &) {
                           const Enrolment enrolment = Enrolment::create(user->username);
                           if (auto s = accounts.resetCredentials(user->id, enrolment.password,
                                                                  enrolment.totpSecret);
                               !s)
                               return api::fail(s.error());
                           auto fresh = accounts.userOfOffice(auth.officeId, user->id);
                           return HttpResponse::json(200,
                                                     QJsonObject{{"user", userJson(*fresh)},
                                                                 {"enrolment", enrolmentJson(enrolment)}});
                       });
               }));
}

} // namespace dpdesk::server
