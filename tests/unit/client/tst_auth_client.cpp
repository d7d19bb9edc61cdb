// AuthClient: the login answer, and every way a login can fail, classified
// for the login dialog (A6).
#include "client/auth/AuthClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "FakeNetwork.h"

using namespace dpdesk;
using namespace dpdesk::client;

Q_DECLARE_METATYPE(dpdesk::client::AuthFailure)
Q_DECLARE_METATYPE(FakeResponse)

namespace {

QJsonObject loginAnswer()
{
    return {{"accessToken", QString(43, 'a')},
            {"refreshToken", QString(43, 'r')},
            {"tokenType", "Bearer"},
            {"expiresIn", 900},
            {"user",
             QJsonObject{{"id", "12"},
                         {"username", "carla"},
                         {"displayName", "Carla de Vries"},
                         {"role", "back_office"},
                         {"officeId", "3"},
                         {"officeName", "Kantoor Utrecht"}}}};
}

template<typename T>
AuthOutcome<T> waitFor(const std::function<void(AuthClient::Done<T>)> &call)
{
    std::optional<AuthOutcome<T>> outcome;
    call([&](const AuthOutcome<T> &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
        return AuthOutcome<T>::failure({});
    return *outcome;
}

} // namespace

class TestAuthClient : public QObject
{
    Q_OBJECT

private slots:
    void loginSendsTheThreeFactorsAndReadsTokensAndUser()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &) { return FakeResponse::json(200, loginAnswer()); });
        AuthClient auth(&network, QUrl("https://portal.test"));
        const auto outcome =
            waitFor<LoginResult>([&](auto done) { auth.login("carla", "correct horse", "123456", done); });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->issued.tokens.accessToken, QString(43, 'a'));
        QCOMPARE(outcome.value->issued.tokens.refreshToken, QString(43, 'r'));
        QCOMPARE(outcome.value->issued.expiresInSecs, 900);
        const SessionUser &user = outcome.value->user;
        QCOMPARE(user.id, QStringLiteral("12"));
        QCOMPARE(user.displayName, QStringLiteral("Carla de Vries"));
        QCOMPARE(user.role, UserRole::BackOffice);
        QCOMPARE(user.officeId, QStringLiteral("3"));
        QCOMPARE(user.officeName, QStringLiteral("Kantoor Utrecht"));

        QCOMPARE(network.requests().size(), 1);
        const FakeRequest &request = network.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(), QStringLiteral("https://portal.test/api/v1/auth/login"));
        QVERIFY(!request.request.hasRawHeader("Authorization"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body,
                 (QJsonObject{{"username", "carla"}, {"password", "correct horse"}, {"code", "123456"}}));
    }

    void failuresAreClassifiedForTheLoginDialog_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<AuthFailure>("kind");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("messagePart");

        auto withRetryAfter = [](FakeResponse r, QByteArray secs) {
            r.headers.append({"Retry-After", secs});
            return r;
        };
        QTest::newRow("wrong credentials")
            << FakeResponse::apiError(401, "auth.invalid_credentials", "Wrong.")
            << AuthFailure::InvalidCredentials << 0 << "username, password or code";
        QTest::newRow("throttled") << withRetryAfter(FakeResponse::apiError(429, "auth.throttled", "Slow."),
                                                     "120")
                                   << AuthFailure::Throttled << 120 << "in 2 minutes";
        QTest::newRow("throttled without Retry-After")
            << FakeResponse::apiError(429, "auth.throttled", "Slow.") << AuthFailure::Throttled << 0
            << "later";
        QTest::newRow("locked") << withRetryAfter(
            FakeResponse::apiError(429, "auth.account_locked", "Locked."), "900")
                                << AuthFailure::AccountLocked << 900 << "in 15 minutes";
        QTest::newRow("refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                                 << AuthFailure::ServerUnreachable << 0 << "cannot be reached";
        QTest::newRow("unknown host") << FakeResponse::networkError(QNetworkReply::HostNotFoundError)
                                      << AuthFailure::ServerUnreachable << 0 << "cannot be reached";
        QTest::newRow("timeout") << FakeResponse::networkError(QNetworkReply::TimeoutError)
                                 << AuthFailure::ServerUnreachable << 0 << "cannot be reached";
        QTest::newRow("certificate") << FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError)
                                     << AuthFailure::CertificateProblem << 0 << "certificate";
        QTest::newRow("database down") << FakeResponse::apiError(503, "db.unavailable", "Later.")
                                       << AuthFailure::ServerError << 0 << "status 503";
        QTest::newRow("500 without body")
            << FakeResponse::json(500, {}) << AuthFailure::ServerError << 0 << "500";
        QTest::newRow("404 html") <<
            [] {
                FakeResponse r;
                r.status = 404;
                r.body = "<html>Not here</html>";
                return r;
            }() << AuthFailure::UnexpectedAnswer
                                  << 0 << "unexpected";
        QTest::newRow("200 not json") <<
            [] {
                FakeResponse r;
                r.body = "<html>captive portal</html>";
                return r;
            }() << AuthFailure::UnexpectedAnswer
                                      << 0 << "does not understand";
        QJsonObject noUser = loginAnswer();
        noUser.remove("user");
        QTest::newRow("200 without user")
            << FakeResponse::json(200, noUser) << AuthFailure::UnexpectedAnswer << 0 << "does not understand";
        QJsonObject badRole = loginAnswer();
        badRole["user"] = QJsonObject{{"id", "1"}, {"username", "x"}, {"role", "king"}, {"officeId", "1"}};
        QTest::newRow("200 with an unknown role")
            << FakeResponse::json(200, badRole) << AuthFailure::UnexpectedAnswer << 0
            << "does not understand";
    }

    void failuresAreClassifiedForTheLoginDialog()
    {
        QFETCH(FakeResponse, response);
        QFETCH(AuthFailure, kind);
        QFETCH(int, retryAfter);
        QFETCH(QString, messagePart);
        FakeNetwork network;
        network.setHandler([&](const FakeRequest &) { return response; });
        AuthClient auth(&network, QUrl("https://portal.test"));
        const auto outcome =
            waitFor<LoginResult>([&](auto done) { auth.login("carla", "hunter2-secret", "123456", done); });
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.error.retryAfterSecs, retryAfter);
        QVERIFY2(outcome.error.message.contains(messagePart), qPrintable(outcome.error.message));
        QVERIFY(!outcome.error.message.contains("hunter2"));
    }

    void incompleteInputIsNotSent_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("five digits") << "carla"
                                     << "pw"
                                     << "12345";
        QTest::newRow("letters") << "carla"
                                 << "pw"
                                 << "12a456";
        QTest::newRow("seven digits") << "carla"
                                      << "pw"
                                      << "1234567";
        QTest::newRow("no password") << "carla"
                                     << ""
                                     << "123456";
        QTest::newRow("no username") << "  "
                                     << "pw"
                                     << "123456";
    }

    void incompleteInputIsNotSent()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, code);
        FakeNetwork network;
        AuthClient auth(&network, QUrl("https://portal.test"));
        bool answeredAtOnce = false;
        std::optional<AuthOutcome<LoginResult>> outcome;
        auth.login(username, password, code, [&](const auto &o) { outcome = o; });
        answeredAtOnce = outcome.has_value();
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!answeredAtOnce); // always on the event loop, like a network answer
        QCOMPARE(outcome->error.kind, AuthFailure::InvalidInput);
        QVERIFY(network.requests().isEmpty());
    }

    void refreshRotatesOrEndsTheSession()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &request) {
            const auto body = QJsonDocument::fromJson(request.body).object();
            if (body.value("refreshToken").toString() == "r1")
                return FakeResponse::json(200,
                                          {{"accessToken", "a2"},
                                           {"refreshToken", "r2"},
                                           {"tokenType", "Bearer"},
                                           {"expiresIn", 900}});
            return FakeResponse::apiError(401, "auth.invalid_token", "Log in again.");
        });
        AuthClient auth(&network, QUrl("https://portal.test"));
        const auto renewed = waitFor<IssuedTokens>([&](auto done) { auth.refresh("r1", done); });
        QVERIFY(renewed.ok());
        QCOMPARE(renewed.value->tokens, (Tokens{"a2", "r2"}));
        QCOMPARE(network.requests().last().path(), QStringLiteral("/api/v1/auth/refresh"));

        const auto ended = waitFor<IssuedTokens>([&](auto done) { auth.refresh("r1-reused", done); });
        QVERIFY(!ended.ok());
        QCOMPARE(ended.error.kind, AuthFailure::SessionEnded);
    }

    void meAndLogoutCarryTheAccessToken()
    {
        FakeNetwork network;
        network.setHandler([](const FakeRequest &request) {
            if (request.path() == "/api/v1/me")
                return FakeResponse::json(
                    200, {{"id", "12"}, {"username", "carla"}, {"role", "admin"}, {"officeId", "3"}});
            FakeResponse none;
            none.status = 204;
            return none;
        });
        AuthClient auth(&network, QUrl("https://portal.test"));
        const auto me = waitFor<SessionUser>([&](auto done) { auth.me("a1", done); });
        QVERIFY(me.ok());
        QCOMPARE(me.value->role, UserRole::Admin);
        QCOMPARE(network.requests().last().header("Authorization"), QByteArray("Bearer a1"));
        QVERIFY(waitFor<bool>([&](auto done) { auth.logout("a1", done); }).ok());
        QCOMPARE(network.requests().last().method, QByteArray("POST"));
        QCOMPARE(network.requests().last().path(), QStringLiteral("/api/v1/auth/logout"));
        QCOMPARE(network.requests().last().header("Authorization"), QByteArray("Bearer a1"));
    }
};

QTEST_GUILESS_MAIN(TestAuthClient)
#include "tst_auth_client.moc"
