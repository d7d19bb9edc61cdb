#include "client/auth/AuthClient.h"

#include "client/Logging.h"
#include "client/net/ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace dpdesk::client {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AuthError unexpectedBody()
{
    AuthError error;
    error.kind = AuthFailure::UnexpectedAnswer;
    error.code = QStringLiteral("auth.unexpected_answer");
    error.message = QCoreApplication::translate(
        "dpdesk::client::AuthError", "The server gave an answer that DP Desk does not understand.");
    return error;
}

QList<std::pair<QByteArray, QByteArray>> bearer(const QString &accessToken)
{
    return {{"Authorization", "Bearer " + accessToken.toUtf8()}};
}

} // namespace

AuthClient::AuthClient(QNetworkAccessManager *network, QUrl serverUrl, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
    , m_api(new ApiClient(network, std::move(serverUrl), {}, this))
{ }

AuthClient::~AuthClient() = default;

void AuthClient::setTransferTimeout(int msecs)
{
    m_api->setTransferTimeout(msecs);
}

std::optional<IssuedTokens> AuthClient::tokensFromJson(const QJsonObject &object)
{
    IssuedTokens issued;
    issued.tokens.accessToken = object.value(QLatin1String("accessToken")).toString();
    issued.tokens.refreshToken = object.value(QLatin1String("refreshToken")).toString();
    const QJsonValue expiresIn = object.value(QLatin1String("expiresIn"));
    if (issued.tokens.accessToken.isEmpty() || issued.tokens.refreshToken.isEmpty() || !expiresIn.isDouble()
        || expiresIn.toDouble() <= 0)
        return std::nullopt;
    issued.expiresInSecs = int(std::min(expiresIn.toDouble(), 365.0 * 24 * 3600));
    return issued;
}

std::optional<SessionUser> AuthClient::userFromJson(const QJsonObject &object)
{
    SessionUser user;
    user.id = object.value(QLatin1String("id")).toString();
    user.username = object.value(QLatin1String("username")).toString();
    user.displayName = object.value(QLatin1String("displayName")).toString();
    user.officeId = object.value(QLatin1String("officeId")).toString();
    user.officeName = object.value(QLatin1String("officeName")).toString();
    const auto role = enumFromString<UserRole>(object.value(QLatin1String("role")).toString());
    if (user.id.isEmpty() || user.username.isEmpty() || user.officeId.isEmpty() || !role)
        return std::nullopt;
    user.role = *role;
    return user;
}

QJsonObject AuthClient::userToJson(const SessionUser &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("displayName"), user.displayName},
                       {QStringLiteral("role"), enumToString(user.role)},
                       {QStringLiteral("officeId"), user.officeId},
                       {QStringLiteral("officeName"), user.officeName}};
}

void AuthClient::login(const QString &username, const QString &password, const QString &code,
                       Done<LoginResult> done)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (username.trimmed().isEmpty() || password.isEmpty() || !sixDigits.match(code).hasMatch()) {
        AuthError error;
        error.kind = AuthFailure::InvalidInput;
        error.code = QStringLiteral("auth.invalid_input");
        error.message = QCoreApplication::translate(
            "dpdesk::client::AuthError",
            "Enter your username, your password and the 6-digit code from your authenticator app.");
        // Answer on the event loop, as every other outcome.
        QTimer::singleShot(
            0, this, [done = std::move(done), error] { done(AuthOutcome<LoginResult>::failure(error)); });
        return;
    }
    const QByteArray body =
        compact(QJsonObject{{"username", username.trimmed()}, {"password", password}, {"code", code}});
    m_api->request("POST", QStringLiteral("/api/v1/auth/login"), body, {},
                   [done = std::move(done)](const ApiResult &result) {
                       if (!result.isSuccess()) {
                           const AuthError error = authErrorFrom(result);
                           qCInfo(lcAuth) << "login refused:" << result.status << error.code;
                           done(AuthOutcome<LoginResult>::failure(error));
                           return;
                       }
                       const QJsonObject object = result.body.toObject();
                       const auto issued = tokensFromJson(object);
                       const auto user = userFromJson(object.value(QLatin1String("user")).toObject());
                       if (!issued || !user) {
                           qCWarning(lcAuth) << "login answer does not decode";
                           done(AuthOutcome<LoginResult>::failure(unexpectedBody()));
                           return;
                       }
                       qCInfo(lcAuth) << "logged in as user" << user->id;
                       done(AuthOutcome<LoginResult>::success(LoginResult{*issued, *user}));
                   });
}

void AuthClient::refresh(const QString &refreshToken, Done<IssuedTokens> done)
{
    m_api->request("POST", QStringLiteral("/api/v1/auth/refresh"),
                   compact(QJsonObject{{"refreshToken", refreshToken}}), {},
                   [done = std::move(done)](const ApiResult &result) {
                       if (!result.isSuccess()) {
                           const AuthError error = authErrorFrom(result);
                           qCInfo(lcAuth) << "refresh refused:" << result.status << error.code;
                           done(AuthOutcome<IssuedTokens>::failure(error));
                           return;
                       }
                       const auto issued = tokensFromJson(result.body.toObject());
                       if (!issued) {
                           qCWarning(lcAuth) << "refresh answer does not decode";
                           done(AuthOutcome<IssuedTokens>::failure(unexpectedBody()));
                           return;
                       }
                       done(AuthOutcome<IssuedTokens>::success(*issued));
                   });
}

void AuthClient::me(const QString &accessToken, Done<SessionUser> done)
{
    m_api->request("GET", QStringLiteral("/api/v1/me"), {}, bearer(accessToken),
                   [done = std::move(done)](const ApiResult &result) {
                       if (!result.isSuccess()) {
                           done(AuthOutcome<SessionUser>::failure(authErrorFrom(result)));
                           return;
                       }
                       const auto user = userFromJson(result.body.toObject());
                       if (!user) {
                           done(AuthOutcome<SessionUser>::failure(unexpectedBody()));
                           return;
                       }
                       done(AuthOutcome<SessionUser>::success(*user));
                   });
}

void AuthClient::logout(const QString &accessToken, Done<bool> done)
{
    m_api->request("POST", QStringLiteral("/api/v1/auth/logout"), {}, bearer(accessToken),
                   [done = std::move(done)](const ApiResult &result) {
                       if (!done)
                           return;
                       if (result.isSuccess())
                           done(AuthOutcome<bool>::success(true));
                       else
                           done(AuthOutcome<bool>::failure(authErrorFrom(result)));
                   });
}

} // namespace dpdesk::client
