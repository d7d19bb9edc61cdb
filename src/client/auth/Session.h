#pragma once

#include "client/auth/AuthClient.h"
#include "client/net/ApiClient.h"
#include "core/time/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace dpdesk::client {

class CredentialStore;

// The login of one office user on one server: holds the access and refresh
// token and keeps the access token fresh. ApiClient gets the access token
// through tokenProvider(). The refresh token is kept only in memory and in
// the CredentialStore (the OS keychain), never in settings or logs, so a
// session can be resumed at start-up (resume).
//
// Refresh: shortly before the access token expires (refresh margin), or
// when the server refuses it (accessTokenRejected, e.g. after SyncEngine's
// authenticationRequired). One refresh runs at a time; after it,
// accessTokenChanged tells sync and push to carry on. When the server ends
// the login (refresh token expired, revoked or reused), the stored token is
// erased and loginRequired is emitted. When the server cannot be reached,
// the refresh is tried again with a doubling delay and the session stays.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State {
        LoggedOut, // no tokens
        Refreshing, // a refresh token but no usable access token yet (resume, rejected token)
        Active // a usable access token
    };
    Q_ENUM(State)

    Session(AuthClient *auth, CredentialStore *credentials, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    // Seconds before expiry at which the access token is refreshed (60).
    void setRefreshMargin(int secs) { m_refreshMarginSecs = secs; }
    // First and largest delay before a failed (unreachable) refresh is tried again.
    void setRetryDelays(int firstMSecs, int maxMSecs);
    // A token from a refresh refused again within this many seconds ends the
    // session instead of refreshing in a loop (10).
    void setMinSecsBetweenRefreshes(int secs) { m_minSecsBetweenRefreshes = secs; }

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Active; }
    QString serverUrl() const;
    QString username() const { return m_username; }
    SessionUser user() const { return m_user; }
    QString accessToken() const { return m_tokens.accessToken; }
    QDateTime accessExpiresAt() const { return m_accessExpiresAt; } // UTC, from the Clock
    bool isRefreshScheduled() const { return m_expiryTimer.isActive(); }
    bool isRetryScheduled() const { return m_retryTimer.isActive(); }

    // For ApiClient: the current access token; remembers the last one handed
    // out (lastProvidedToken) so that a 401 can be matched to the token it
    // refused.
    ApiClient::TokenProvider tokenProvider();
    QString lastProvidedToken() const { return m_lastProvided; }

    // After a successful login: keeps the tokens, stores the refresh token.
    void start(const LoginResult &login);
    // At start-up: loads the stored refresh token of this user on this
    // server and refreshes it. loginRequired when there is none or the server
    // no longer accepts it.
    void resume(const QString &username);
    // The server refused an access token (401). rejectedToken empty: the
    // current one. A token older than the current one only resumes.
    void accessTokenRejected(const QString &rejectedToken = {});
    void refreshNow();
    // Ends the session on the server (best effort) and here, and erases the
    // stored refresh token.
    void logout();

signals:
    void stateChanged(dpdesk::client::Session::State state);
    // A new access token (login, resume, refresh): sync and push carry on with it.
    void accessTokenChanged();
    void userChanged(const dpdesk::client::SessionUser &user);
    // The session ended without the user asking; show the login dialog.
    void loginRequired(const QString &reason);
    void loggedOut();

private:
    void setState(State state);
    void adopt(const IssuedTokens &issued);
    void scheduleExpiryRefresh();
    void refreshed(quint64 generation, const AuthOutcome<IssuedTokens> &outcome);
    void fetchUser(quint64 generation);
    void storeRefreshToken();
    void end(const QString &reason);
    void clear();

    AuthClient *m_auth;
    CredentialStore *m_credentials;
    const Clock &m_clock;
    State m_state = State::LoggedOut;
    QString m_username;
    SessionUser m_user;
    Tokens m_tokens;
    QDateTime m_accessExpiresAt;
    QDateTime m_refreshedAt;
    QString m_lastProvided;
    bool m_refreshing = false;
    quint64 m_generation = 0; // bumped when the session ends; late answers of an older one are dropped
    int m_refreshMarginSecs = 60;
    int m_minSecsBetweenRefreshes = 10;
    int m_firstRetryDelay = 5'000;
    int m_maxRetryDelay = 60'000;
    int m_retryDelay = 5'000;
    QTimer m_expiryTimer;
    QTimer m_retryTimer;
};

} // namespace dpdesk::client
