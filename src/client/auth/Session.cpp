#include "client/auth/Session.h"

#include "client/Logging.h"
#include "client/credentials/CredentialStore.h"

#include <QPointer>

namespace dpdesk::client {

Session::Session(AuthClient *auth, CredentialStore *credentials, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_credentials(credentials)
    , m_clock(clock)
{
    m_expiryTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &Session::refreshNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &Session::refreshNow);
}

Session::~Session() = default;

QString Session::serverUrl() const
{
    return m_auth->serverUrl().toString();
}

void Session::setRetryDelays(int firstMSecs, int maxMSecs)
{
    m_firstRetryDelay = std::max(0, firstMSecs);
    m_maxRetryDelay = std::max(m_firstRetryDelay, maxMSecs);
    m_retryDelay = m_firstRetryDelay;
}

ApiClient::TokenProvider Session::tokenProvider()
{
    return [self = QPointer<Session>(this)]() -> QString {
        if (!self)
            return {};
        self->m_lastProvided = self->m_tokens.accessToken;
        return self->m_lastProvided;
    };
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "session:" << state;
    emit stateChanged(state);
}

void Session::start(const LoginResult &login)
{
    clear();
    m_username = login.user.username;
    m_user = login.user;
    adopt(login.issued);
    emit userChanged(m_user);
    setState(State::Active);
    emit accessTokenChanged();
}

void Session::resume(const QString &username)
{
    clear();
    m_username = username;
    m_user.username = username;
    setState(State::Refreshing);
    const quint64 generation = m_generation;
    m_credentials->load(serverUrl(), username,
                        [self = QPointer<Session>(this), generation](const Result<Tokens> &loaded) {
                            if (!self || self->m_generation != generation)
                                return;
                            if (!loaded || loaded->refreshToken.isEmpty()) {
                                qCInfo(lcAuth) << "no stored login to resume";
                                self->clear();
                                self->setState(State::LoggedOut);
                                emit self->loginRequired({});
                                return;
                            }
                            self->m_tokens.refreshToken = loaded->refreshToken;
                            self->refreshNow();
                        });
}

void Session::adopt(const IssuedTokens &issued)
{
    m_tokens = issued.tokens;
    m_accessExpiresAt = m_clock.nowUtc().addSecs(issued.expiresInSecs);
    m_retryDelay = m_firstRetryDelay;
    m_retryTimer.stop();
    storeRefreshToken();
    scheduleExpiryRefresh();
}

void Session::storeRefreshToken()
{
    // Only the refresh token is kept; the access token lives 15 minutes and
    // is refreshed at start-up anyway.
    m_credentials->store(
        serverUrl(), m_username, Tokens{{}, m_tokens.refreshToken}, [](const Status &stored) {
            if (!stored)
                qCWarning(lcAuth) << "the login could not be kept for the next start:" << stored.error().code;
        });
}

void Session::scheduleExpiryRefresh()
{
    const qint64 due = m_clock.nowUtc().msecsTo(m_accessExpiresAt) - qint64(m_refreshMarginSecs) * 1000;
    m_expiryTimer.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

void Session::accessTokenRejected(const QString &rejectedToken)
{
    if (m_state == State::LoggedOut) {
        emit loginRequired({});
        return;
    }
    if (m_refreshing)
        return; // accessTokenChanged follows
    if (!rejectedToken.isEmpty() && rejectedToken != m_tokens.accessToken) {
        // A request that started before the last refresh: carry on with the new token.
        emit accessTokenChanged();
        return;
    }
    if (m_refreshedAt.isValid() && m_refreshedAt.secsTo(m_clock.nowUtc()) < m_minSecsBetweenRefreshes) {
        qCWarning(lcAuth) << "a freshly refreshed access token was refused; ending the session";
        end(tr("The server did not accept the renewed login. Please log in again."));
        return;
    }
    setState(State::Refreshing);
    refreshNow();
}

void Session::refreshNow()
{
    if (m_refreshing || m_tokens.refreshToken.isEmpty())
        return;
    m_refreshing = true;
    m_expiryTimer.stop();
    m_retryTimer.stop();
    const quint64 generation = m_generation;
    m_auth->refresh(m_tokens.refreshToken,
                    [self = QPointer<Session>(this), generation](const AuthOutcome<IssuedTokens> &outcome) {
                        if (self)
                            self->refreshed(generation, outcome);
                    });
}

void Session::refreshed(quint64 generation, const AuthOutcome<IssuedTokens> &outcome)
{
    if (generation != m_generation)
        return;
    m_refreshing = false;
    if (!outcome.ok()) {
        const AuthError &error = outcome.error;
        if (error.kind == AuthFailure::ServerUnreachable || error.kind == AuthFailure::ServerError
            || error.kind == AuthFailure::CertificateProblem || error.kind == AuthFailure::Throttled) {
            qCInfo(lcAuth) << "refresh failed for now; trying again in" << m_retryDelay << "ms";
            m_retryTimer.start(m_retryDelay);
            m_retryDelay = std::min(m_retryDelay * 2, m_maxRetryDelay);
            return;
        }
        qCInfo(lcAuth) << "the server ended the session:" << error.code;
        end(error.message);
        return;
    }
    const bool resuming = m_user.id.isEmpty();
    m_refreshedAt = m_clock.nowUtc();
    adopt(*outcome.value);
    qCInfo(lcAuth) << "access token refreshed";
    if (resuming) {
        fetchUser(generation);
        return;
    }
    setState(State::Active);
    emit accessTokenChanged();
}

void Session::fetchUser(quint64 generation)
{
    m_auth->me(m_tokens.accessToken,
               [self = QPointer<Session>(this), generation](const AuthOutcome<SessionUser> &outcome) {
                   if (!self || self->m_generation != generation)
                       return;
                   if (outcome.ok()) {
                       self->m_user = *outcome.value;
                       emit self->userChanged(self->m_user);
                   } else if (outcome.error.kind == AuthFailure::SessionEnded) {
                       self->end(outcome.error.message);
                       return;
                   } else {
                       // The user's details follow with the next resume; the session works without them.
                       qCInfo(lcAuth) << "who am I failed:" << outcome.error.code;
                   }
                   self->setState(State::Active);
                   emit self->accessTokenChanged();
               });
}

void Session::end(const QString &reason)
{
    m_credentials->erase(serverUrl(), m_username, {});
    const QString username = m_username;
    clear();
    m_username = username; // the login dialog may offer it again
    setState(State::LoggedOut);
    emit loginRequired(reason);
}

void Session::logout()
{
    if (!m_tokens.accessToken.isEmpty())
        m_auth->logout(m_tokens.accessToken, {});
    if (!m_username.isEmpty())
        m_credentials->erase(serverUrl(), m_username, {});
    clear();
    m_username.clear();
    setState(State::LoggedOut);
    emit loggedOut();
}

void Session::clear()
{
    ++m_generation;
    m_refreshing = false;
    m_tokens = {};
    m_user = {};
    m_accessExpiresAt = {};
    m_refreshedAt = {};
    m_lastProvided.clear();
    m_expiryTimer.stop();
    m_retryTimer.stop();
    m_retryDelay = m_firstRetryDelay;
}

} // namespace dpdesk::client
