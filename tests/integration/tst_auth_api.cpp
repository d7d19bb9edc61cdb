// Office accounts: login with password + TOTP (A6), throttling, tokens.
#include <QTest>

#include "support/Accounts.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestAuthApi : public QObject
{
    Q_OBJECT

    static QJsonObject credentials(const TestUser &u, const QString &code)
    {
        return QJsonObject{{"username", u.username}, {"password", u.password}, {"code", code}};
    }

private slots:
    void loginWithPasswordAndCodeGivesTokensAndUser()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto office = createOffice(f, "Office A");
        const auto bram = createUser(f, office, "bram", UserRole::Advisor);
        auto http = f.http();
        const auto r = http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram)));
        QCOMPARE(r.status, 200);
        const auto body = r.json();
        QCOMPARE(body.value("tokenType").toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value("accessToken").toString().size(), 43);
        QVERIFY(body.value("refreshToken").toString() != body.value("accessToken").toString());
        QCOMPARE(body.value("user").toObject().value("role").toString(), QStringLiteral("advisor"));
        QCOMPARE(body.value("user").toObject().value("officeName").toString(), QStringLiteral("Office A"));

        http->setBearer(body.value("accessToken").toString());
        const auto me = http->get("/api/v1/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("username").toString(), QStringLiteral("bram"));
    }

    void everyWrongCredentialGivesTheSameAnswer_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown user") << "user";
        QTest::newRow("wrong password") << "password";
        QTest::newRow("wrong code") << "code";
    }
    void everyWrongCredentialGivesTheSameAnswer()
    {
        QFETCH(QString, what);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        QString code = currentCode(f, bram);
        if (what == "user")
            bram.username = "nobody";
        if (what == "password")
            bram.password = "wrong";
        if (what == "code")
            code = code == "000000" ? "111111" : "000000";
        const auto r = f.http()->post("/api/v1/auth/login", credentials(bram, code));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.invalid_credentials"));
        QCOMPARE(r.json().value("error").toObject().value("message").toString(),
                 QStringLiteral("The username, password or code is not correct."));
    }

    void aUsedCodeCannotBeReplayed()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        auto http = f.http();
        const QString code = currentCode(f, bram);
        QCOMPARE(http->post("/api/v1/auth/login", credentials(bram, code)).status, 200);
        const auto replay = http->post("/api/v1/auth/login", credentials(bram, code));
        QCOMPARE(replay.status, 401);
        // The next step's code works.
        f.clock().advanceSecs(30);
        QCOMPARE(http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram))).status, 200);
    }

    void accountLocksAfterFiveFailuresAndUnlocksLater()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        auto http = f.http();
        const QString rightPassword = bram.password;
        bram.password = "wrong";
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram))).status, 401);
        bram.password = rightPassword;
        const auto locked = http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram)));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("auth.account_locked"));
        QVERIFY(locked.header("Retry-After").toInt() > 0);
        f.clock().advanceSecs(16 * 60);
        QCOMPARE(http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram))).status, 200);
    }

    void loginsAreThrottledPerIp()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto http = f.http();
        const QJsonObject junk{{"username", "x"}, {"password", "y"}, {"code", "123456"}};
        for (int i = 0; i < 30; ++i)
            QCOMPARE(http->post("/api/v1/auth/login", junk).status, 401);
        const auto throttled = http->post("/api/v1/auth/login", junk);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), QStringLiteral("auth.throttled"));
        QVERIFY(throttled.header("Retry-After").toInt() >= 1);
        f.clock().advanceSecs(61);
        QCOMPARE(http->post("/api/v1/auth/login", junk).status, 401);
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        auto http = f.http();
        const auto login = http->post("/api/v1/auth/login", credentials(bram, currentCode(f, bram))).json();
        const QString refresh1 = login.value("refreshToken").toString();

        const auto r2 = http->post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", refresh1}});
        QCOMPARE(r2.status, 200);
        const QString access2 = r2.json().value("accessToken").toString();
        const QString refresh2 = r2.json().value("refreshToken").toString();
        QVERIFY(refresh2 != refresh1);

        // The old access token died with the rotation; the new one works.
        http->setBearer(login.value("accessToken").toString());
        QCOMPARE(http->get("/api/v1/me").status, 401);
        http->setBearer(access2);
        QCOMPARE(http->get("/api/v1/me").status, 200);

        // Replaying the first refresh token revokes everything of the family.
        http->setBearer({});
        QCOMPARE(http->post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", refresh1}}).status, 401);
        http->setBearer(access2);
        QCOMPARE(http->get("/api/v1/me").status, 401);
        http->setBearer({});
        QCOMPARE(http->post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", refresh2}}).status, 401);
    }

    void accessTokensExpire()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, bram));
        QCOMPARE(http->get("/api/v1/me").status, 200);
        f.clock().advanceSecs(15 * 60 + 1);
        const auto r = http->get("/api/v1/me");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.invalid_token"));
    }

    void logoutRevokes()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto bram = createUser(f, createOffice(f, "A"), "bram", UserRole::Advisor);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, bram));
        QCOMPARE(http->request("POST", "/api/v1/auth/logout").status, 204);
        QCOMPARE(http->get("/api/v1/me").status, 401);
    }

    void protectedEndpointsNeedAToken_data()
    {
        QTest::addColumn<QString>("bearer");
        QTest::newRow("none") << QString();
        QTest::newRow("garbage") << QStringLiteral("not-a-token");
        QTest::newRow("well-formed but unknown") << QString(43, 'A');
    }
    void protectedEndpointsNeedAToken()
    {
        QFETCH(QString, bearer);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        auto http = f.http();
        http->setBearer(bearer);
        const auto r = http->get("/api/v1/me");
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorCode().startsWith("auth."));
    }

    void badLoginBodiesGive400WithTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed") << QByteArray("{\"username\":") << "json.malformed"
                                   << "";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "json.not_object"
                                       << "";
        QTest::newRow("missing code")
            << QByteArray(R"({"username":"a","password":"b"})") << "json.missing_field"
            << "code";
        QTest::newRow("wrong type") << QByteArray(R"({"username":1,"password":"b","code":"123456"})")
                                    << "json.wrong_type"
                                    << "username";
        QTest::newRow("unknown field")
            << QByteArray(R"({"username":"a","password":"b","code":"1","admin":true})")
            << "json.unknown_field"
            << "admin";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"username\":\"\xff\xfe\",\"password\":\"b\",\"code\":\"1\"}") << "json.malformed"
            << "";
        QTest::newRow("sql-looking text is just a wrong user")
            << QByteArray("{\"username\":\"x\x27 OR \x27"
                          "1\x27=\x27"
                          "1\",\"password\":\"b\",\"code\":\"123456\"}")
            << "auth.invalid_credentials"
            << "";
    }
    void badLoginBodiesGive400WithTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto r = f.http()->request("POST", "/api/v1/auth/login", body);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(r.status, code.startsWith("auth.") ? 401 : 400);
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_auth_api.moc"
