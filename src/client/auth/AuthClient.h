#pragma once

#include "client/auth/AuthError.h"
#include "client/credentials/CredentialStore.h"
#include "core/domain/Enums.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dpdesk::client {

class ApiClient;

// Who is logged in. From the login answer; after a resumed session from
// GET /api/v1/me, which has no display name and no office name (they stay
// empty then).
struct SessionUser
{
    QString id;
    QString username;
    QString displayName;
    UserRole role = UserRole::Advisor;
    QString officeId;
    QString officeName;

    friend bool operator==(const SessionUser &, const SessionUser &) = default;
};

// New tokens (login or refresh). Secrets: never log them.
struct IssuedTokens
{
    Tokens tokens;
    int expiresInSecs = 0; // of the access token
};

struct LoginResult
{
    IssuedTokens issued;
    SessionUser user;
};

// The office login of the portal service (A6): POST /api/v1/auth/login with
// username, password and the 6-digit code of the authenticator app,
// /auth/refresh (rotating refresh tokens), /auth/logout and GET /api/v1/me.
// Failures are classified for the login dialog (AuthError.h). Answers arrive
// through callbacks, never before the call returns, and never once the
// AuthClient is gone.
class AuthClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const AuthOutcome<T> &)>;

    AuthClient(QNetworkAccessManager *network, QUrl serverUrl, QObject *parent = nullptr);
    ~AuthClient() override;

    QUrl serverUrl() const { return m_serverUrl; }
    void setTransferTimeout(int msecs);

    void login(const QString &username, const QString &password, const QString &code, Done<LoginResult> done);
    void refresh(const QString &refreshToken, Done<IssuedTokens> done);
    void me(const QString &accessToken, Done<SessionUser> done);
    // Ends the session of this access token on the server (best effort).
    void logout(const QString &accessToken, Done<bool> done);

    // Decoders of the answers (public for tests).
    static std::optional<IssuedTokens> tokensFromJson(const QJsonObject &object);
    static std::optional<SessionUser> userFromJson(const QJsonObject &object);
    static QJsonObject userToJson(const SessionUser &user); // as the server writes it

private:
    QUrl m_serverUrl;
    ApiClient *m_api;
};

} // namespace dpdesk::client
