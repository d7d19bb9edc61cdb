// Session: keeps the access token fresh (before expiry, and once after a
// 401), resumes from the stored refresh token, and asks for a login when the
// server ends the session.
#include "client/auth/Session.h"
#include "client/credentials/InMemoryCredentialStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "FakeNetwork.h"

using namespace dpdesk;
using namespace dpdesk::client;

namespace {

// The auth endpoints of a portal: refresh tokens rotate ("r1" -> "r2" ...),
// a used one is refused, access tokens are "a<N>".
struct AuthServer
{
    explicit AuthServer(FakeNetwork &network)
    {
        network.setHandler([this](const FakeRequest &request) { return handle(request); });
    }

    FakeResponse handle(const FakeRequest &request)
    {
        const QString path = request.path();
        if (path == "/api/v1/auth/refresh") {
            ++refreshes;
            if (offline)
                return FakeResponse::networkError(QNetworkReply::HostNotFoundError);
            const auto body = QJsonDocument::fromJson(request.body).object();
            if (body.value("refreshToken").toString() != QStringLiteral("r%1").arg(generation))
                return FakeResponse::apiError(401, "auth.invalid_token", "Please log in again.");
            ++generation;
            return FakeResponse::json(200,
                                      {{"accessToken", QStringLiteral("a%1").arg(generation)},
                                       {"refreshToken", QStringLiteral("r%1").arg(generation)},
                                       {"tokenType", "Bearer"},
                                       {"expiresIn", expiresIn}});
        }
        if (path == "/api/v1/me")
            return FakeResponse::json(
                200, {{"id", "12"}, {"username", "carla"}, {"role", "advisor"}, {"officeId", "3"}});
        if (path == "/api/v1/auth/logout") {
            FakeResponse none;
            none.status = 204;
            return none;
        }
        return FakeResponse::apiError(404, "not_found", "Not found.");
    }

    int generation = 1;
    int refreshes = 0;
    int expiresIn = 900;
    bool offline = false;
};

LoginResult loginAs(const QString &username, int expiresIn = 900)
{
    LoginResult login;
    login.issued = IssuedTokens{Tokens{"a1", "r1"}, expiresIn};
    login.user = SessionUser{"12", username, "Carla", UserRole::Advisor, "3", "Utrecht"};
    return login;
}

struct Rig
{
    Rig()
        : server(network)
        , auth(&network, QUrl(QStringLiteral("https://portal.test")))
        , session(&auth, &store, clock)
    {
        session.setRetryDelays(10, 40);
    }

    std::optional<Tokens> stored(const QString &user = QStringLiteral("carla"))
    {
        std::optional<Tokens> tokens;
        store.load("https://portal.test", user, [&](const Result<Tokens> &loaded) {
            if (loaded)
                tokens = *loaded;
        });
        return tokens;
    }

    FakeNetwork network;
    AuthServer server;
    AuthClient auth;
    InMemoryCredentialStore store;
    ManualClock clock;
    Session session;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void startKeepsOnlyTheRefreshTokenInTheStore()
    {
        Rig rig;
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        rig.session.start(loginAs("carla"));
        QVERIFY(rig.session.isActive());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rig.session.tokenProvider()(), QStringLiteral("a1"));
        QCOMPARE(rig.session.lastProvidedToken(), QStringLiteral("a1"));
        QVERIFY(rig.stored() == (Tokens{"", "r1"}));
        QCOMPARE(rig.session.accessExpiresAt(), rig.clock.nowUtc().addSecs(900));
        // Refreshed one minute before it expires.
        QVERIFY(rig.session.isRefreshScheduled());
    }

    void aRejectedTokenIsRefreshedOnceAndSyncResumes()
    {
        Rig rig;
        rig.session.start(loginAs("carla"));
        rig.clock.advanceSecs(900);
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        QSignalSpy states(&rig.session, &Session::stateChanged);
        // Two requests fail with 401 at about the same time: one refresh.
        rig.session.accessTokenRejected("a1");
        rig.session.accessTokenRejected("a1");
        QCOMPARE(rig.session.state(), Session::State::Refreshing);
        QVERIFY(changed.wait(2000));
        QCOMPARE(rig.server.refreshes, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rig.session.accessToken(), QStringLiteral("a2"));
        QCOMPARE(rig.session.state(), Session::State::Active);
        QVERIFY(rig.stored() == (Tokens{"", "r2"})); // the rotated refresh token is kept
        QCOMPARE(states.size(), 2); // Refreshing, Active

        // A request that started with the old token fails late: no second refresh.
        rig.session.accessTokenRejected("a1");
        QCOMPARE(changed.size(), 2);
        QCOMPARE(rig.server.refreshes, 1);
    }

