// Office user administration: admins only, enrolment shown once (A5), resets
// revoke sessions, other offices see nothing.
#include "core/otp/Base32.h"
#include "core/otp/OtpAuthUri.h"
#include "core/otp/Totp.h"

#include <QTest>

#include "support/Accounts.h"
#include "support/Requests.h"
#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

class TestUsersApi : public QObject
{
    Q_OBJECT

    static QJsonObject newUser(const QString &username, const QString &role = "advisor")
    {
        return QJsonObject{{"username", username}, {"displayName", "Nieuwe Collega"}, {"role", role}};
    }

    // Logs in with an enrolment as the user would: password + code from the app.
    static int loginWith(ServerFixture &f, const QString &username, const QJsonObject &enrolment)
    {
        f.clock().advanceSecs(30);
        const auto secret = Base32::decode(enrolment.value("totpSecret").toString());
        if (!secret)
            return 0;
        return f.http()
            ->post("/api/v1/auth/login",
                   QJsonObject{{"username", username},
                               {"password", enrolment.value("password").toString()},
                               {"code", totp(secret.value(), f.clock().nowSecs())}})
            .status;
    }

private slots:
    void adminCreatesAUserWhoCanLogInWithTheEnrolment()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto anna = createUser(f, createOffice(f, "A"), "anna", UserRole::Admin);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, anna));
        const auto created = http->post("/api/v1/users", newUser("fleur"), idempotencyKey());
        QCOMPARE(created.status, 201);
        const auto user = created.json().value("user").toObject();
        const auto enrolment = created.json().value("enrolment").toObject();
        QCOMPARE(user.value("role").toString(), QStringLiteral("advisor"));
        QCOMPARE(enrolment.value("password").toString().size(), 19);
        // The QR code's URI names the issuer and carries the same secret (A5).
        const auto uri = OtpAuthUri::parse(enrolment.value("otpauthUri").toString());
        QVERIFY(uri.ok());
        QCOMPARE(uri->issuer, QStringLiteral("DP Desk"));
        QCOMPARE(uri->account, QStringLiteral("fleur"));
        QCOMPARE(Base32::encode(uri->secret), enrolment.value("totpSecret").toString());
        QCOMPARE(loginWith(f, "fleur", enrolment), 200);

        const auto list = http->get("/api/v1/users").json().value("items").toArray();
        QCOMPARE(list.size(), 2);
        QVERIFY(!http->get("/api/v1/users").body.contains(enrolment.value("password").toString().toUtf8()));
    }

    void onlyAdminsManageUsers()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto office = createOffice(f, "A");
        const auto carla = createUser(f, office, "carla", UserRole::BackOffice);
        const auto anna = createUser(f, office, "anna", UserRole::Admin);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, carla));
        QCOMPARE(http->get("/api/v1/users").status, 403);
        const auto create = http->post("/api/v1/users", newUser("sneaky", "admin"), idempotencyKey());
        QCOMPARE(create.status, 403);
        QCOMPARE(create.errorCode(), QStringLiteral("forbidden.admin_only"));
        QCOMPARE(
            http->post(QStringLiteral("/api/v1/users/%1/reset").arg(anna.id), {}, idempotencyKey()).status,
            403);
    }

    void resetGivesNewCredentialsAndEndsSessions()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto office = createOffice(f, "A");
        const auto anna = createUser(f, office, "anna", UserRole::Admin);
        const auto bram = createUser(f, office, "bram", UserRole::Advisor);
        auto admin = f.http(), user = f.http();
        admin->setBearer(loginToken(f, *admin, anna));
        user->setBearer(loginToken(f, *user, bram));
        QCOMPARE(user->get("/api/v1/me").status, 200);
        const auto reset =
            admin->post(QStringLiteral("/api/v1/users/%1/reset").arg(bram.id), {}, idempotencyKey());
        QCOMPARE(reset.status, 200);
        QCOMPARE(user->get("/api/v1/me").status, 401); // the old session ended
        QCOMPARE(loginToken(f, *f.http(), bram), QString()); // the old password no longer works
        QCOMPARE(loginWith(f, "bram", reset.json().value("enrolment").toObject()), 200);
    }

    void otherOfficesSeeNothing()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto anna = createUser(f, createOffice(f, "A"), "anna", UserRole::Admin);
        const auto eva = createUser(f, createOffice(f, "B"), "eva", UserRole::Admin);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, eva));
        const auto items = http->get("/api/v1/users").json().value("items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value("username").toString(), QStringLiteral("eva"));
        const auto reset =
            http->post(QStringLiteral("/api/v1/users/%1/reset").arg(anna.id), {}, idempotencyKey());
        QCOMPARE(reset.status, 404);
        QCOMPARE(reset.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(loginToken(f, *f.http(), anna).size(), 43); // anna's credentials are untouched
    }

    void badNewUsersAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("taken") << newUser("anna") << 409 << "conflict.username_taken"
                               << "username";
        QTest::newRow("upper case") << newUser("Fleur") << 400 << "json.invalid_value"
                                    << "username";
        QTest::newRow("role") << newUser("fleur", "superuser") << 400 << "json.invalid_enum"
                              << "role";
        QJsonObject extra = newUser("fleur");
        extra.insert("password", "chosen-by-admin");
        QTest::newRow("password not settable") << extra << 400 << "json.unknown_field"
                                               << "password";
    }
    void badNewUsersAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ServerFixture f;
        DPDESK_START_SERVER(f);
        const auto anna = createUser(f, createOffice(f, "A"), "anna", UserRole::Admin);
        auto http = f.http();
        http->setBearer(loginToken(f, *http, anna));
        const auto r = http->post("/api/v1/users", body, idempotencyKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
    }
};

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_users_api.moc"