    void aRefreshedTokenRefusedAtOnceEndsTheSessionInsteadOfLooping()
    {
        Rig rig;
        rig.session.start(loginAs("carla"));
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        QSignalSpy loginRequired(&rig.session, &Session::loginRequired);
        rig.session.accessTokenRejected();
        QVERIFY(changed.wait(2000));
        rig.session.accessTokenRejected(); // the new one too, within seconds
        QCOMPARE(loginRequired.size(), 1);
        QCOMPARE(rig.server.refreshes, 1);
        QCOMPARE(rig.session.state(), Session::State::LoggedOut);
        QVERIFY(!rig.stored().has_value());
    }

    void theServerEndingTheSessionAsksForALogin()
    {
        Rig rig;
        rig.session.start(loginAs("carla"));
        rig.server.generation = 5; // r1 was revoked (e.g. an admin reset the user)
        QSignalSpy loginRequired(&rig.session, &Session::loginRequired);
        rig.session.accessTokenRejected();
        QVERIFY(loginRequired.wait(2000));
        QCOMPARE(loginRequired.first().first().toString(),
                 QStringLiteral("Your session has ended. Please log in again."));
        QCOMPARE(rig.session.state(), Session::State::LoggedOut);
        QVERIFY(rig.session.accessToken().isEmpty());
        QVERIFY(!rig.stored().has_value()); // erased from the keychain
        QCOMPARE(rig.session.username(), QStringLiteral("carla")); // offered again in the dialog
    }

    void anUnreachableServerIsTriedAgainWithoutEndingTheSession()
    {
        Rig rig;
        rig.session.start(loginAs("carla"));
        rig.server.offline = true;
        QSignalSpy loginRequired(&rig.session, &Session::loginRequired);
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        rig.session.accessTokenRejected();
        QTRY_VERIFY(rig.server.refreshes >= 3); // 10, 20 ms later
        QCOMPARE(rig.session.state(), Session::State::Refreshing);
        QVERIFY(rig.session.isRetryScheduled());
        rig.server.offline = false;
        QVERIFY(changed.wait(2000));
        QCOMPARE(rig.session.state(), Session::State::Active);
        QCOMPARE(rig.session.accessToken(), QStringLiteral("a2"));
        QVERIFY(loginRequired.isEmpty());
    }

    void theAccessTokenIsRefreshedBeforeItExpires()
    {
        Rig rig;
        rig.session.setRefreshMargin(60);
        rig.session.start(loginAs("carla", 61)); // due in one second
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        QVERIFY(rig.session.isRefreshScheduled());
        QVERIFY(changed.wait(3000));
        QCOMPARE(rig.server.refreshes, 1);
        QCOMPARE(rig.session.accessToken(), QStringLiteral("a2"));
        QCOMPARE(rig.session.state(), Session::State::Active); // never without a token
        QVERIFY(rig.session.isRefreshScheduled()); // the next one
    }

    void resumesFromTheStoredRefreshToken()
    {
        Rig rig;
        rig.store.store("https://portal.test", "carla", Tokens{"", "r1"}, {});
        QSignalSpy changed(&rig.session, &Session::accessTokenChanged);
        QSignalSpy user(&rig.session, &Session::userChanged);
        rig.session.resume("carla");
        QCOMPARE(rig.session.state(), Session::State::Refreshing);
        QVERIFY(changed.wait(2000));
        QCOMPARE(rig.session.state(), Session::State::Active);
        QCOMPARE(rig.session.accessToken(), QStringLiteral("a2"));
        QCOMPARE(user.size(), 1);
        QCOMPARE(rig.session.user().id, QStringLiteral("12"));
        QCOMPARE(rig.session.user().officeId, QStringLiteral("3"));
        QVERIFY(rig.stored() == (Tokens{"", "r2"}));
        QCOMPARE(rig.network.requests().last().header("Authorization"), QByteArray("Bearer a2"));
    }

    void resumeWithoutAStoredLoginAsksForOne()
    {
        Rig rig;
        QSignalSpy loginRequired(&rig.session, &Session::loginRequired);
        rig.session.resume("carla");
        QCOMPARE(loginRequired.size(), 1);
        QCOMPARE(rig.session.state(), Session::State::LoggedOut);
        QVERIFY(rig.network.requests().isEmpty());
    }

    void logoutEndsTheSessionOnTheServerAndForgetsTheToken()
    {
        Rig rig;
        rig.session.start(loginAs("carla"));
        QSignalSpy loggedOut(&rig.session, &Session::loggedOut);
        QSignalSpy loginRequired(&rig.session, &Session::loginRequired);
        rig.session.logout();
        QCOMPARE(loggedOut.size(), 1);
        QVERIFY(loginRequired.isEmpty());
        QCOMPARE(rig.session.state(), Session::State::LoggedOut);
        QVERIFY(!rig.stored().has_value());
        QVERIFY(!rig.session.isRefreshScheduled());
        QTRY_COMPARE(rig.network.requests().size(), 1);
        QCOMPARE(rig.network.requests().first().path(), QStringLiteral("/api/v1/auth/logout"));
        QCOMPARE(rig.network.requests().first().header("Authorization"), QByteArray("Bearer a1"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
